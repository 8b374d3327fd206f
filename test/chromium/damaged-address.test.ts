import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Browser, collectErrors, launch } from './support/browser.ts';
import { serviceWorkerInControl, strings } from './support/offline.ts';

// A damaged address (a malformed escape from a mistyped or truncated link) that reaches the app,
// as it does through the service worker's navigation fallback or a static host, shows the mode's
// friendly "not found" page: the router must never throw on it and leave a blank page.

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch({ serviceWorkers: 'allow' });
  const page = await browser.context.newPage();
  await page.goto(`${baseUrl}/`);
  await serviceWorkerInControl(page);
  await page.close();
});
afterAll(async () => {
  await browser?.close();
});

describe('a damaged address answered by the service worker', () => {
  it.each(['/stops/%ff?lang=en', '/tours/%E0%A4%A?lang=en', '/kiosk/stops/%ff'])(
    '%s shows the friendly page',
    async (path) => {
      const page = await browser.context.newPage();
      const errors = collectErrors(page);
      await page.goto(baseUrl + path);
      // In the page's language (the kiosk starts in the site's default language).
      await expect
        .poll(async () => {
          const lang = await page.evaluate(() => document.documentElement.lang);
          return (await page.locator('h1').innerText()) === strings('common', lang).notFoundTitle;
        })
        .toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('/guide/%E0%A4%A still shows the guide, not a blank page', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${baseUrl}/guide/%E0%A4%A`);
    await expect.poll(() => page.locator('h1').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
