// After one online visit the whole tour works with no network: every page in both languages,
// with its images and its fonts, in fresh tabs (as a tablet carried into a basement).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { precacheUrls } from '../../scripts/lib/precache-list.ts';
import { builtContent, LANGUAGES } from '../support/built-content.ts';
import {
  appStarted,
  axeViolations,
  type Browser,
  collectErrors,
  launch,
} from './support/browser.ts';
import {
  allImagesLoaded,
  fontsUsedOnPage,
  precacheHolds,
  serviceWorkerInControl,
  strings,
  waitInPage,
} from './support/offline.ts';

const baseUrl = inject('baseUrl');
const content = builtContent();
let browser: Browser;

beforeAll(async () => {
  browser = await launch({ serviceWorkers: 'allow' });
  // The one online visit: the home page, nothing else.
  const page = await browser.context.newPage();
  await page.goto(`${baseUrl}/`);
  await serviceWorkerInControl(page);
  await page.close();
});
afterAll(async () => {
  await browser?.close();
});

/** Every page a visitor can reach, with the h1 it must show. */
function pages(lang: (typeof LANGUAGES)[number]): { path: string; h1: string }[] {
  const common = strings('common', lang);
  return [
    { path: '/', h1: content.site.name[lang] },
    ...content.tours.map((tour) => ({ path: `/tours/${tour.id}`, h1: tour.title[lang] })),
    ...content.stops.map((stop) => ({ path: `/stops/${stop.id}`, h1: stop.title[lang] })),
    { path: '/glossary', h1: common.glossary },
    { path: '/this/page/does/not/exist', h1: common.notFoundTitle },
  ];
}

async function openOffline(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors = collectErrors(page);
  await page.goto(baseUrl + path);
  await page.locator('h1').first().waitFor();
  await appStarted(page);
  return { page, errors };
}

describe('offline', () => {
  it('is installable: Chromium reports no installability errors', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/`);
    await serviceWorkerInControl(page);
    const cdp = await browser.context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
    await page.close();
  });

  for (const lang of LANGUAGES) {
    it(`shows every page in ${lang} with no network, with its images, in the device's CJK font`, async () => {
      await browser.context.setOffline(true);
      try {
        for (const { path, h1 } of pages(lang)) {
          const { page, errors } = await openOffline(`${path}?lang=${lang}`);
          expect(await page.locator('h1').first().innerText(), path).toBe(h1);
          if (path.startsWith('/stops/')) {
            await page.locator('.prose').waitFor();
            await appStarted(page);
            const stop = content.stops.find((s) => path === `/stops/${s.id}`)!;
            expect(await allImagesLoaded(page), path).toBe(stop.images.length);
          }
          if (path === '/glossary') await page.locator('.glossary-entry').first().waitFor();
          await page.evaluate(() => document.fonts.ready.then(() => undefined));
          // This machine has a CJK system font (as every phone does): the page is drawn with it,
          // the web font is never needed (test/chromium/fonts.test.ts: a device without one).
          const fonts = await fontsUsedOnPage(page);
          expect(
            fonts.map((font) => font.familyName),
            path,
          ).toContain('Noto Sans CJK SC');
          expect(
            fonts.filter((font) => font.isCustomFont),
            `${path}: text drawn with the web font`,
          ).toEqual([]);
          expect(errors, path).toEqual([]);
          await page.close();
        }
      } finally {
        await browser.context.setOffline(false);
      }
    });
  }

  it('shows the offline indicator when the network goes, and hides it when it returns', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/?lang=en`);
    await appStarted(page);
    const indicator = page.locator('.offline-indicator__text');
    expect(await indicator.count()).toBe(0);
    await browser.context.setOffline(true);
    try {
      await indicator.waitFor();
      expect(await indicator.innerText()).toBe(strings('pwa', 'en').offline);
      expect(await axeViolations(page)).toEqual([]);
      await page.locator('.language-switch').click();
      await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
      expect(await indicator.innerText()).toBe(strings('pwa', 'zh-CN').offline);
    } finally {
      await browser.context.setOffline(false);
    }
    await indicator.waitFor({ state: 'detached' });
    await page.close();
  });

  it('keeps version.json network-only: fresh when online, never answered from a cache', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/`);
    await serviceWorkerInControl(page);
    const online = await page.evaluate(() =>
      fetch('/version.json', { cache: 'no-store' }).then((r) => r.json()),
    );
    expect(online).toEqual({
      buildId: expect.any(String),
      buildTime: expect.any(String),
      contentVersion: content.version,
    });
    expect(await page.evaluate(() => caches.match('/version.json'))).toBeUndefined();
    await browser.context.setOffline(true);
    try {
      const offline = await page.evaluate(() =>
        fetch('/version.json').then(
          () => 'answered',
          () => 'failed',
        ),
      );
      expect(offline).toBe('failed');
    } finally {
      await browser.context.setOffline(false);
    }
    await page.close();
  });

  it('opens the rest of the tour offline after a first visit straight to a stop’s QR link', async () => {
    const tour = content.tours[0];
    const [first, ...rest] = tour.stops.map((entry) => entry.stop);
    const fresh = await launch({ serviceWorkers: 'allow' });
    try {
      const page = await fresh.context.newPage();
      const errors = collectErrors(page);
      // A QR sign links to a bare /stops/<id>; the visitor then walks on without a network.
      await page.goto(`${baseUrl}/stops/${rest[0] ?? first}?lang=en`);
      await page.locator('.prose').waitFor();
      await appStarted(page);
      await serviceWorkerInControl(page);
      await fresh.context.setOffline(true);

      // In the same tab: back to the tour's start, then every stop with "Next".
      await page.goto(`${baseUrl}/tours/${tour.id}?lang=en`);
      expect(await page.locator('h1').first().innerText()).toBe(tour.title.en);
      await page.locator('.action-bar a').click();
      for (const [index, stopId] of [first, ...rest].entries()) {
        await page.waitForURL(`**/stops/${stopId}?tour=${tour.id}`);
        await page.locator('.prose').waitFor();
        await appStarted(page);
        const stop = content.stops.find((s) => s.id === stopId)!;
        expect(await page.locator('h1').first().innerText()).toBe(stop.title.en);
        expect(await allImagesLoaded(page)).toBe(stop.images.length);
        if (index < rest.length) await page.locator('a[rel="next"]').click();
      }
      // A fresh tab too, and the glossary, never visited.
      const tab = await fresh.context.newPage();
      await tab.goto(`${baseUrl}/glossary?lang=zh-CN`);
      await tab.locator('.glossary-entry').first().waitFor();
      await appStarted(tab);
      expect(await tab.locator('.glossary-entry').count()).toBe(content.glossary.length);
      expect(errors).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('refills the precache the browser evicted, without a new version, and works offline again', async () => {
    const expected = precacheUrls('dist').length;
    const fresh = await launch({ serviceWorkers: 'allow' });
    try {
      const page = await fresh.context.newPage();
      const errors = collectErrors(page);
      await page.goto(`${baseUrl}/?lang=en`);
      await serviceWorkerInControl(page);
      await waitInPage(page, precacheHolds, expected);

      // A storage clean-up: every cache goes, the worker stays registered.
      await page.evaluate(async () => {
        for (const name of await caches.keys()) await caches.delete(name);
      });
      expect(await page.evaluate(() => caches.keys())).toEqual([]);

      // The visitor opens the app again, online: it notices and refills the whole precache.
      await page.reload();
      await page.locator('h1').first().waitFor();
      await appStarted(page);
      await waitInPage(page, precacheHolds, expected);

      await fresh.context.setOffline(true);
      for (const lang of LANGUAGES) {
        for (const { path, h1 } of pages(lang)) {
          const tab = await fresh.context.newPage();
          await tab.goto(`${baseUrl}${path}?lang=${lang}`);
          expect(await tab.locator('h1').first().innerText(), path).toBe(h1);
          if (path.startsWith('/stops/')) {
            await tab.locator('.prose').waitFor();
            await appStarted(tab);
            const stop = content.stops.find((s) => path === `/stops/${s.id}`)!;
            expect(await allImagesLoaded(tab), path).toBe(stop.images.length);
          }
          await tab.close();
        }
      }
      expect(errors).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('fails offline without the service worker (the control: the worker is what serves)', async () => {
    const blocked = await launch({ serviceWorkers: 'block' });
    try {
      const page = await blocked.context.newPage();
      await page.goto(`${baseUrl}/`);
      await blocked.context.setOffline(true);
      const failure = await page.goto(`${baseUrl}/glossary`).then(
        () => 'loaded',
        (error: Error) => error.message,
      );
      expect(failure).toContain('ERR_INTERNET_DISCONNECTED');
    } finally {
      await blocked.close();
    }
  });
});
