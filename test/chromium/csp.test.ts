import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../pipeline/security-headers.ts';
import { builtContent } from '../support/built-content.ts';
import { appStarted, type Browser, launch } from './support/browser.ts';

// The built app runs under the strict Content Security Policy of pipeline/security-headers.ts (the
// test server sends it, as nginx does): walking every kind of page reports no violation.

const baseUrl = inject('baseUrl');
const content = builtContent();
const tour = content.tours.find((t) => t.id === content.site.kiosk.defaultTour) ?? content.tours[0];
const stopWithTerm = content.stops.find((stop) => stop.terms.length > 0) ?? content.stops[0];
let browser: Browser;
const violations: string[] = [];

beforeAll(async () => {
  // Service workers allowed: the worker's registration and its script run under the policy too.
  browser = await launch({ serviceWorkers: 'allow' });
  await browser.context.exposeBinding('__reportCspViolation', (_source, text: string) => {
    violations.push(text);
  });
  await browser.context.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const report = (window as unknown as { __reportCspViolation(text: string): void })
          .__reportCspViolation;
        report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
      },
      true,
    );
  });
});
afterAll(async () => {
  await browser?.close();
});

/** Console messages Chromium logs for CSP (e.g. "Refused to execute inline script …"). */
function cspConsole(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) messages.push(message.text());
  });
  return messages;
}

/** Lets pending work (lazy chunks, fonts, images) finish before the violations are read. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
}

describe('strict Content Security Policy', () => {
  it('is sent with the app and its assets, with the other security headers', async () => {
    const page = await browser.context.newPage();
    for (const path of ['/', `/stops/${tour.stops[0].stop}`, '/favicon.svg', '/no-such-file.js']) {
      const response = await page.request.get(baseUrl + path);
      const headers = response.headers();
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(headers[name.toLowerCase()], `${name} on ${path}`).toBe(value);
      }
    }
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    await page.close();
  });

  it('reports a violation when an inline script is injected (the listener works)', async () => {
    violations.length = 0;
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.locator('h1').first().waitFor();
    await page.addScriptTag({ content: 'window.__inlineRan = true;' }).catch(() => undefined);
    await page.waitForFunction(() => document.readyState === 'complete');
    expect(await page.evaluate(() => '__inlineRan' in window)).toBe(false);
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(violations[0]).toMatch(/^script-src/);
    await page.close();
  });

  it('walks home → tour → stop → term → glossary → handout → kiosk → guide → signs with no violation', async () => {
    violations.length = 0;
    const page = await browser.context.newPage();
    const messages = cspConsole(page);

    await page.goto(`${baseUrl}/?lang=en`);
    await page.locator('h1').first().waitFor();
    await appStarted(page);
    await page.getByRole('link', { name: tour.title.en }).click();
    await page.waitForURL(`**/tours/${tour.id}`);
    await page.goto(`${baseUrl}/stops/${stopWithTerm.id}`);
    await page.locator('.prose').waitFor();
    await appStarted(page);
    await page.locator('.language-switch').click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    if (stopWithTerm.terms.length > 0) {
      await page.locator('.prose [data-term]').first().click();
      await page.locator('dialog[open]').waitFor();
      await page.keyboard.press('Escape');
    }
    await settle(page);
    await page.locator('a[href="/glossary"]').first().click();
    await page.locator('.glossary-entry').first().waitFor();
    await page.goto(`${baseUrl}/tours/${tour.id}/print?languages=both`);
    await page.locator('.handout-stop').first().waitFor();
    await settle(page);
    // The kiosk and guide modes may have no h1 on their first screen: wait for the app to start.
    for (const path of ['/kiosk', '/guide', '/no/such/page']) {
      await page.goto(baseUrl + path);
      await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
      await settle(page);
    }
    await page.goto(`${baseUrl}/print/signs.html`);
    await page.locator('.sign__qr').first().waitFor();
    await settle(page);
    expect(violations).toEqual([]);
    expect(messages).toEqual([]);
    await page.close();
  });
});
