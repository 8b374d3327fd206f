// Hostile stored state in real Chromium: every storage key of every mode is seeded, before the app
// starts, with values of the wrong shape, absurd numbers and ids the content does not have. Every
// route must still render its real content, with sane figures and no page error.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Language } from '../../src/content/types.ts';
import { STORAGE_KEYS } from '../../src/storage/keys.ts';
import { builtContent } from '../support/built-content.ts';
import { appStarted, type Browser, collectErrors, launch } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const content = builtContent();
const tour = content.tours.find((t) => t.id === content.site.kiosk.defaultTour)!;
const firstStop = content.stops.find((s) => s.id === tour.stops[0].stop)!;
const K = STORAGE_KEYS;

/** A guide session as the app saves it, with some fields replaced. */
function session(fields: Record<string, unknown> = {}, revision: unknown = Date.now()): string {
  return JSON.stringify({
    revision,
    session: {
      id: 'seeded-1',
      tourId: tour.id,
      stops: tour.stops,
      index: 0,
      audience: 'both',
      startedAt: Date.now() - 60_000,
      pausedAt: null,
      pausedTotal: 0,
      clockStarted: true,
      spent: tour.stops.map(() => 0),
      enteredAt: 0,
      ...fields,
    },
  });
}

/** A live share as the presenter keeps it, with some fields replaced. */
function liveShare(fields: Record<string, unknown> = {}): string {
  return JSON.stringify({
    code: 'ABCDEF',
    secret: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ',
    seq: 3,
    sessionId: 'seeded-1',
    ...fields,
  });
}

const many = <T>(count: number, item: T): T[] => Array.from({ length: count }, () => item);

/** Each case seeds every key; values are the raw strings found in storage. */
const CASES: Record<string, Record<string, string>> = {
  'the issue’s examples': {
    [K.visited]: '{"delegation":5}',
    [K.guideCustomOrder]: JSON.stringify([{ stop: firstStop.id, minutes: 1e308 }]),
    [K.guideSession]: session({ startedAt: -1e300 }),
    [K.stopLayer]: 'deep',
    [K.language]: 'klingon',
    [K.guideAudience]: 'everyone',
    [K.kioskPinLock]: '{"wrong":"many"}',
    [K.kioskCounterRepair]: '{"reason":5}',
    [K.guideLive]: liveShare({ code: 'ABCDE0', secret: 'x', seq: -1 }),
  },
  'wrong types': {
    [K.visited]: JSON.stringify({ [tour.id]: [1, 2, { stop: 3 }] }),
    [K.guideCustomOrder]: '{"stop":"welcome"}',
    [K.guideSession]: session({ stops: 'all of them', index: '0' }),
    [K.stopLayer]: '{"layer":"depth"}',
    [K.language]: '{"lang":"en"}',
    [K.guideAudience]: '["en"]',
    [K.kioskPinLock]: '[]',
    [K.kioskCounterRepair]: 'null',
    [K.guideLive]: '["ABCDEF"]',
  },
  'not JSON at all': {
    [K.visited]: '{not json',
    [K.guideCustomOrder]: 'undefined',
    [K.guideSession]: '{"revision":',
    [K.stopLayer]: '\u0000',
    [K.language]: '',
    [K.guideAudience]: '\u0000',
    [K.kioskPinLock]: 'NaN',
    [K.kioskCounterRepair]: '{',
    [K.guideLive]: '{"code":',
  },
  'absurd numbers': {
    [K.visited]: JSON.stringify({ [tour.id]: [firstStop.id] }),
    [K.guideCustomOrder]: JSON.stringify(
      tour.stops.map((entry, i) => ({ stop: entry.stop, minutes: [1e308, -5, 0.5, 1e9][i % 4] })),
    ),
    [K.guideSession]: session(
      {
        index: 1,
        startedAt: 1e300,
        pausedAt: -1e300,
        pausedTotal: -1e308,
        spent: tour.stops.map(() => 1e308),
        enteredAt: -1e308,
        stops: tour.stops.map((entry) => ({ ...entry, minutes: 1e308 })),
      },
      1e308,
    ),
    [K.stopLayer]: '1e308',
    [K.language]: 'en',
    [K.guideAudience]: 'en',
    [K.kioskPinLock]: '{"wrong":1e308,"lockedUntil":1e308}',
    [K.kioskCounterRepair]: '{"reason":"missing-store","at":-1e300}',
    [K.guideLive]: liveShare({ seq: 1e308 }),
  },
  'huge arrays and prototype keys': {
    // Written out: in an object literal `__proto__` would set the prototype, not a key.
    [K.visited]: `{"__proto__":["${firstStop.id}"],"constructor":["${firstStop.id}"],"${tour.id}":${JSON.stringify(many(50_000, firstStop.id))}}`,
    [K.guideCustomOrder]: JSON.stringify(many(20_000, { stop: firstStop.id, minutes: 5 })),
    [K.guideSession]: session({
      stops: many(20_000, tour.stops[0]),
      spent: many(20_000, 0),
    }),
    [K.stopLayer]: 'depth'.repeat(100_000),
    [K.language]: 'en'.repeat(100_000),
    [K.guideAudience]: '__proto__',
    [K.kioskPinLock]: '{"__proto__":{"wrong":0},"wrong":3}',
    [K.kioskCounterRepair]: JSON.stringify({ reason: 'x'.repeat(100_000) }),
    [K.guideLive]: liveShare({ secret: 'x'.repeat(100_000), __proto__: { seq: 1 } }),
  },
  'ids the content does not have': {
    [K.visited]: JSON.stringify({
      [tour.id]: ['no-such-stop', ...many(tour.stops.length + 3, firstStop.id)],
      'no-such-tour': ['no-such-stop'],
    }),
    [K.guideCustomOrder]: JSON.stringify([
      { stop: 'no-such-stop', minutes: 5 },
      { stop: '../../etc/passwd', minutes: 5 },
      { stop: firstStop.id, minutes: 5 },
      { stop: firstStop.id, minutes: 7 },
    ]),
    [K.guideSession]: session({
      tourId: 'custom',
      stops: [
        { stop: 'no-such-stop', minutes: 5 },
        { stop: firstStop.id, minutes: 5 },
      ],
      spent: [0, 0],
    }),
    [K.stopLayer]: '__proto__',
    [K.language]: 'zh-TW',
    [K.guideAudience]: 'fr',
    [K.kioskPinLock]: '{"wrong":2,"lockedUntil":0}',
    [K.kioskCounterRepair]: '{"reason":"because","at":0}',
    // A valid share of the seeded session: the presenter carries on with it.
    [K.guideLive]: liveShare(),
  },
};

/** What each route must show whatever is stored: its own heading or screen, and its lists. */
const ROUTES: {
  path: string;
  /** Shown once the route has rendered. */
  ready: string;
  check?: (page: Page, lang: Language) => Promise<void>;
}[] = [
  {
    path: '/',
    ready: '.home h1',
    async check(page, lang) {
      expect(await page.locator('h1').innerText()).toBe(content.site.name[lang]);
      expect(await page.locator('.tour-card').count()).toBe(content.tours.length);
    },
  },
  {
    path: `/tours/${tour.id}`,
    ready: '.tour-page h1',
    async check(page, lang) {
      expect(await page.locator('h1').innerText()).toBe(tour.title[lang]);
      expect(await page.locator('.tour-stop').count()).toBe(tour.stops.length);
      const progress = page.locator('.tour-progress progress');
      expect(Number(await progress.getAttribute('value'))).toBeLessThanOrEqual(tour.stops.length);
    },
  },
  {
    path: `/stops/${firstStop.id}`,
    ready: '.stop-page .prose',
    async check(page, lang) {
      expect(await page.locator('h1').innerText()).toBe(firstStop.title[lang]);
    },
  },
  { path: '/kiosk', ready: '.attract__begin' },
  {
    path: `/kiosk/tours/${tour.id}`,
    ready: '.kiosk-tour-page h1',
    async check(page, lang) {
      expect(await page.locator('h1').innerText()).toBe(tour.title[lang]);
      expect(await page.locator('.kiosk-tour-stop').count()).toBe(tour.stops.length);
    },
  },
  {
    path: '/guide',
    ready: '.guide-home h1',
    async check(page, lang) {
      expect(await page.locator('.guide-tour').count()).toBe(content.tours.length);
      for (const input of await page.locator('.guide-order__minutes input').all()) {
        const minutes = Number(await input.inputValue());
        expect(minutes).toBeGreaterThanOrEqual(1);
        expect(minutes).toBeLessThanOrEqual(240);
      }
      const titles = await page.locator('.guide-order__title').allInnerTexts();
      expect(new Set(titles).size, 'each stop once').toBe(titles.length);
      const known = content.stops.map((s) => s.title[lang]);
      for (const title of titles) expect(known).toContain(title);
    },
  },
  // The presenter (a session runs, or one starts) or a message saying why not.
  { path: `/guide/${tour.id}`, ready: '.presenter, .guide-message h1' },
  { path: '/guide/custom', ready: '.presenter, .guide-message h1' },
  { path: '/guide/screen', ready: '.audience-screen main h1' },
];

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

/** The app's own figures (times, minutes, counts, positions): never NaN, Infinity or huge. */
const FIGURES = [
  '.tour-meta', // a tour's minutes and stops, on every page that lists tours (TourMeta)
  '.tour-card__progress',
  '.tour-progress__label',
  '.tour-stop__meta',
  '.stop-page__position',
  '.kiosk-tour-page__progress',
  '.kiosk-tour-stop__meta',
  '.guide-running',
  '.timer-strip',
  '.next-stop__meta',
  '.audience-band__position',
  '.presenter h1',
].join(', ');

async function figures(page: Page): Promise<string[]> {
  return page.locator(FIGURES).allInnerTexts();
}

let browser: Browser;

beforeAll(async () => {
  browser = await launch({ viewport: { width: 1280, height: 800 } });
});
afterAll(async () => {
  await browser?.close();
});

describe('stored state', () => {
  it('seeds every storage key the app owns', () => {
    for (const [name, seeds] of Object.entries(CASES)) {
      expect(Object.keys(seeds).sort(), name).toEqual(Object.values(STORAGE_KEYS).sort());
    }
  });

  for (const [name, seeds] of Object.entries(CASES)) {
    it(`renders every route with ${name} in storage`, async () => {
      for (const route of ROUTES) {
        const page = await browser.context.newPage();
        page.setDefaultTimeout(10_000);
        const errors = collectErrors(page);
        // Before any script of the app runs, on every load of this page.
        await page.addInitScript((values: Record<string, string>) => {
          localStorage.clear();
          for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
        }, seeds);
        await page.goto(baseUrl + route.path);
        await page.locator(route.ready).first().waitFor();
        await appStarted(page);
        await route.check?.(page, (await htmlLang(page)) as Language);
        for (const text of await figures(page)) {
          expect(text, route.path).not.toMatch(/NaN|Infinity|undefined|e\+\d/);
          expect(text, route.path).not.toMatch(/\d{5,}/);
        }
        // Progress never counts more stops than the tour has ("7 of 5 visited").
        for (const text of await page
          .locator('.tour-card__progress, .tour-progress__label, .kiosk-tour-page__progress')
          .allInnerTexts()) {
          const [visited, total] = (text.match(/\d+/g) ?? []).map(Number);
          expect(visited, `${route.path}: ${text}`).toBeLessThanOrEqual(total);
        }
        expect(errors, route.path).toEqual([]);
        await page.close();
      }
    });
  }

  it('keeps what is valid: progress and the own order still show, without the unknown stops', async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(
      (values: Record<string, string>) => {
        for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
      },
      {
        [K.visited]: JSON.stringify({ [tour.id]: ['no-such-stop', firstStop.id, firstStop.id] }),
        [K.guideCustomOrder]: JSON.stringify([
          { stop: 'no-such-stop', minutes: 5 },
          { stop: firstStop.id, minutes: 7 },
        ]),
      },
    );
    await page.goto(`${baseUrl}/tours/${tour.id}?lang=en`);
    await page.locator('.tour-page h1').waitFor();
    await appStarted(page);
    expect(await page.locator('.tour-progress progress').getAttribute('value')).toBe('1');
    expect(await page.locator('.tour-stop--visited .tour-stop__title').allInnerTexts()).toEqual([
      firstStop.title.en,
    ]);
    await page.goto(`${baseUrl}/guide?lang=en`);
    await page.locator('.guide-order').waitFor();
    expect(await page.locator('.guide-order__title').allInnerTexts()).toEqual([firstStop.title.en]);
    expect(await page.locator('.guide-order__minutes input').inputValue()).toBe('7');
    await page.close();
  });
});
