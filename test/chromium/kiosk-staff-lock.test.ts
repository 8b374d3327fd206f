// The kiosk's staff PIN lock in real Chromium: the waits after wrong PINs, with their countdown,
// survive a reload; PINs of up to 12 digits.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { STORAGE_KEYS } from '../../src/storage/keys.ts';
import { type Browser, launch } from './support/browser.ts';
import {
  clearKioskStorage,
  enterPin,
  kioskText,
  openKiosk,
  openPinPad,
  PIN,
  WRONG_PIN,
} from './support/kiosk.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launch({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
});
afterAll(async () => {
  await browser?.close();
});
afterEach(() => clearKioskStorage(browser));

describe('kiosk staff PIN lock', () => {
  it('waits after five wrong PINs, keeps waiting across a reload, and doubles the wait', async () => {
    const { page, errors } = await openKiosk(browser);
    await page.clock.install();
    await page.reload();
    await page.locator('.attract').waitFor();
    const message = page.locator('.pin-dialog__message');
    const timer = page.getByRole('timer');
    // The page's clock still flows while the test reads: a busy machine may take a second.
    const expectTimer = async (...times: string[]) => {
      const texts = await Promise.all(times.map((time) => kioskText(page, 'pinWait', { time })));
      expect(texts).toContain(await timer.innerText());
    };

    await openPinPad(page);
    expect(await message.innerText()).toBe('');
    await enterPin(page, '123');
    expect(await message.innerText()).toBe(
      await kioskText(page, 'pinShort', { min: '4', max: '12' }),
    );
    for (let i = 0; i < 4; i++) {
      await enterPin(page, WRONG_PIN);
      await page.getByText(await kioskText(page, 'pinWrong')).waitFor();
      await page.locator('.pin-pad__key[data-key="ok"]:not([disabled])').waitFor();
    }
    await enterPin(page, WRONG_PIN);
    const locked = (time: string) => kioskText(page, 'pinLocked', { time });
    await page.getByText(await locked('0:30')).waitFor();
    expect(await message.getAttribute('role')).toBe('status'); // announced politely, once
    await expectTimer('0:30', '0:29');
    await page.clock.runFor(2000);
    await expectTimer('0:28', '0:27');
    // While it waits, even the right PIN is not checked.
    await enterPin(page, PIN);
    expect(await page.locator('dialog.staff-panel[open]').count()).toBe(0);

    // A reload does not lift the wait.
    await page.reload();
    await page.locator('.attract').waitFor();
    await openPinPad(page);
    const [before, after] = (await kioskText(page, 'pinLocked')).split('{{time}}');
    const afterReload = await message.innerText();
    expect(afterReload.startsWith(before) && afterReload.endsWith(after), afterReload).toBe(true);
    const left = Number(/0:(\d\d)/.exec(afterReload)?.[1]);
    expect(left).toBeGreaterThan(10);
    expect(left).toBeLessThan(29);
    await enterPin(page, PIN);
    expect(await page.locator('dialog.staff-panel[open]').count()).toBe(0);

    await page.clock.runFor(31_000);
    expect(await message.innerText()).toBe(await kioskText(page, 'pinUnlocked'));
    expect(await timer.isHidden()).toBe(true);
    // One more wrong PIN: twice the wait.
    await enterPin(page, WRONG_PIN);
    await page.getByText(await locked('1:00')).waitFor();
    await expectTimer('1:00', '0:59');

    await page.clock.runFor(61_000);
    await enterPin(page, PIN);
    await page.locator('dialog.staff-panel[open]').waitFor();
    // The right PIN clears the count.
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEYS.kioskPinLock)).toBe(
      null,
    );
    expect(errors).toEqual([]);
  });

  it('takes PINs of up to 12 digits on the keypad', async () => {
    const { page } = await openKiosk(browser);
    await openPinPad(page);
    for (const digit of '1234567890123') {
      await page.locator(`.pin-pad__key[data-key="${digit}"]`).click();
    }
    expect(await page.locator('#staff-pin').inputValue()).toBe('123456789012');
  });
});
