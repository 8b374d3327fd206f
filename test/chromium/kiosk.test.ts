import { pbkdf2Sync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { phoneUrl, qrDataUrl } from '../../src/modes/kiosk/qr-code.ts';
import { builtContent, builtPublicBaseUrl, LANGUAGES } from '../support/built-content.ts';
import { axeViolations, type Browser, collectErrors, launch } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const content = builtContent();
const { site } = content;
const defaultLanguage = site.defaultLanguage;
const tour = content.tours.find((t) => t.id === site.kiosk.defaultTour) ?? content.tours[0];
const stopWithTerm = content.stops.find((s) => s.terms.length > 0)!;
const term = content.glossary.find((t) => t.id === stopWithTerm.terms[0])!;
/** The staff PIN of the content under test: the sample content and the fixture both use 2468. */
const PIN = process.env.KIOSK_TEST_PIN ?? '2468';

let browser: Browser;

beforeAll(async () => {
  const [, iterations, salt, hash] = site.kiosk.staffPinHash.split('$');
  const made = pbkdf2Sync(PIN, Buffer.from(salt, 'hex'), Number(iterations), 32, 'sha256');
  if (made.toString('hex') !== hash) {
    throw new Error(`kiosk.staffPinHash is not the hash of ${PIN}: set KIOSK_TEST_PIN`);
  }
  browser = await launch({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
});
afterAll(async () => {
  await browser?.close();
});

async function openKiosk(query = ''): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${baseUrl}/kiosk${query}`);
  await page.locator('.attract').waitFor();
  return { page, errors };
}

const h1 = (page: Page) => page.locator('h1').first().innerText();
const htmlLang = (page: Page) => page.getAttribute('html', 'lang');

/** Begins a visit (optionally by choosing a language) and waits for the list of tours. */
async function begin(page: Page, lang?: string) {
  if (lang) await page.locator(`.attract__language[lang="${lang}"]`).click();
  else await page.locator('.attract__begin').click();
  await page.locator('.kiosk-tours').waitFor();
}

/** The hidden staff gesture (a 3-second press on the logo), then the PIN on the keypad. */
async function openStaffPanel(page: Page) {
  const box = (await page.locator('[data-staff-corner]').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.locator('dialog.pin-dialog[open]').waitFor({ timeout: 10_000 });
  await page.mouse.up();
  for (const digit of PIN) await page.locator(`.pin-pad__key[data-key="${digit}"]`).click();
  await page.locator('.pin-pad__key[data-key="ok"]').click();
  await page.locator('dialog.staff-panel[open] .staff-panel__counters tbody tr').first().waitFor();
}

describe('kiosk', () => {
  it('resets to the attract screen after the idle countdown, leaving nothing of the visit', async () => {
    const { page, errors } = await openKiosk('?idle=2&countdown=2');
    expect(await htmlLang(page)).toBe(defaultLanguage);
    expect(await page.locator('.attract__begin').innerText()).toContain('Touch to begin');
    expect(await page.locator('.attract__begin').innerText()).toContain('触摸开始');
    const historyAtStart = await page.evaluate(() => {
      (window as unknown as { marker: string }).marker = 'same page';
      return history.length;
    });

    await begin(page);
    const otherLanguage = defaultLanguage === 'en' ? 'zh-CN' : 'en';
    await page.locator('.kiosk-language').click();
    await page.waitForFunction((lang) => document.documentElement.lang === lang, otherLanguage);
    await page.locator(`.kiosk-stop-tile[href="/kiosk/stops/${stopWithTerm.id}"]`).click();
    await page.locator('.kiosk-prose').waitFor();
    expect(await h1(page)).toBe(stopWithTerm.title[otherLanguage]);
    await page.locator(`.kiosk-prose [data-term="${term.id}"]`).first().click();
    const termDialog = page.locator('dialog.term-dialog[open]');
    await termDialog.waitFor();
    expect(await termDialog.locator('h2').innerText()).toBe(term.term[otherLanguage]);

    // No more input: the bilingual prompt with its countdown, then the attract screen.
    const prompt = page.locator('dialog.idle-prompt[open]');
    await prompt.waitFor({ timeout: 10_000 });
    const promptText = await prompt.innerText();
    expect(promptText).toContain('Are you still there?');
    expect(promptText).toContain('您还在吗？');
    expect(Number(await prompt.locator('.idle-prompt__seconds').innerText())).toBeGreaterThan(0);
    await page.locator('.attract').waitFor({ timeout: 10_000 });

    expect(await htmlLang(page)).toBe(defaultLanguage);
    expect(page.url()).toBe(`${baseUrl}/kiosk?idle=2&countdown=2`);
    expect(await page.locator('dialog[open]').count()).toBe(0);
    expect(await page.locator('dialog.term-dialog').innerText()).toBe('');
    expect(await page.locator('.kiosk-screen').count()).toBe(0);
    // Outside the rotating highlight of stops, no text of the visit is left.
    const screenText = await page.evaluate(() => {
      const copy = document.body.cloneNode(true) as HTMLElement;
      copy.querySelector('.attract__highlight')?.remove();
      return copy.textContent ?? '';
    });
    expect(screenText).not.toContain(stopWithTerm.title[otherLanguage]);
    expect(screenText).not.toContain(term.term[otherLanguage]);
    expect(await page.title()).toBe(site.name[defaultLanguage]);
    const traces = await page.evaluate(() => ({
      marker: (window as unknown as { marker?: string }).marker,
      history: history.length,
      visited: localStorage.getItem('sbc-tour.visited'),
      savedLanguage: localStorage.getItem('sbc-tour.language'),
      scrollY: window.scrollY,
      selection: getSelection()?.toString(),
    }));
    expect(traces).toEqual({
      marker: 'same page', // no reload
      // Every kiosk navigation replaced the entry: "back" leads to nothing of the visit.
      history: historyAtStart,
      visited: '{}',
      savedLanguage: null,
      scrollY: 0,
      selection: '',
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the visit when the screen is touched during the countdown', async () => {
    const { page, errors } = await openKiosk('?idle=2&countdown=5');
    await begin(page, 'en');
    await page.locator(`.kiosk-stop-tile[href="/kiosk/stops/${stopWithTerm.id}"]`).click();
    await page.locator('.kiosk-prose').waitFor();
    const prompt = page.locator('dialog.idle-prompt[open]');
    await prompt.waitFor({ timeout: 10_000 });
    await page.touchscreen.tap(960, 540);
    await prompt.waitFor({ state: 'detached' });
    expect(await page.locator('.attract').count()).toBe(0);
    expect(await h1(page)).toBe(stopWithTerm.title.en);
    expect(await htmlLang(page)).toBe('en');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('counts visits on the device: the counters survive a reload and export as CSV', async () => {
    // Staff start from zero.
    let { page } = await openKiosk();
    await openStaffPanel(page);
    await page.getByRole('button', { name: /Reset counters|统计清零/ }).click();
    await page.getByRole('button', { name: /Yes, reset all counters|确认将全部统计清零/ }).click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.staff-panel__count')].every(
        (cell) => cell.textContent === '0',
      ),
    );
    await page.close();

    // One visitor: English, the whole default tour, then walks away.
    ({ page } = await openKiosk('?idle=3&countdown=1'));
    await begin(page, 'en');
    await page.locator(`.kiosk-tour[href="/kiosk/tours/${tour.id}"]`).click();
    await page.locator('.kiosk-bottom a.kiosk-button--primary').click();
    for (const [index, entry] of tour.stops.entries()) {
      await page.waitForURL(`**/kiosk/stops/${entry.stop}?tour=${tour.id}`);
      await page.locator('.kiosk-prose').waitFor();
      if (index < tour.stops.length - 1) await page.locator('a.kiosk-next').click();
    }
    await page.locator(`.kiosk-bottom a[href="/kiosk/tours/${tour.id}?complete=1"]`).click();
    await page.waitForURL(`**/kiosk/tours/${tour.id}?complete=1`);
    await page.locator('.attract').waitFor({ timeout: 15_000 });
    await page.close();

    // A reload: the counts are still there, in the panel and in the CSV.
    ({ page } = await openKiosk());
    await openStaffPanel(page);
    const count = (key: string) =>
      page.locator(`[data-counter="${key}"] .staff-panel__count`).innerText();
    expect(await count('sessions_started:')).toBe('1');
    expect(await count('idle_resets:')).toBe('1');
    expect(await count('language_chosen:en')).toBe('1');

    const inTour = new Set(tour.stops.map((entry) => entry.stop));
    const expected = [
      'metric,id,count',
      'sessions_started,,1',
      ...LANGUAGES.map((lang) => `language_chosen,${lang},${lang === 'en' ? 1 : 0}`),
      ...content.tours.map((t) => `tour_started,${t.id},${t.id === tour.id ? 1 : 0}`),
      ...content.tours.map((t) => `tour_completed,${t.id},${t.id === tour.id ? 1 : 0}`),
      ...content.stops.map((s) => `stop_views,${s.id},${inTour.has(s.id) ? 1 : 0}`),
      'idle_resets,,1',
    ];
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Export CSV|导出 CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^kiosk-counters-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toBe(`${expected.join('\r\n')}\r\n`);
    await page.close();
  });

  for (const lang of LANGUAGES) {
    it(`offers "continue on your phone" as a QR code of the visitor page (${lang})`, async () => {
      const { page } = await openKiosk();
      await begin(page, lang);
      await page.locator(`.kiosk-tour[href="/kiosk/tours/${tour.id}"]`).click();
      const tourUrl = phoneUrl(builtPublicBaseUrl(), 'tours', tour.id, lang);
      expect(await page.locator('.phone-qr .qr__url').innerText()).toBe(tourUrl);

      const stop = content.stops.find((s) => s.id === tour.stops[0].stop)!;
      await page.locator('.kiosk-bottom a.kiosk-button--primary').click();
      await page.locator('.kiosk-prose').waitFor();
      const url = phoneUrl(builtPublicBaseUrl(), 'stops', stop.id, lang);
      expect(url).toBe(`${builtPublicBaseUrl()}/stops/${stop.id}?lang=${lang}`);
      expect(await page.locator('.phone-qr .qr__url').innerText()).toBe(url);
      const image = page.locator('.phone-qr img');
      await image.waitFor();
      // The same encoder, run here on the expected address, draws the same code.
      expect(await image.getAttribute('src')).toBe(await qrDataUrl(url));
      expect(await image.getAttribute('alt')).toContain(url);
      await page.close();
    });
  }

  it('keeps visitors in the kiosk: links to other sites become QR codes, and nothing zooms', async () => {
    const { page, errors } = await openKiosk();
    await begin(page, 'en');
    await page.locator(`.kiosk-stop-tile[href="/kiosk/stops/${stopWithTerm.id}"]`).click();
    await page.locator('.kiosk-prose').waitFor();
    // A link as the Markdown renderer writes it (content may have none today).
    await page.evaluate((id) => {
      const prose = document.querySelector('.kiosk-prose')!;
      prose.insertAdjacentHTML(
        'afterbegin',
        `<p><a id="out" href="https://www.who.int/" rel="noopener noreferrer">WHO</a>
         <a id="in" href="/stops/${id}">stop</a></p>`,
      );
    }, content.stops[0].id);
    const before = page.url();
    await page.locator('#out').click();
    const dialog = page.locator('dialog.link-dialog[open]');
    await dialog.waitFor();
    expect(await dialog.locator('.qr__url').innerText()).toBe('https://www.who.int/');
    expect(page.url()).toBe(before);
    await dialog.getByRole('button').click();
    await dialog.waitFor({ state: 'detached' });

    await page.locator('#in').click();
    await page.waitForURL(`**/kiosk/stops/${content.stops[0].id}`);

    const guards = await page.evaluate(() => {
      const fire = (target: EventTarget, event: Event) => {
        target.dispatchEvent(event);
        return event.defaultPrevented;
      };
      const options = { bubbles: true, cancelable: true };
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      return {
        contextMenu: fire(document.body, new MouseEvent('contextmenu', options)),
        ctrlWheelZoom: fire(document.body, new WheelEvent('wheel', { ...options, ctrlKey: true })),
        keyboardZoom: fire(
          document.body,
          new KeyboardEvent('keydown', { ...options, key: '+', ctrlKey: true }),
        ),
        selectInterface: fire(
          document.querySelector('.kiosk-top')!,
          new Event('selectstart', options),
        ),
        selectContent: fire(
          document.querySelector('.kiosk-prose p')!,
          new Event('selectstart', options),
        ),
        userSelect: style('body').userSelect,
        proseSelect: style('.kiosk-prose').userSelect,
        overscroll: style('html').overscrollBehaviorY,
        touchAction: style('.kiosk-bottom a').touchAction,
      };
    });
    expect(guards).toEqual({
      contextMenu: true,
      ctrlWheelZoom: true,
      keyboardZoom: true,
      selectInterface: true,
      selectContent: false,
      userSelect: 'none',
      proseSelect: 'text',
      overscroll: 'none',
      touchAction: 'pan-x pan-y',
    });
    // Every control a visitor touches is at least 64 px in both directions (links inside the
    // text are exempt, as in WCAG 2.5.8).
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('.kiosk-screen :is(a, button):not(.prose *)')]
        .map((element) => ({ element, box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.width < 64 || box.height < 64))
        .map(({ element }) => element.outerHTML.slice(0, 80)),
    );
    expect(small).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const lang of LANGUAGES) {
    it(`has no serious or critical axe violations (${lang})`, async () => {
      const { page } = await openKiosk();
      if (lang === LANGUAGES[0]) {
        expect(await axeViolations(page), 'attract').toEqual([]);
      }
      await begin(page, lang);
      expect(await axeViolations(page), 'home').toEqual([]);
      await page.locator(`.kiosk-tour[href="/kiosk/tours/${tour.id}"]`).click();
      await page.locator('.phone-qr img').waitFor();
      expect(await axeViolations(page), 'tour').toEqual([]);
      await page.locator('.kiosk-tour-stop').first().click();
      await page.locator('.kiosk-prose').waitFor();
      expect(await axeViolations(page), 'stop').toEqual([]);
      await page.getByRole('tab').nth(1).click();
      expect(await axeViolations(page), 'key facts').toEqual([]);
      await page.locator('.kiosk-bottom a[href="/kiosk/home"]').click();
      await page.locator('.kiosk-bottom a[href="/kiosk/glossary"]').click();
      await page.locator('.kiosk-glossary .glossary-entry').first().waitFor();
      expect(await axeViolations(page), 'glossary').toEqual([]);
      await page.close();
    });
  }
});
