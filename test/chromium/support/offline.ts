// Helpers for the offline and update tests: a service worker in control, the fonts really used
// to draw a page (Chromium's own answer, through CDP), the UI strings of a namespace.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** Waits until the service worker is active and controls the page (its precache is complete). */
export async function serviceWorkerInControl(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/**
 * Polls an async check in the page until it resolves true. (Playwright's waitForFunction takes the
 * promise an async function returns for a truthy value and resolves at once.)
 */
export async function waitInPage<A>(
  page: Page,
  check: (arg: A) => Promise<boolean>,
  arg: A,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const inPage = check as (arg: unknown) => Promise<boolean>;
  while (!(await page.evaluate(inPage, arg as unknown))) {
    if (Date.now() > deadline) throw new Error(`still false after ${timeoutMs} ms: ${check}`);
    await page.waitForTimeout(100);
  }
}

/** In the page: whether the service worker's precache holds exactly `count` entries. */
export async function precacheHolds(count: number): Promise<boolean> {
  let entries = 0;
  for (const name of await caches.keys()) {
    if (name.includes('precache')) entries += (await (await caches.open(name)).keys()).length;
  }
  return entries === count;
}

export interface UsedFont {
  familyName: string;
  isCustomFont: boolean;
  glyphCount: number;
}

/** Every font Chromium used to draw the text of the page, with its glyph count. */
export async function fontsUsedOnPage(page: Page): Promise<UsedFont[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
      nodeId: root.nodeId,
      selector: 'body *',
    });
    const used = new Map<string, UsedFont>();
    for (const nodeId of nodeIds) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      for (const font of fonts) {
        const key = `${font.familyName}|${font.isCustomFont}`;
        const entry = used.get(key) ?? { ...font, glyphCount: 0 };
        entry.glyphCount += font.glyphCount;
        used.set(key, entry);
      }
    }
    return [...used.values()];
  } finally {
    await cdp.detach();
  }
}

/** Scrolls every image into view (they load lazily) and waits until each has loaded. */
export async function allImagesLoaded(page: Page): Promise<number> {
  const images = await page.locator('img').all();
  for (const image of images) await image.scrollIntoViewIfNeeded();
  await page.waitForFunction(() =>
    [...document.images].every((image) => image.complete && image.naturalWidth > 0),
  );
  return images.length;
}

/** A locale file's strings, to compare with what a page shows (never hard-coded in a test). */
export function strings(namespace: string, lang: string): Record<string, string> {
  return JSON.parse(readFileSync(`src/i18n/locales/${namespace}.${lang}.json`, 'utf8'));
}
