// Issue 14: every visitor route is real HTML in every language before any script runs (the
// handout too); the tour server and the service worker answer a navigation in the visitor's
// language (`?lang=`, then the saved choice, then the browser's languages), an unknown address
// with the "page not found" and status 404, the kiosk, guide and live routes with the app shell;
// the app hydrates that HTML without replacing it; and with JavaScript turned off a stop can
// still be read.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { htmlText } from '../../pipeline/font/font-text.ts';
import { builtContent, LANGUAGES } from '../support/built-content.ts';
import { type Browser, collectErrors, launch } from './support/browser.ts';
import { serviceWorkerInControl, strings } from './support/offline.ts';

const baseUrl = inject('baseUrl');
const content = builtContent();
const [stop, otherStop] = content.stops;
const tour = content.tours.find((t) => t.id === content.site.kiosk.defaultTour) ?? content.tours[0];
const tourStops = tour.stops.map((entry) => content.stops.find((s) => s.id === entry.stop)!);

/** A page's text as a reader sees it: tags dropped, character references decoded, spaces folded. */
const readable = (html: string) =>
  htmlText(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();

async function fetchPage(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(baseUrl + path, { headers });
  expect(response.status, path).toBe(200);
  return response.text();
}

const htmlLang = (html: string) => /<html lang="([^"]+)"/.exec(html)?.[1];

describe('the HTML itself (no JavaScript)', () => {
  for (const lang of LANGUAGES) {
    it(`every stop in ${lang}: title, summary, body, key facts and figures`, async () => {
      for (const item of content.stops) {
        const html = await fetchPage(`/stops/${item.id}?lang=${lang}`);
        const text = readable(html);
        expect(htmlLang(html), item.id).toBe(lang);
        expect(text, item.id).toContain(item.title[lang]);
        expect(text, item.id).toContain(item.summary[lang]);
        expect(text, item.id).toContain(readable(item.body[lang]));
        for (const fact of item.facts) expect(text, item.id).toContain(readable(fact[lang]));
        for (const image of item.images) {
          expect(htmlText(html), item.id).toContain(`alt="${image.alt[lang]}"`);
          if (image.caption) expect(text, item.id).toContain(readable(image.caption[lang]));
        }
        expect(html, item.id).toContain(`<title>`);
        expect(readable(/<title>([^<]*)<\/title>/.exec(html)![1])).toContain(item.title[lang]);
      }
    });

    it(`home, tours and the glossary in ${lang}`, async () => {
      const common = strings('common', lang);
      const home = readable(await fetchPage(`/?lang=${lang}`));
      expect(home).toContain(content.site.name[lang]);
      for (const tour of content.tours) expect(home).toContain(tour.title[lang]);
      // The list of every stop is part of the page, not drawn later.
      for (const item of content.stops) expect(home).toContain(item.title[lang]);
      for (const tour of content.tours) {
        const html = await fetchPage(`/tours/${tour.id}?lang=${lang}`);
        expect(htmlLang(html)).toBe(lang);
        expect(readable(html)).toContain(tour.description[lang]);
      }
      const glossary = readable(await fetchPage(`/glossary?lang=${lang}`));
      expect(glossary).toContain(common.glossary);
      for (const term of content.glossary) expect(glossary).toContain(readable(term.term[lang]));
    });
  }

  it('is in the language of ?lang=, then the saved choice (cookie), then the browser, then the default', async () => {
    const path = `/stops/${stop.id}`;
    expect(htmlLang(await fetchPage(path))).toBe('zh-CN');
    expect(htmlLang(await fetchPage(`${path}?lang=en`))).toBe('en');
    expect(htmlLang(await fetchPage(path, { cookie: 'sbc_lang=en' }))).toBe('en');
    expect(htmlLang(await fetchPage(path, { 'accept-language': 'en-GB,en;q=0.9' }))).toBe('en');
    expect(
      htmlLang(await fetchPage(`${path}?lang=zh-CN`, { cookie: 'sbc_lang=en' })),
      '?lang= first',
    ).toBe('zh-CN');
    expect(
      htmlLang(await fetchPage(path, { cookie: 'sbc_lang=zh-CN', 'accept-language': 'en' })),
      'the saved choice before the browser',
    ).toBe('zh-CN');
  });

  for (const lang of LANGUAGES) {
    it(`every tour's handout in ${lang}: each stop's title, summary and key facts`, async () => {
      for (const tour of content.tours) {
        const html = await fetchPage(`/tours/${tour.id}/print?lang=${lang}`);
        expect(htmlLang(html), tour.id).toBe(lang);
        expect(html, tour.id).toContain(`data-route="/tours/${tour.id}/print"`);
        const text = readable(html);
        expect(text, tour.id).toContain(tour.title[lang]);
        for (const entry of tour.stops) {
          const item = content.stops.find((s) => s.id === entry.stop)!;
          expect(text, `${tour.id} ${item.id}`).toContain(item.title[lang]);
          expect(text, `${tour.id} ${item.id}`).toContain(item.summary[lang]);
          for (const fact of item.facts) expect(text, item.id).toContain(readable(fact[lang]));
        }
        // Its default form: no "loading", no in-depth texts (?depth=1 is the app's to add).
        expect(text, tour.id).not.toContain(strings('common', lang).loading);
        expect(html, tour.id).not.toContain('handout-stop__depth');
      }
    });

    it(`answers an unknown address with the "page not found" in ${lang}, status 404`, async () => {
      const common = strings('common', lang);
      for (const path of [
        '/no-such-page',
        '/stops/no-such-stop',
        '/tours/nope',
        '/tours/nope/print',
      ]) {
        const response = await fetch(`${baseUrl}${path}?lang=${lang}`);
        const html = await response.text();
        expect(response.status, path).toBe(404);
        expect(response.headers.get('cache-control'), path).toBe('no-store');
        expect(htmlLang(html), path).toBe(lang);
        expect(readable(html), path).toContain(common.notFoundTitle);
        expect(readable(html), path).toContain(common.notFoundText);
      }
    });
  }

  it('keeps the kiosk, the guide and a live tour on the app shell', async () => {
    for (const path of ['/kiosk', '/guide', '/live/ABC123']) {
      const html = await fetchPage(path, { cookie: 'sbc_lang=en' });
      expect(html, path).not.toContain('data-route=');
      expect(html, path).toContain('class="boot"');
      expect(htmlLang(html), path).toBe('zh-CN');
    }
  });
});

describe('in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch({ serviceWorkers: 'allow' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /**
   * Records every change to #app once the HTML is parsed (before the app's script runs): the
   * prerendered nodes, the heading among them, must survive hydration.
   */
  async function watchHydration(page: Page) {
    await page.addInitScript({
      content: `
        window.__changes = { removed: [], added: [] };
        const observer = new MutationObserver((records) => {
          for (const record of records) {
            const app = document.getElementById('app');
            if (!app || !app.contains(record.target) && record.target !== app) continue;
            for (const node of record.removedNodes) window.__changes.removed.push(node.nodeName + ' ' + (node.textContent || '').slice(0, 60));
            for (const node of record.addedNodes) window.__changes.added.push(node.nodeName + ' ' + (node.textContent || '').slice(0, 60));
          }
        });
        observer.observe(document, { childList: true, subtree: true });
        document.addEventListener('readystatechange', () => {
          if (document.readyState !== 'interactive') return;
          // What the parser did is the prerendered page itself: only later changes count.
          observer.takeRecords();
          window.__changes = { removed: [], added: [] };
          window.__prerendered = { h1: document.querySelector('h1'), stops: [...document.querySelectorAll('.handout-stop')], text: document.getElementById('main')?.textContent };
        });
      `,
    });
  }

  it('hydrates the prerendered page: nothing removed, nothing redrawn, and it responds', async () => {
    // Home first: a visited stop would add its progress line to the home page (local state).
    // Not a node added either, not even a text node: what the build rendered as one string the
    // app renders as one string (a split one would be torn in two on hydration).
    const paths = [
      '/?lang=en',
      '/glossary?lang=en',
      `/tours/${tour.id}?lang=en`,
      `/stops/${stop.id}?lang=zh-CN`,
      `/tours/${tour.id}/print?lang=en`,
    ];
    for (const path of paths) {
      const page = await browser.context.newPage();
      const errors = collectErrors(page);
      await watchHydration(page);
      await page.goto(baseUrl + path);
      await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
      await page.waitForTimeout(500);
      const result = await page.evaluate(() => {
        const w = window as unknown as {
          __changes: { removed: string[]; added: string[] };
          __prerendered: { h1: Element | null; text: string | undefined };
        };
        return {
          ...w.__changes,
          sameHeading:
            w.__prerendered.h1 !== null && w.__prerendered.h1 === document.querySelector('h1'),
          sameText: w.__prerendered.text === document.getElementById('main')?.textContent,
        };
      });
      expect(result.removed, path).toEqual([]);
      expect(result.added, path).toEqual([]);
      expect(result.sameHeading, path).toBe(true);
      expect(result.sameText, path).toBe(true);
      expect(errors, path).toEqual([]);
      await page.close();
    }
    // Hydrated, not only painted: the language switch works without a reload.
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/stops/${stop.id}?lang=zh-CN`);
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    const heading = await page.locator('h1').elementHandle();
    await page.locator('.language-switch').click();
    await expect.poll(() => page.locator('h1').innerText()).toBe(stop.title.en);
    // The same document, the same heading element: switched in place, not by following the link.
    expect(await heading!.evaluate((element) => element.isConnected)).toBe(true);
    expect(page.url()).toBe(`${baseUrl}/stops/${stop.id}?lang=en`);
    await page.close();
  });

  it("paints a stop before it requests any of the app's scripts (public/boot.js), and hydrates it", async () => {
    // A browser of its own, without a service worker: a visitor who just scanned a sign.
    const fresh = await launch();
    const page = await fresh.context.newPage();
    await page.goto(`${baseUrl}/stops/${stop.id}?lang=en`);
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    const timing = await page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      const scripts = performance
        .getEntriesByType('resource')
        .filter((entry) => /\/assets\/.*\.js$/.test(entry.name));
      return {
        paint: paint?.startTime,
        scripts: scripts.map((entry) => ({ name: entry.name, start: entry.startTime })),
      };
    });
    expect(timing.paint).toBeGreaterThan(0);
    // The entry, the route's chunks and its data chunk: each requested after the text was painted.
    expect(timing.scripts.length).toBeGreaterThanOrEqual(3);
    for (const script of timing.scripts)
      expect(script.start, script.name).toBeGreaterThan(timing.paint!);
    await fresh.close();
  });

  it('hydrates a stop opened within another tour (?tour=), then links within that tour', async () => {
    // The build renders /stops/<id> within its default tour; the address names another one.
    const [first, other] = content.tours;
    const entry = other.stops.findIndex((item, index) => {
      const inFirst = first.stops.findIndex((candidate) => candidate.stop === item.stop);
      return inFirst >= 0 && first.stops[inFirst + 1]?.stop !== other.stops[index + 1]?.stop;
    });
    expect(entry, 'a stop whose next stop differs between the tours').toBeGreaterThanOrEqual(0);
    const { stop: id } = other.stops[entry];
    const next = other.stops[entry + 1].stop;
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/stops/${id}?tour=${other.id}&lang=en`);
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    await expect
      .poll(() => page.locator('a[rel="next"]').getAttribute('href'))
      .toBe(`/stops/${next}?tour=${other.id}`);
    expect(await page.locator('.stop-page__position a').getAttribute('href')).toBe(
      `/tours/${other.id}`,
    );
    await page.locator('a[rel="next"]').click();
    await expect
      .poll(() => page.locator('h1').innerText())
      .toBe(content.stops.find((item) => item.id === next)!.title.en);
    await page.close();
  });

  it('never blanks the "page not found" of an unknown address while the app takes it over', async () => {
    const page = await browser.context.newPage();
    // Every frame from the first paint on: does #main hold the not-found text?
    await page.addInitScript({
      content: `
        window.__blankFrames = 0;
        window.__frames = 0;
        const sample = () => {
          const main = document.getElementById('main');
          if (main) {
            window.__frames++;
            if (!main.querySelector('h1')) window.__blankFrames++;
          }
          if (document.documentElement.dataset.app !== 'ready' || window.__frames < 30) requestAnimationFrame(sample);
        };
        requestAnimationFrame(sample);
      `,
    });
    const response = await page.goto(`${baseUrl}/no-such-page?lang=en`);
    expect(response?.status()).toBe(404);
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    await page.waitForTimeout(300);
    const frames = await page.evaluate(() => {
      const w = window as unknown as { __frames: number; __blankFrames: number };
      return { frames: w.__frames, blank: w.__blankFrames };
    });
    expect(frames.frames).toBeGreaterThan(0);
    expect(frames.blank).toBe(0);
    expect(await page.locator('h1').innerText()).toBe(strings('common', 'en').notFoundTitle);
    await page.close();
  });

  it('hydrates the handout, then applies ?depth=1: the in-depth texts appear, nothing is removed', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await watchHydration(page);
    const response = await page.goto(`${baseUrl}/tours/${tour.id}/print?depth=1&lang=en`);
    // The server sends the handout as built (one language, no in-depth texts)…
    const html = (await response?.text()) ?? '';
    expect(html).toContain(`data-route="/tours/${tour.id}/print"`);
    expect(html).not.toContain('handout-stop__depth');
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    // …and the app adds what the address asks for, on the very nodes it hydrated.
    const withDepth = tourStops.filter((item) => item.depth);
    await expect.poll(() => page.locator('.handout-stop__depth').count()).toBe(withDepth.length);
    const depthText = await page.locator('.handout-stop__depth-text').first().innerText();
    expect(readable(depthText)).toContain(readable(withDepth[0].depth!.body.en).slice(0, 40));
    expect(await page.locator('.handout__depth input').isChecked()).toBe(true);
    // The stops the build rendered are the very nodes on screen (the terms' list may reorder, as
    // the in-depth texts bring terms of their own).
    const kept = await page.evaluate(() => {
      const w = window as unknown as { __prerendered: { h1: Element | null; stops: Element[] } };
      const stops = [...document.querySelectorAll('.handout-stop')];
      return {
        sameHeading: w.__prerendered.h1 === document.querySelector('h1'),
        sameStops:
          stops.length === w.__prerendered.stops.length &&
          stops.every((item, index) => item === w.__prerendered.stops[index]),
      };
    });
    expect(kept).toEqual({ sameHeading: true, sameStops: true });
    // Unticking the box goes back to the form without them.
    await page.locator('.handout__depth input').uncheck();
    await page.waitForURL(`**/tours/${tour.id}/print`);
    expect(await page.locator('.handout-stop__depth').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a saved English choice gets English HTML from the server, and offline from the worker', async () => {
    // The choice: ?lang=en once (the app keeps it as the cookie and for the worker).
    const first = await browser.context.newPage();
    await first.goto(`${baseUrl}/?lang=en`);
    await first.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    await serviceWorkerInControl(first);
    await first.close();

    const fromServer = await fetchPage(`/stops/${stop.id}`, {
      cookie: (await browser.context.cookies(baseUrl))
        .map((c) => `${c.name}=${c.value}`)
        .join('; '),
    });
    expect(htmlLang(fromServer)).toBe('en');

    await browser.context.setOffline(true);
    try {
      for (const [path, lang, title] of [
        // `/` and `/stops/x/` are precached URLs too: still the visitor's language.
        ['/', 'en', content.site.name.en],
        [`/stops/${otherStop.id}/`, 'en', otherStop.title.en],
        [`/stops/${otherStop.id}`, 'en', otherStop.title.en],
        [`/stops/${otherStop.id}?lang=zh-CN`, 'zh-CN', otherStop.title['zh-CN']],
      ] as const) {
        const page = await browser.context.newPage();
        const response = await page.goto(baseUrl + path);
        // The worker's answer is the prerendered page of that language, before any script.
        const html = (await response?.text()) ?? '';
        expect(htmlLang(html), path).toBe(lang);
        expect(readable(html), path).toContain(title);
        await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
        expect(await page.locator('h1').innerText(), path).toBe(title);
        await page.close();
      }
      const kiosk = await browser.context.newPage();
      const response = await kiosk.goto(`${baseUrl}/kiosk`);
      expect(await response?.text()).not.toContain('data-route=');
      await kiosk.close();
      // An unknown address: the precached "page not found" in the visitor's language, 404, as
      // the server answers; the app then draws its own, which names the stop asked for.
      // (The last page above, ?lang=zh-CN, made Chinese the saved choice.)
      for (const [path, lang] of [
        ['/no-such-page', 'zh-CN'],
        ['/stops/no-such-stop?lang=en', 'en'],
      ] as const) {
        const page = await browser.context.newPage();
        const errors = collectErrors(page);
        const answer = await page.goto(baseUrl + path);
        expect(answer?.status(), path).toBe(404);
        const html = (await answer?.text()) ?? '';
        expect(htmlLang(html), path).toBe(lang);
        expect(readable(html), path).toContain(strings('common', lang).notFoundTitle);
        await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
        expect(await page.locator('h1').innerText(), path).toBe(
          strings('common', lang).notFoundTitle,
        );
        expect(errors, path).toEqual([]);
        await page.close();
      }
    } finally {
      await browser.context.setOffline(false);
    }
  });
});

describe('before the app has started', () => {
  it("a tick of the handout's in-depth box is followed once the app is there", async () => {
    // Scripts load after the first paint: a visitor can tick the prerendered box before they run.
    const browser = await launch();
    try {
      const page = await browser.context.newPage();
      const errors = collectErrors(page);
      let releaseScripts = () => {};
      const scriptsHeld = new Promise<void>((resolve) => {
        releaseScripts = resolve;
      });
      await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
        await scriptsHeld;
        await route.continue();
      });
      await page.goto(`${baseUrl}/tours/${tour.id}/print?lang=en`, { waitUntil: 'commit' });
      const box = page.getByRole('checkbox', { name: strings('handout', 'en').includeDepth });
      await box.check();
      expect(await page.evaluate(() => document.documentElement.dataset.app)).toBeUndefined();
      releaseScripts();
      await page.waitForURL(`**/tours/${tour.id}/print?depth=1`);
      await page.locator('.handout-stop__depth').first().waitFor();
      expect(await box.isChecked()).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await browser.close();
    }
  });
});

describe('with JavaScript turned off', () => {
  it('a stop can still be read, and switched to the other language', async () => {
    const browser = await launch({ javaScriptEnabled: false });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${baseUrl}/stops/${stop.id}?lang=en`);
      expect(await page.locator('h1').innerText()).toBe(stop.title.en);
      expect(await page.locator('.prose').isVisible()).toBe(true);
      const prose = await page.locator('.prose').innerText();
      expect(prose.replace(/\s+/g, ' ')).toContain(readable(stop.body.en).slice(0, 60));
      expect(await page.locator('.key-facts').first().isVisible()).toBe(true);
      expect(await page.evaluate(() => document.documentElement.dataset.app)).toBeUndefined();
      // The language switch is a link: the same stop in Chinese, from the server.
      await page.locator('.language-switch').click();
      await page.waitForURL(`${baseUrl}/stops/${stop.id}?lang=zh-CN`);
      expect(await page.locator('h1').innerText()).toBe(stop.title['zh-CN']);
      expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
      await page.close();
    } finally {
      await browser.close();
    }
  });
});
