// How long the staff keypad waits after wrong PINs, kept on the device so a reload does not lift
// it: four wrong PINs in a row are free, the fifth locks the keypad for 30 seconds, and each
// further wrong PIN doubles the wait, up to 15 minutes. The right PIN clears it.
import * as v from 'valibot';
import { STORAGE_KEYS } from '../../storage/keys.ts';
import { clamped } from '../../storage/schema-parts.ts';
import { storedValue } from '../../storage/stored-value.ts';

export const FREE_TRIES = 4;
export const FIRST_WAIT_MS = 30_000;
export const LONGEST_WAIT_MS = 15 * 60_000;

export interface PinLock {
  /** Wrong PINs in a row. */
  wrong: number;
  /** When the keypad checks a PIN again (ms since the epoch; 0: not locked). */
  lockedUntil: number;
}

export const NO_LOCK: PinLock = { wrong: 0, lockedUntil: 0 };

const stored = storedValue<PinLock>({
  key: STORAGE_KEYS.kioskPinLock,
  schema: v.object({
    wrong: clamped(0, 1000, true),
    // Never further ahead than the longest wait: a clock set back must not lock staff out.
    lockedUntil: v.pipe(
      v.number(),
      v.finite(),
      v.transform((n) => Math.max(0, Math.min(n, Date.now() + LONGEST_WAIT_MS))),
    ),
  }),
  fallback: NO_LOCK,
});

/** The wait after `wrong` wrong PINs in a row. */
export function waitAfter(wrong: number): number {
  if (wrong <= FREE_TRIES) return 0;
  return Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** (wrong - FREE_TRIES - 1));
}

/** The lock after one more wrong PIN at `now`. */
export function afterWrongPin(lock: PinLock, now: number): PinLock {
  const wrong = Math.min(lock.wrong + 1, 1000);
  const wait = waitAfter(wrong);
  return { wrong, lockedUntil: wait > 0 ? now + wait : 0 };
}

/** How long the keypad still waits at `now` (0: a PIN may be checked). */
export function remainingWait(lock: PinLock, now: number): number {
  return Math.max(0, lock.lockedUntil - now);
}

// Where storage refuses the lock (disabled, full), it still holds for the life of the page.
let unsaved: PinLock | undefined;

export function loadPinLock(): PinLock {
  return unsaved ?? stored.load();
}

export function savePinLock(lock: PinLock): void {
  unsaved = undefined;
  if (lock.wrong === 0) stored.remove();
  else if (!stored.save(lock)) unsaved = lock;
}

/** `m:ss`, whole seconds rounded up (a wait never shows 0:00 while it lasts). */
export function formatWait(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
