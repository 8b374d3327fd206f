// Live tour helpers for the browser tests: every device (the guide's tablet, each phone, a wall
// screen) is its own browser context, with its own storage and connection, as separate devices.
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../../scripts/lib/chromium.ts';
import { builtContent } from '../../support/built-content.ts';
import { collectErrors } from './browser.ts';

const content = builtContent();
/** The longest tour: the one a delegation walks. */
export const tour = [...content.tours].sort((a, b) => b.stops.length - a.stops.length)[0];
export const tourStops = tour.stops.map(
  (entry) => content.stops.find((stop) => stop.id === entry.stop)!,
);

export interface Devices {
  browser: Browser;
  /** A new device: a context of its own (storage, cache, connections). */
  device(options?: { viewport?: { width: number; height: number }; locale?: string }): Promise<{
    context: BrowserContext;
    page: Page;
    errors: string[];
  }>;
  /** Closes every device opened so far (their connections end with them). */
  closeDevices(): Promise<void>;
  close(): Promise<void>;
}

export async function startDevices(): Promise<Devices> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const contexts: BrowserContext[] = [];
  let devicesMade = 0;
  const closeDevices = async () => {
    for (const context of contexts.splice(0)) await context.close().catch(() => undefined);
  };
  return {
    browser,
    async device(options = {}) {
      devicesMade += 1;
      const context = await browser.newContext({
        viewport: options.viewport ?? { width: 390, height: 844 },
        locale: options.locale ?? 'zh-CN',
        serviceWorkers: 'block',
        // Each device its own address (TEST-NET-2), as phones on a network have: a server that
        // trusts its loopback proxy (TRUST_PROXY) applies its per-address limits per device.
        extraHTTPHeaders: { 'x-forwarded-for': `198.51.100.${devicesMade % 250}` },
      });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      return { context, page, errors: collectErrors(page) };
    },
    closeDevices,
    async close() {
      await closeDevices();
      await browser.close();
    },
  };
}

const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** Opens the presenter on the tour, presses "Share live" and returns the join code shown. */
export async function sharePresenter(page: Page, base: string, lang = 'zh-CN'): Promise<string> {
  await page.goto(`${base}/guide/${tour.id}?lang=${lang}`);
  await page.locator('.presenter__stage').waitFor();
  await page.locator('.live-start').click();
  const code = await page.locator('.live-share__code-value').innerText();
  await page.locator('.live-share__status--live').waitFor();
  return code.trim();
}

/** Waits until a follower phone shows stop `index` of the tour, in `lang`. */
export async function followerShows(page: Page, index: number, lang = 'en', timeout = 15_000) {
  await page
    .locator(`.live-stop h1`)
    .filter({ hasText: exactly(tourStops[index].title[lang]) })
    .waitFor({ timeout });
}

/** The title a follower phone shows now. */
export async function followerTitle(page: Page): Promise<string> {
  return page.locator('.live-stop h1').innerText();
}

/** Waits until the presenter shows stop `index`. */
export async function presenterShows(page: Page, index: number, lang = 'zh-CN') {
  await page
    .locator(`.presenter__stage [lang="${lang}"] .audience-block__title`)
    .filter({ hasText: exactly(tourStops[index].title[lang]) })
    .waitFor();
}

/** Waits until the presenter says `count` devices follow. */
export async function followersShown(page: Page, count: number) {
  await page
    .locator('.live-toggle__count')
    .filter({ hasText: exactly(String(count)) })
    .waitFor();
}
