import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, type Browser, collectErrors, launch } from './support/browser.ts';

// A browser that navigates to an address the tour server refuses (a broken QR link, a missing
// file) gets a short page in both languages with a way back, under the strict CSP, never a blank
// page or raw JSON.

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the tour server’s error page', () => {
  it.each([
    ['/stops/%E0%A4%A', 400, '地址无效', 'This address is not valid'],
    ['/assets/missing-0000.js', 404, '页面不存在', 'Page not found'],
  ])(
    '%s: %i in both languages, accessible, with a way back to the tour',
    async (path, status, zh, en) => {
      const page = await browser.context.newPage();
      const errors = collectErrors(page);
      const response = await page.goto(baseUrl + path);
      expect(response?.status()).toBe(status);
      expect(response?.headers()['cache-control']).toBe('no-store');
      const heading = page.locator('h1');
      await expect.poll(() => heading.innerText()).toContain(zh);
      expect(await heading.locator('[lang="en"]').innerText()).toBe(en);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      expect(await axeViolations(page)).toEqual([]);
      // Only the failed navigation itself is reported: no CSP violation, no script error.
      expect(errors.filter((error) => !/Failed to load resource/.test(error))).toEqual([]);
      await page.getByRole('link', { name: /Back to the tour/ }).click();
      await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
      expect(new URL(page.url()).pathname).toBe('/');
      await page.close();
    },
  );
});
