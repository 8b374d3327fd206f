// Guide mode in real Chromium: the presenter (tablet) and the audience screen (wall display) as two
// pages of one browser context, as a tablet browser with a second window would run them.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtContent, LANGUAGES } from '../support/built-content.ts';
import { axeViolations, type Browser, collectErrors, launch } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const content = builtContent();
// The longest tour: the one a delegation walks.
const tour = [...content.tours].sort((a, b) => b.stops.length - a.stops.length)[0];
const tourStops = tour.stops.map((entry) => content.stops.find((s) => s.id === entry.stop)!);
const last = tourStops.length - 1;
let browser: Browser;

beforeAll(async () => {
  browser = await launch({ viewport: { width: 1024, height: 768 } });
  // A controllable clock (it runs normally until told to jump), for the timers.
  await browser.context.clock.install();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  // Every test starts with no session and no saved guide state.
  for (const page of browser.context.pages()) await page.close();
  const page = await browser.context.newPage();
  await page.goto(`${baseUrl}/guide`);
  await page.evaluate(() => localStorage.clear());
  await page.close();
});

async function openPage(
  path: string,
  context: BrowserContext = browser.context,
): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(baseUrl + path);
  return { page, errors };
}

/** The presenter on the tour, its first stop shown. */
async function openPresenter(lang = 'en', context?: BrowserContext) {
  const opened = await openPage(`/guide/${tour.id}?lang=${lang}`, context);
  await presenterShows(opened.page, 0);
  return opened;
}

async function openScreen(context?: BrowserContext) {
  const opened = await openPage('/guide/screen', context);
  await opened.page.locator('.audience-screen').waitFor();
  return opened;
}

const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** Waits until `page` shows stop `index` of the tour in `lang` (a title inside an element with that lang). */
async function showsStop(page: Page, scope: string, index: number, lang = 'en') {
  await page
    .locator(`${scope} [lang="${lang}"] .audience-block__title`)
    .filter({ hasText: exactly(tourStops[index].title[lang]) })
    .waitFor();
}
const presenterShows = (page: Page, index: number, lang = 'en') =>
  showsStop(page, '.presenter__stage', index, lang);
const screenShows = (page: Page, index: number, lang = 'en') =>
  showsStop(page, '.audience-screen', index, lang);

/** Seconds shown by a timer ("m:ss" or "h:mm:ss"). */
async function timerSeconds(page: Page, kind: 'stop' | 'tour'): Promise<number> {
  const text = await page.locator(`.timer--${kind} .timer__elapsed`).innerText();
  return text.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

describe('guide mode', () => {
  it('moves the presenter with PageDown and the keys clickers send; the audience screen follows', async () => {
    const { page: screen, errors: screenErrors } = await openScreen();
    await screen.getByText('Waiting for the guide').waitFor();
    const { page: presenter, errors } = await openPresenter();
    await screenShows(screen, 0);

    await presenter.keyboard.press('PageDown');
    await presenterShows(presenter, 1);
    await screenShows(screen, 1);
    expect(await presenter.locator('h1').innerText()).toContain(tourStops[1].title.en);

    await presenter.keyboard.press('PageUp');
    await presenterShows(presenter, 0);
    await screenShows(screen, 0);
    await presenter.keyboard.press('ArrowRight');
    await screenShows(screen, 1);
    await presenter.keyboard.press('ArrowLeft');
    await screenShows(screen, 0);
    await presenter.keyboard.press('Space');
    await screenShows(screen, 1);
    await presenter.keyboard.press('End');
    await presenterShows(presenter, last);
    await screenShows(screen, last);
    // At the last stop the clicker does nothing more; the button offers to finish.
    await presenter.keyboard.press('PageDown');
    await presenterShows(presenter, last);
    await presenter.keyboard.press('Home');
    await screenShows(screen, 0);

    // The large on-screen buttons do the same.
    await presenter.locator('.presenter-nav__next').click();
    await screenShows(screen, 1);
    await presenter.locator('.presenter-nav__previous').click();
    await screenShows(screen, 0);
    expect(await screen.locator('.audience-band__position').innerText()).toBe(
      `1 / ${tourStops.length}`,
    );
    // No notes and no controls on the audience screen (its full-screen button aside).
    expect(await screen.locator('.notes-section, .timer-strip, nav').count()).toBe(0);
    expect(await screen.locator('button:not(.audience-fullscreen)').count()).toBe(0);
    expect(errors).toEqual([]);
    expect(screenErrors).toEqual([]);
  });

  it('leaves keys to a control reached with the keyboard, not to one the guide tapped', async () => {
    const { page } = await openPresenter();
    const audience = () => page.locator('.audience-picker input:checked').getAttribute('value');
    // Keyboard: the arrows move between the radio buttons, as they should.
    await page.keyboard.press('Tab');
    await page.locator('.audience-picker input[value="zh-CN"]').focus();
    await page.keyboard.press('ArrowRight');
    expect(await audience()).toBe('en');
    await presenterShows(page, 0);
    // A tap on "English", then the clicker: the tour moves and the audience language stays.
    await page.locator('.audience-picker__option', { hasText: 'English' }).click();
    await page.keyboard.press('ArrowRight');
    await presenterShows(page, 1);
    await page.keyboard.press('ArrowLeft');
    await presenterShows(page, 0);
    expect(await audience()).toBe('en');
  });

  it('moves with a horizontal swipe, and not with a vertical one', async () => {
    const { page } = await openPresenter();
    const cdp = await browser.context.newCDPSession(page);
    const swipe = async (from: [number, number], to: [number, number]) => {
      const point = ([x, y]: [number, number]) => ({ touchPoints: [{ x, y }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', ...point(from) });
      for (let step = 1; step <= 5; step++) {
        const at: [number, number] = [
          from[0] + ((to[0] - from[0]) * step) / 5,
          from[1] + ((to[1] - from[1]) * step) / 5,
        ];
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', ...point(at) });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    await swipe([700, 400], [300, 420]);
    await presenterShows(page, 1);
    await swipe([300, 400], [700, 390]);
    await presenterShows(page, 0);
    await swipe([500, 600], [480, 250]); // a scroll
    await page.locator('.presenter-nav__next').click();
    await presenterShows(page, 1); // one step from 0: the scroll moved nothing
  });

  it('shows the current stop at once on an audience screen opened late', async () => {
    const { page: presenter } = await openPresenter();
    await presenter.keyboard.press('PageDown');
    await presenterShows(presenter, 1);
    const { page: screen } = await openScreen();
    await screenShows(screen, 1);
    await screenShows(screen, 1, 'zh-CN');
    expect(await screen.getByText('Waiting for the guide').count()).toBe(0);
  });

  it('shows both languages at once, each in an element with its own lang', async () => {
    const { page: presenter } = await openPresenter('zh-CN');
    const { page: screen } = await openScreen();
    const withTerms = tourStops.findIndex((stop) => stop.terms.length > 0);
    expect(withTerms).toBeGreaterThanOrEqual(0);
    const stop = tourStops[withTerms];
    await presenter.locator('.presenter-nav__list').click();
    await presenter.locator('.stop-list__item').nth(withTerms).click();

    for (const [page, scope] of [
      [presenter, '.presenter__stage'],
      [screen, '.audience-screen'],
    ] as const) {
      for (const lang of LANGUAGES) {
        await showsStop(page, scope, withTerms, lang);
        expect(
          await page
            .locator(`${scope} .audience-block[lang="${lang}"] .audience-block__summary`)
            .innerText(),
        ).toBe(stop.summary[lang]);
        expect(
          await page
            .locator(`${scope} .audience-block[lang="${lang}"] .audience-block__facts li`)
            .count(),
        ).toBe(stop.facts.length);
      }
      // The stop's glossary terms with both names.
      const term = content.glossary.find((t) => t.id === stop.terms[0])!;
      const chip = page.locator(`${scope} .bilingual-term`).first();
      expect(await chip.locator('[lang="zh-CN"]').innerText()).toBe(term.term['zh-CN']);
      expect(await chip.locator('[lang="en"]').innerText()).toBe(term.term.en);
    }
    // Landscape: side by side.
    const [zhBox, enBox] = await Promise.all(
      LANGUAGES.map((lang) => screen.locator(`.audience-block[lang="${lang}"]`).boundingBox()),
    );
    expect(enBox!.x).toBeGreaterThan(zhBox!.x + zhBox!.width - 1);
    // Portrait: stacked.
    await screen.setViewportSize({ width: 768, height: 1024 });
    await screen.waitForFunction(() => {
      const [zh, en] = [...document.querySelectorAll('.audience-block')].map((e) =>
        e.getBoundingClientRect(),
      );
      return en.top >= zh.bottom - 1;
    });

    // In the visitor text, each term is followed by its other name.
    await presenter.locator('.visitor-text summary').click();
    const term = content.glossary.find((t) => t.id === stop.terms[0])!;
    const other = presenter.locator(`.visitor-text__body[lang="zh-CN"] .term-other [lang="en"]`);
    expect(await other.allInnerTexts()).toContain(term.term.en);
    // The guide's notes stay in the guide's language.
    expect(await presenter.locator('.notes-title').first().innerText()).toBe('讲解要点');
    expect(await presenter.getAttribute('html', 'lang')).toBe('zh-CN');

    // One language: only its block, and the screen's page language follows.
    await presenter.locator('.audience-picker input[value="en"]').check();
    await screen.waitForFunction(() => document.documentElement.lang === 'en');
    await screenShows(screen, withTerms, 'en');
    expect(await screen.locator('.audience-block').count()).toBe(1);
    expect(await presenter.locator('.presenter__stage .audience-block').count()).toBe(1);
  });

  it('keeps the session through a reload: stop, audience language and timers', async () => {
    const { page: screen } = await openScreen();
    const { page: presenter } = await openPresenter();
    expect(await presenter.locator('.timer-strip__toggle').innerText()).toContain(
      'Start the clock',
    );
    expect(await timerSeconds(presenter, 'tour')).toBe(0);
    await presenter.locator('.timer-strip__toggle').click();
    await browser.context.clock.fastForward('02:00');
    await presenter.keyboard.press('PageDown');
    await presenterShows(presenter, 1);
    await browser.context.clock.fastForward('01:00');
    await presenter.locator('.audience-picker input[value="en"]').check();
    await screen.waitForFunction(() => document.querySelectorAll('.audience-block').length === 1);

    await presenter.reload();
    await screen.reload();
    await presenterShows(presenter, 1);
    await screenShows(screen, 1);
    expect(await presenter.locator('.audience-picker input:checked').getAttribute('value')).toBe(
      'en',
    );
    expect(await screen.locator('.audience-block').count()).toBe(1);
    // 3 minutes of tour, 1 at this stop: neither lost nor counted twice (a few real seconds pass).
    expect(await timerSeconds(presenter, 'tour')).toBeGreaterThanOrEqual(180);
    expect(await timerSeconds(presenter, 'tour')).toBeLessThan(200);
    expect(await timerSeconds(presenter, 'stop')).toBeGreaterThanOrEqual(60);
    expect(await timerSeconds(presenter, 'stop')).toBeLessThan(80);

    // Pause: the clock stops, however long the pause.
    await presenter.locator('.timer-strip__toggle').click();
    await presenter.locator('.timer-strip__state').filter({ hasText: 'Paused' }).waitFor();
    const paused = await timerSeconds(presenter, 'tour');
    await browser.context.clock.fastForward('10:00');
    await presenter.reload();
    expect(await timerSeconds(presenter, 'tour')).toBe(paused);
    await presenter.locator('.timer-strip__toggle').click();
    // Over the planned minutes of the stop: the calm amber state, with the overrun in words.
    await browser.context.clock.fastForward(tour.stops[1].minutes * 60_000);
    await presenter.locator('.timer--stop.timer--over .timer__over').waitFor();
    expect(await presenter.locator('.timer--stop .timer__over').innerText()).toMatch(
      /^\+\d+:\d\d over$/,
    );
  });

  it('jumps to any stop from the stop list, and ends the tour', async () => {
    const { page: screen } = await openScreen();
    const { page: presenter } = await openPresenter();
    await presenter.locator('.presenter-nav__list').click();
    const items = presenter.locator('.stop-list__item');
    expect(await items.count()).toBe(tourStops.length);
    expect(await items.first().getAttribute('aria-current')).toBe('step');
    await items.nth(last).click();
    await presenterShows(presenter, last);
    await screenShows(screen, last);
    expect(await presenter.locator('dialog[open]').count()).toBe(0);

    await presenter.locator('.presenter-nav__next').click(); // "Finish" on the last stop
    await presenter.locator('#end-dialog-title').waitFor();
    await presenter.locator('#end-dialog-title ~ .guide-dialog__actions .button--primary').click();
    await presenter.waitForURL(`${baseUrl}/guide`);
    await screen.getByText('Waiting for the guide').waitFor();
    expect(await presenter.locator('.guide-running').count()).toBe(0);
    expect(await presenter.evaluate(() => localStorage.getItem('sbc-guide.session'))).toContain(
      '"session":null',
    );
  });

  it('presents today’s own order, and never replaces a running tour without asking', async () => {
    const { page } = await openPage('/guide?lang=en');
    await page.getByRole('button', { name: `Start from “${tour.title.en}”` }).click();
    await page.getByRole('button', { name: `Remove “${tourStops[0].title.en}”` }).click();
    expect(await page.locator('.guide-order__item').count()).toBe(tourStops.length - 1);
    await page.getByRole('button', { name: 'Present this order' }).click();
    await page.waitForURL(`${baseUrl}/guide/custom`);
    await presenterShows(page, 1);
    expect(await page.locator('.presenter-bar__tour').innerText()).toBe('Own order');

    // The bookmark of another tour, while this one runs: the guide chooses.
    await page.goto(`${baseUrl}/guide/${tour.id}`);
    await page.locator('h1').filter({ hasText: 'Another tour is in progress' }).waitFor();
    await page.getByRole('link', { name: 'Continue presenting' }).click();
    await page.waitForURL(`${baseUrl}/guide/custom`);
    await presenterShows(page, 1);
    await page.goto(`${baseUrl}/guide/${tour.id}`);
    await page.getByRole('button', { name: `End it and present “${tour.title.en}”` }).click();
    await presenterShows(page, 0);
    // The own order is still kept on the device.
    await page.goto(`${baseUrl}/guide`);
    expect(await page.locator('.guide-order__item').count()).toBe(tourStops.length - 1);
    expect(await page.locator('.guide-running').innerText()).toContain(tour.title.en);
    // Ending it from here asks first.
    await page.locator('.guide-running').getByRole('button', { name: 'End the tour' }).click();
    await page.locator('#home-end-dialog-title').waitFor();
    await page.locator('#home-end-dialog').getByRole('button', { name: 'End the tour' }).click();
    await page.locator('.guide-running').waitFor({ state: 'detached' });
  });

  it('keeps presenting offline once the tour has started', async () => {
    // A fresh profile: nothing of the stops is in the browser's cache yet.
    const fresh = await launch({ viewport: { width: 1024, height: 768 } });
    try {
      // Which stop chunks each window has fetched (each stop is a chunk named after it).
      const fetched = new Map<Page, string[]>();
      fresh.context.on('response', (response) => {
        const page = response.frame().page();
        fetched.set(page, [...(fetched.get(page) ?? []), new URL(response.url()).pathname]);
      });
      const { page: screen } = await openScreen(fresh.context);
      const { page: presenter } = await openPresenter('en', fresh.context);
      await screenShows(screen, 0);
      // Both windows load the whole tour at its start, not stop by stop.
      const hasWholeTour = (page: Page) =>
        tourStops.every((stop) =>
          (fetched.get(page) ?? []).some((path) => path.startsWith(`/assets/${stop.id}-`)),
        );
      await expect
        .poll(() => hasWholeTour(presenter) && hasWholeTour(screen), { timeout: 10_000 })
        .toBe(true);

      await fresh.context.setOffline(true);
      for (let index = 1; index <= last; index++) {
        await presenter.keyboard.press('PageDown');
        await presenterShows(presenter, index);
        await screenShows(screen, index);
        for (const page of [presenter, screen]) {
          await page.locator('.audience-block__facts').first().waitFor();
        }
      }
    } finally {
      await fresh.close();
    }
  });

  for (const lang of LANGUAGES) {
    it(`has no serious or critical axe violations in the presenter and audience views (${lang})`, async () => {
      const { page: home } = await openPage(`/guide?lang=${lang}`);
      await home.locator('.guide-tour').first().waitFor();
      expect(await axeViolations(home), `/guide in ${lang}`).toEqual([]);
      const { page: screen } = await openScreen();
      expect(await axeViolations(screen), `waiting screen in ${lang}`).toEqual([]);

      const { page: presenter } = await openPresenter(lang);
      await presenter.locator('.notes-section').first().waitFor();
      await presenter.locator('.visitor-text summary').click();
      for (const audience of ['both', lang] as const) {
        await presenter.locator(`.audience-picker input[value="${audience}"]`).check();
        await screen.waitForFunction(
          (count) => document.querySelectorAll('.audience-block').length === count,
          audience === 'both' ? 2 : 1,
        );
        await screen.locator('.audience-block__facts').first().waitFor();
        expect(await axeViolations(presenter), `presenter (${audience}) in ${lang}`).toEqual([]);
        expect(await axeViolations(screen), `audience screen (${audience}) in ${lang}`).toEqual([]);
      }
      await presenter.locator('.presenter-nav__list').click();
      await presenter.locator('dialog[open]').waitFor();
      expect(await axeViolations(presenter), `stop list in ${lang}`).toEqual([]);
    });
  }
});
