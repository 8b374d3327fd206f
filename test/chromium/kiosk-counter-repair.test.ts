// The kiosk's counter database in real Chromium, left unusable before the kiosk starts (by a
// browser clean-up, or an older or newer app version): it is made again, counting goes on, and
// the staff panel says so.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { INDEXED_DBS } from '../../src/storage/keys.ts';
import { type Browser, launch } from './support/browser.ts';
import { clearKioskStorage, kioskText, openKiosk, openStaffPanel } from './support/kiosk.ts';

const baseUrl = inject('baseUrl');
const DB = INDEXED_DBS.kioskCounters;
let browser: Browser;

beforeAll(async () => {
  browser = await launch({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
});
afterAll(async () => {
  await browser?.close();
});
afterEach(() => clearKioskStorage(browser));

type Seed = { version: number; keyPath?: string; values?: [string, unknown][]; store?: string };

/** Leaves the counter database as `seed` says, from a page of the site that is not the app. */
async function seedDatabase(seed: Seed): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(`${baseUrl}/version.json`);
  await page.evaluate(
    ({ name, seed }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(name, seed.version);
        request.onupgradeneeded = () => {
          const options = seed.keyPath ? { keyPath: seed.keyPath } : undefined;
          const store = request.result.createObjectStore(seed.store, options);
          for (const [key, value] of seed.values ?? []) store.put(value, key);
        };
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
    { name: DB.name, seed: { store: DB.store, ...seed } },
  );
  await page.close();
}

const counted = (page: Page, key: string) =>
  page.locator(`[data-counter="${key}"] .staff-panel__count`).innerText();

describe('kiosk counter database', () => {
  for (const [name, seed, reason] of [
    ['without its store, at an unexpected version', { version: 7, store: 'other' }, 'missingStore'],
    ['with a store of another shape', { version: 1, keyPath: 'id' }, 'wrongStore'],
  ] as const) {
    it(`is made again when found ${name}, and the staff panel says so`, async () => {
      await seedDatabase(seed);
      const { page, errors } = await openKiosk(browser);
      await page.locator('.attract__language[lang="en"]').click();
      await page.locator('.kiosk-tours').waitFor();
      await openStaffPanel(page);
      // Counting goes on: this visit is counted in the new database.
      expect(await counted(page, 'sessions_started:')).toBe('1');
      expect(await counted(page, 'language_chosen:en')).toBe('1');
      const notice = page.locator(`[data-counter-repair="${reason}"]`);
      const [before, after] = (await kioskText(page, 'countersRepaired')).split(/\{\{\w+\}\}/);
      expect(await notice.innerText()).toContain(before);
      expect(await notice.innerText()).toContain(after);

      // The notice stays after a reload, until staff reset the counters.
      await page.goto(`${baseUrl}/kiosk`);
      await page.locator('.attract').waitFor();
      await openStaffPanel(page);
      expect(await counted(page, 'sessions_started:')).toBe('1');
      await notice.waitFor();
      await page.getByRole('button', { name: await kioskText(page, 'resetCounters') }).click();
      await page.getByRole('button', { name: await kioskText(page, 'resetConfirm') }).click();
      await notice.waitFor({ state: 'detached' });
      expect(errors).toEqual([]);
    });
  }

  it('keeps the counts of a database at another version, and reads only well-formed counts', async () => {
    await seedDatabase({
      version: 3,
      values: [
        ['language_chosen:en', 4],
        ['sessions_started', 'lots'],
        ['idle_resets', 1e308],
        ['stop_views:welcome', -5],
        [`stop_views:${'x'.repeat(300)}`, 1],
        ['__proto__', 1],
      ],
    });
    const { page, errors } = await openKiosk(browser);
    await page.locator('.attract__language[lang="en"]').click();
    await page.locator('.kiosk-tours').waitFor();
    await openStaffPanel(page);
    expect(await counted(page, 'language_chosen:en')).toBe('5');
    expect(await counted(page, 'sessions_started:')).toBe('1'); // "lots" was not a count
    expect(await counted(page, 'idle_resets:')).toBe('0');
    expect(await counted(page, 'stop_views:welcome')).toBe('0');
    expect(await page.locator('.staff-panel__counters').innerText()).not.toContain('xxxx');
    expect(await page.locator('[data-counter-repair]').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
