// What the kiosk's browser tests share: opening the kiosk, the staff gesture and the PIN pad, the
// kiosk's strings in the page's language, and wiping what the kiosk keeps on the device.
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import en from '../../../src/i18n/locales/kiosk.en.json';
import zhCN from '../../../src/i18n/locales/kiosk.zh-CN.json';
import { INDEXED_DBS } from '../../../src/storage/keys.ts';
import { type Browser, collectErrors } from './browser.ts';

const baseUrl = inject('baseUrl');
/** The staff PIN of the content under test (kiosk.test.ts checks it against the hash). */
export const PIN = process.env.KIOSK_TEST_PIN ?? '2468';
export const WRONG_PIN = PIN === '0000' ? '1111' : '0000';

export async function openKiosk(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  page.setDefaultTimeout(15_000);
  const errors = collectErrors(page);
  await page.goto(`${baseUrl}/kiosk`);
  await page.locator('.attract').waitFor();
  return { page, errors };
}

/** The hidden staff gesture: a 3-second press on the logo opens the PIN pad. */
export async function openPinPad(page: Page) {
  const box = (await page.locator('[data-staff-corner]').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.locator('dialog.pin-dialog[open]').waitFor({ timeout: 10_000 });
  await page.mouse.up();
}

export async function enterPin(page: Page, pin: string) {
  for (const digit of pin) await page.locator(`.pin-pad__key[data-key="${digit}"]`).click();
  await page.locator('.pin-pad__key[data-key="ok"]').click();
}

export async function openStaffPanel(page: Page) {
  await openPinPad(page);
  await enterPin(page, PIN);
  await page.locator('dialog.staff-panel[open] .staff-panel__counters tbody tr').first().waitFor();
}

/** A kiosk string in the page's language, as i18next fills it in. */
export async function kioskText(
  page: Page,
  key: keyof typeof en & keyof typeof zhCN,
  values: Record<string, string> = {},
) {
  const lang = await page.evaluate(() => document.documentElement.lang);
  const template = (lang === 'en' ? en : zhCN)[key] as string;
  return template.replace(/\{\{(\w+)\}\}/g, (all, name: string) => values[name] ?? all);
}

/** Forgets everything the kiosk keeps on the device (localStorage and the counter database). */
export async function clearKioskStorage(browser: Browser): Promise<void> {
  for (const page of browser.context.pages()) await page.close();
  const page = await browser.context.newPage();
  await page.goto(`${baseUrl}/version.json`); // the site, but not the app
  await page.evaluate(async (name) => {
    localStorage.clear();
    await new Promise((done) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = request.onerror = done;
    });
  }, INDEXED_DBS.kioskCounters.name);
  await page.close();
}
