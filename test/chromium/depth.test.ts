// The "in depth" layer in real Chromium, against the production build: the visitor's Overview / In
// depth tabs (remembered, garbage falls back), the kiosk's tab and its idle reset, the guide's
// notes and the audience screen, the handout's option; axe on the stop page in depth.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BuildStop } from '../../pipeline/content/load-content.ts';
import { STORAGE_KEYS } from '../../src/storage/keys.ts';
import { builtContent, LANGUAGES } from '../support/built-content.ts';
import { EN } from '../support/languages.ts';
import {
  appStarted,
  axeViolations,
  type Browser,
  collectErrors,
  launch,
} from './support/browser.ts';

const baseUrl = inject('baseUrl');
const content = builtContent();
const tour = content.tours.find((t) => t.id === content.site.kiosk.defaultTour)!;
const tourStops = tour.stops.map((entry) => content.stops.find((s) => s.id === entry.stop)!);
/** A stop with an in-depth text that uses a glossary term: every stop of the sample content. */
const stop = tourStops.find((s) => s.depth && s.depth.terms.length > 0)!;
const depthOf = (s: BuildStop) => s.depth!;
type Lang = (typeof LANGUAGES)[number];
const LABELS: Record<string, { overview: string; depth: string }> = {
  'zh-CN': { overview: '概览', depth: '深入了解' },
  en: { overview: 'Overview', depth: 'In depth' },
};

/** The text of a text's first heading, as the build wrote it (tags removed). */
function firstHeading(html: string): string {
  const match = /<h2>(.*?)<\/h2>/.exec(html);
  if (!match) throw new Error('no h2 in the text');
  return match[1].replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');
}

describe('the in-depth layer', () => {
  it('is in the content: every stop of the tour has it', () => {
    expect(stop).toBeDefined();
    expect(tourStops.filter((s) => !s.depth).map((s) => s.id)).toEqual([]);
  });

  describe('on the visitor’s stop page (phone)', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launch();
    });
    afterAll(async () => {
      await browser?.close();
    });

    async function openStop(lang: Lang, init?: string): Promise<{ page: Page; errors: string[] }> {
      const page = await browser.context.newPage();
      const errors = collectErrors(page);
      await page.addInitScript(
        ([key, value]) => {
          // Only on the first load: a reload must see what the page itself stored.
          if (value !== null && !sessionStorage.getItem('seeded')) {
            localStorage.setItem(key, value);
            sessionStorage.setItem('seeded', '1');
          }
        },
        [STORAGE_KEYS.stopLayer, init ?? null] as const,
      );
      await page.goto(`${baseUrl}/stops/${stop.id}?lang=${lang}`);
      await page.locator('.stop-page .prose').waitFor();
      await appStarted(page);
      return { page, errors };
    }
    const tab = (page: Page, lang: Lang, layer: 'overview' | 'depth') =>
      page.getByRole('tab', { name: LABELS[lang][layer], exact: true });
    const panelHeading = (page: Page) =>
      page.locator('[role="tabpanel"] .prose h2').first().innerText();

    for (const lang of LANGUAGES) {
      it(`switches to the in-depth text and back, and remembers it after a reload (${lang})`, async () => {
        const { page, errors } = await openStop(lang);
        await page.evaluate(() => localStorage.clear());
        await page.reload();
        await page.locator('.stop-page .prose').waitFor();
        await appStarted(page);
        const tablist = page.getByRole('tablist', {
          name: lang === 'en' ? 'Overview or in depth' : '概览或深入了解',
        });
        expect(await tablist.count()).toBe(1);
        expect(await tab(page, lang, 'overview').getAttribute('aria-selected')).toBe('true');
        expect(await panelHeading(page)).toBe(firstHeading(stop.body[lang]));
        // Large targets: each tab at least 48 px high and wide.
        const box = (await tab(page, lang, 'depth').boundingBox())!;
        expect(box.height).toBeGreaterThanOrEqual(48);
        expect(box.width).toBeGreaterThanOrEqual(48);

        await tab(page, lang, 'depth').click();
        expect(await tab(page, lang, 'depth').getAttribute('aria-selected')).toBe('true');
        expect(await panelHeading(page)).toBe(firstHeading(depthOf(stop).body[lang]));
        expect(await page.locator('[role="tabpanel"]').getAttribute('aria-labelledby')).toBe(
          await tab(page, lang, 'depth').getAttribute('id'),
        );
        // One text at a time, in the page's language; figures and key facts stay.
        expect(await page.locator('.stop-page .prose').count()).toBe(1);
        expect(await page.locator('.stop-page .prose').getAttribute('lang')).toBe(lang);
        expect(await page.locator('.key-facts li').count()).toBe(stop.facts.length);
        expect(await page.locator('.stop-figure').count()).toBe(stop.images.length);

        // A term of the in-depth text opens its definition.
        const termId = depthOf(stop).terms[0];
        const term = content.glossary.find((t) => t.id === termId)!;
        await page.locator(`[role="tabpanel"] [data-term="${termId}"]`).first().click();
        const dialog = page.locator('dialog.term-dialog[open]');
        await dialog.waitFor();
        expect(await dialog.locator('h2').innerText()).toBe(term.term[lang]);
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' }).catch(() => undefined);

        // Remembered like the language: a reload, and another stop, open in depth.
        expect(
          await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEYS.stopLayer),
        ).toBe('depth');
        await page.reload();
        await page.locator('.stop-page .prose').waitFor();
        await appStarted(page);
        expect(await tab(page, lang, 'depth').getAttribute('aria-selected')).toBe('true');
        expect(await panelHeading(page)).toBe(firstHeading(depthOf(stop).body[lang]));
        const other = tourStops.find((s) => s.id !== stop.id && s.depth)!;
        await page.goto(`${baseUrl}/stops/${other.id}?lang=${lang}`);
        await page.locator('.stop-page .prose').waitFor();
        await appStarted(page);
        expect(await panelHeading(page)).toBe(firstHeading(depthOf(other).body[lang]));

        // The keyboard: arrows move between the tabs and choose, focus follows.
        await tab(page, lang, 'depth').focus();
        await page.keyboard.press('ArrowLeft');
        expect(await tab(page, lang, 'overview').getAttribute('aria-selected')).toBe('true');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('stop-layer-overview');
        expect(await panelHeading(page)).toBe(firstHeading(other.body[lang]));
        expect(await tab(page, lang, 'depth').getAttribute('tabindex')).toBe('-1');
        await page.keyboard.press('End');
        expect(await tab(page, lang, 'depth').getAttribute('aria-selected')).toBe('true');
        await page.keyboard.press('Home');
        expect(
          await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEYS.stopLayer),
        ).toBe('overview');
        expect(errors).toEqual([]);
        await page.close();
      });

      it(`has no accessibility violations in depth (${lang})`, async () => {
        const { page } = await openStop(lang, 'depth');
        expect(await tab(page, lang, 'depth').getAttribute('aria-selected')).toBe('true');
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
      });
    }

    for (const garbage of ['deep', '{"layer":"depth"}', 'DEPTH', '']) {
      it(`falls back to the overview for a stored ${JSON.stringify(garbage)}`, async () => {
        const { page, errors } = await openStop(EN, garbage);
        expect(await tab(page, EN, 'overview').getAttribute('aria-selected')).toBe('true');
        expect(await panelHeading(page)).toBe(firstHeading(stop.body.en));
        // The bad value is gone, not read again.
        expect(
          await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEYS.stopLayer),
        ).toBe(null);
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  });

  describe('on the kiosk', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launch({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('offers it as a large tab, and the idle reset returns to the overview', async () => {
      const page = await browser.context.newPage();
      const errors = collectErrors(page);
      await page.goto(`${baseUrl}/kiosk?idle=4&countdown=2`);
      await page.locator('.attract').waitFor();
      const openStopTile = async () => {
        await page.locator('.attract__language[lang="en"]').click();
        await page.locator('.kiosk-tours').waitFor();
        await page.locator(`.kiosk-stop-tile[href="/kiosk/stops/${stop.id}"]`).click();
        await page.locator('.kiosk-prose').waitFor();
      };
      await openStopTile();
      const depthTab = page.getByRole('tab', { name: 'In depth', exact: true });
      const overviewTab = page.getByRole('tab', { name: 'Overview', exact: true });
      expect(await overviewTab.getAttribute('aria-selected')).toBe('true');
      const box = (await depthTab.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(64);
      expect(box.width).toBeGreaterThanOrEqual(64);
      await depthTab.click();
      expect(await depthTab.getAttribute('aria-selected')).toBe('true');
      expect(await page.locator('.kiosk-prose h2').first().innerText()).toBe(
        firstHeading(depthOf(stop).body.en),
      );
      expect(await page.locator('.kiosk-prose').getAttribute('lang')).toBe('en');

      // No more input: the prompt, the countdown, the attract screen.
      await page.locator('.attract').waitFor({ timeout: 15_000 });
      await openStopTile();
      expect(await overviewTab.getAttribute('aria-selected')).toBe('true');
      expect(await page.locator('.kiosk-prose h2').first().innerText()).toBe(
        firstHeading(stop.body.en),
      );
      // The kiosk is a shared screen: it never stores a visitor's choice.
      expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEYS.stopLayer)).toBe(
        null,
      );
      expect(errors).toEqual([]);
      await page.close();
    });
  });

  describe('in guide mode', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launch({ viewport: { width: 1024, height: 768 } });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('shows it in the presenter’s notes, and on the audience screen when the guide asks', async () => {
      const index = tourStops.indexOf(stop);
      const screen = await browser.context.newPage();
      const screenErrors = collectErrors(screen);
      await screen.goto(`${baseUrl}/guide/screen`);
      await screen.locator('.audience-screen').waitFor();
      const presenter = await browser.context.newPage();
      const errors = collectErrors(presenter);
      await presenter.goto(`${baseUrl}/guide/${tour.id}?lang=en`);
      await presenter.locator('.presenter__stage .audience-block__title').first().waitFor();
      for (let i = 0; i < index; i++) await presenter.locator('.presenter-nav__next').click();
      const stageTitle = presenter.locator('.presenter__stage [lang="en"] .audience-block__title');
      await stageTitle.filter({ hasText: stop.title.en }).waitFor();

      // The notes: collapsed, in the guide's language, with the text's terms tappable.
      const notes = presenter.locator('details.notes-depth');
      expect(await notes.getAttribute('open')).toBeNull();
      await notes.locator('summary').click();
      expect(await notes.getAttribute('open')).toBe('');
      expect(await notes.locator('.prose').getAttribute('lang')).toBe('en');
      expect(await notes.locator('.prose h2').first().innerText()).toBe(
        firstHeading(depthOf(stop).body.en),
      );
      expect(await notes.locator('button[data-term]').count()).toBeGreaterThan(0);
      expect(await axeViolations(presenter)).toEqual([]);

      // Overview on the screen until the guide puts the depth there.
      await screen.locator('.audience-block__facts').first().waitFor();
      expect(await screen.locator('.audience-block__depth').count()).toBe(0);
      const toggle = presenter.locator('.depth-on-screen');
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');
      await toggle.click();
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      // The audience sees every language at once (the default): one in-depth text each.
      for (const lang of LANGUAGES) {
        const block = screen.locator(`.audience-block[lang="${lang}"] .audience-block__depth`);
        await block.waitFor();
        expect(await block.locator('h2').first().innerText()).toBe(
          firstHeading(depthOf(stop).body[lang]),
        );
      }
      expect(await screen.locator('.audience-block__facts').count()).toBe(0);
      // Still no controls on the audience screen: its terms are text.
      expect(await screen.locator('button:not(.audience-fullscreen)').count()).toBe(0);
      expect(await screen.locator('.audience-block__depth .term').count()).toBeGreaterThan(0);
      // The preview in the presenter shows what the group sees.
      expect(await presenter.locator('.presenter__stage .audience-block__depth').count()).toBe(
        LANGUAGES.length,
      );
      // The text fits the wall screen: nothing below its bottom edge.
      const fits = await screen.evaluate(() => {
        const main = document.querySelector('.audience-screen__main') as HTMLElement;
        const stopBox = main.firstElementChild as HTMLElement;
        return stopBox.getBoundingClientRect().bottom <= main.getBoundingClientRect().bottom + 1;
      });
      expect(fits).toBe(true);

      // A screen opened late (or reloaded) shows the depth at once.
      await screen.reload();
      await screen.locator('.audience-block__depth').first().waitFor();

      // The next stop starts at the overview again.
      await presenter.locator('.presenter-nav__next').click();
      await screen.locator('.audience-block__facts').first().waitFor();
      expect(await screen.locator('.audience-block__depth').count()).toBe(0);
      expect(await presenter.locator('.depth-on-screen').getAttribute('aria-pressed')).toBe(
        'false',
      );
      expect(errors).toEqual([]);
      expect(screenErrors).toEqual([]);
      await presenter.evaluate(() => localStorage.clear());
      await presenter.close();
      await screen.close();
    });
    it('fits every stop’s in-depth text on the wall screen, all languages at once', async () => {
      const screen = await browser.context.newPage();
      // A 16:9 wall display: less height for the text than the tablet's 4:3.
      await screen.setViewportSize({ width: 1920, height: 1080 });
      await screen.goto(`${baseUrl}/guide/screen`);
      await screen.locator('.audience-screen').waitFor();
      const presenter = await browser.context.newPage();
      await presenter.goto(`${baseUrl}/guide/${tour.id}?lang=en`);
      const overflow: Record<string, number> = {};
      for (const [index, each] of tourStops.entries()) {
        await presenter
          .locator('.presenter__stage [lang="en"] .audience-block__title')
          .filter({ hasText: each.title.en })
          .waitFor();
        await presenter.locator('.depth-on-screen').click();
        await screen
          .locator('.audience-block[lang="en"] .audience-block__depth h2')
          .first()
          .filter({ hasText: firstHeading(depthOf(each).body.en) })
          .waitFor();
        overflow[each.id] = await screen.evaluate(() => {
          const main = document.querySelector('.audience-screen__main') as HTMLElement;
          const content = main.firstElementChild as HTMLElement;
          return Math.max(
            0,
            Math.round(
              content.getBoundingClientRect().bottom - main.getBoundingClientRect().bottom,
            ),
          );
        });
        if (index < tourStops.length - 1) await presenter.locator('.presenter-nav__next').click();
      }
      expect(overflow).toEqual(Object.fromEntries(tourStops.map((each) => [each.id, 0])));
      await presenter.evaluate(() => localStorage.clear());
      await presenter.close();
      await screen.close();
    });
  });

  describe('in the handout', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launch({ viewport: { width: 1280, height: 900 } });
    });
    afterAll(async () => {
      await browser?.close();
    });

    const depthHeadings = (page: Page) =>
      page
        .locator('.handout-stop')
        .evaluateAll((stops) =>
          stops.map((item) =>
            [...item.querySelectorAll('.handout-stop__depth-text')].map(
              (text) => (text.querySelector('h5') as HTMLElement | null)?.innerText,
            ),
          ),
        );

    it('includes the in-depth texts when the box is ticked, in every language shown', async () => {
      const page = await browser.context.newPage();
      const errors = collectErrors(page);
      await page.goto(`${baseUrl}/tours/${tour.id}/print?lang=en`);
      await page.locator('.handout-stop').first().waitFor();
      expect(await page.locator('.handout-stop__depth').count()).toBe(0);
      const box = page.getByRole('checkbox', { name: 'Include the in-depth texts' });
      expect(await box.isChecked()).toBe(false);

      await box.check();
      await page.waitForURL(`**/tours/${tour.id}/print?depth=1`);
      await page.locator('.handout-stop__depth').first().waitFor();
      expect(await depthHeadings(page)).toEqual(
        tourStops.map((s) => [firstHeading(depthOf(s).body.en)]),
      );
      // The terms the in-depth texts use are in the handout's glossary too.
      const names = await page.locator('.handout-term dt [lang="en"]').allInnerTexts();
      for (const id of new Set(tourStops.flatMap((s) => [...s.terms, ...depthOf(s).terms]))) {
        expect(names).toContain(content.glossary.find((t) => t.id === id)!.term.en);
      }
      expect(await axeViolations(page)).toEqual([]);

      // The languages choice keeps it; both languages show both texts, each with its lang.
      await page.locator('.handout__choice').nth(1).click();
      await page.waitForURL(`**/tours/${tour.id}/print?languages=both&depth=1`);
      await page.locator('.handout-stop__depth-text[lang="zh-CN"]').first().waitFor();
      expect(await depthHeadings(page)).toEqual(
        tourStops.map((s) => LANGUAGES.map((lang) => firstHeading(depthOf(s).body[lang]))),
      );
      // Printed (A4 PDF), it is longer than without, and prints.
      const withDepth = (await page.pdf({ format: 'A4' })).length;
      await box.uncheck();
      await page.waitForURL(`**/tours/${tour.id}/print?languages=both`);
      expect(await page.locator('.handout-stop__depth').count()).toBe(0);
      const without = (await page.pdf({ format: 'A4' })).length;
      expect(withDepth).toBeGreaterThan(without);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('leaves them out for any ?depth= but 1', async () => {
      const page = await browser.context.newPage();
      await page.goto(`${baseUrl}/tours/${tour.id}/print?lang=en&depth=yes`);
      await page.locator('.handout-stop').first().waitFor();
      expect(await page.locator('.handout-stop__depth').count()).toBe(0);
      expect(
        await page.getByRole('checkbox', { name: 'Include the in-depth texts' }).isChecked(),
      ).toBe(false);
      await page.close();
    });
  });
});
