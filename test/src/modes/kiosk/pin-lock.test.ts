// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  afterWrongPin,
  FIRST_WAIT_MS,
  formatWait,
  LONGEST_WAIT_MS,
  NO_LOCK,
  type PinLock,
  remainingWait,
  waitAfter,
} from '../../../../src/modes/kiosk/pin-lock.ts';

const KEY = 'sbc-kiosk.pin-lock';
const NOW = Date.UTC(2026, 4, 20, 9, 0, 0);

/** The module as a reloaded page finds it. */
async function reload() {
  vi.resetModules();
  return import('../../../../src/modes/kiosk/pin-lock.ts');
}

beforeEach(() => {
  localStorage.clear();
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the staff PIN lock', () => {
  it('lets four wrong PINs go, then waits 30 s, doubling to at most 15 minutes', () => {
    const waits = Array.from({ length: 12 }, (_, i) => waitAfter(i + 1) / 1000);
    expect(waits).toEqual([0, 0, 0, 0, 30, 60, 120, 240, 480, 900, 900, 900]);
    expect(waitAfter(1e9)).toBe(LONGEST_WAIT_MS);
  });

  it('counts wrong PINs and locks from the fifth', () => {
    let lock: PinLock = NO_LOCK;
    for (let i = 0; i < 4; i++) lock = afterWrongPin(lock, NOW);
    expect(lock).toEqual({ wrong: 4, lockedUntil: 0 });
    expect(remainingWait(lock, NOW)).toBe(0);
    lock = afterWrongPin(lock, NOW);
    expect(remainingWait(lock, NOW)).toBe(FIRST_WAIT_MS);
    expect(remainingWait(lock, NOW + FIRST_WAIT_MS)).toBe(0);
    expect(remainingWait(afterWrongPin(lock, NOW), NOW)).toBe(2 * FIRST_WAIT_MS);
  });

  it('keeps the lock across a reload', async () => {
    let store = await reload();
    let lock = store.loadPinLock();
    for (let i = 0; i < 5; i++) lock = store.afterWrongPin(lock, NOW);
    store.savePinLock(lock);

    store = await reload();
    expect(remainingWait(store.loadPinLock(), NOW + 1000)).toBe(FIRST_WAIT_MS - 1000);
    store.savePinLock(NO_LOCK); // the right PIN
    expect(localStorage.getItem(KEY)).toBeNull();
    expect((await reload()).loadPinLock()).toEqual(NO_LOCK);
  });

  it('never waits longer than the longest wait, whatever is stored (a clock set back, a hand edit)', async () => {
    localStorage.setItem(KEY, '{"wrong":1e308,"lockedUntil":1e308}');
    const lock = (await reload()).loadPinLock();
    expect(lock).toEqual({ wrong: 1000, lockedUntil: NOW + LONGEST_WAIT_MS });
    // Written back clamped: the wait ends, it is not pushed on at every load.
    vi.setSystemTime(NOW + LONGEST_WAIT_MS);
    expect(remainingWait((await reload()).loadPinLock(), Date.now())).toBe(0);
  });

  it.each([
    ['text', '"locked"'],
    ['wrong types', '{"wrong":"5","lockedUntil":"later"}'],
    ['not JSON', '{'],
  ])('reads %s as no lock', async (_, stored) => {
    localStorage.setItem(KEY, stored);
    expect((await reload()).loadPinLock()).toEqual(NO_LOCK);
  });

  it('holds the lock for the page when storage refuses it', async () => {
    const store = await reload();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const lock = { wrong: 5, lockedUntil: NOW + FIRST_WAIT_MS };
    store.savePinLock(lock);
    expect(store.loadPinLock()).toEqual(lock);
  });

  it('shows the wait as m:ss, rounded up', () => {
    expect(formatWait(30_000)).toBe('0:30');
    expect(formatWait(29_001)).toBe('0:30');
    expect(formatWait(900_000)).toBe('15:00');
    expect(formatWait(-5)).toBe('0:00');
  });
});
