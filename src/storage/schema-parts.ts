// Small schemas the stored values are built from: every one bounds what it accepts, so a stored
// value can never make the app loop over a million items or show a 300-digit number.
// (valibot: imported only by the kiosk's and the guide's chunks.)
import * as v from 'valibot';
import { ID_PATTERN, MAX_ID_LENGTH, MAX_STOP_MINUTES } from './limits.ts';

/** A content id (stop, tour). */
export const storedId = v.pipe(v.string(), v.maxLength(MAX_ID_LENGTH), v.regex(ID_PATTERN));

/** A finite number, clamped into [min, max] (and rounded, for whole numbers). */
/* @__NO_SIDE_EFFECTS__ */
export function clamped(min: number, max: number, wholeNumber = false) {
  return v.pipe(
    v.number(),
    v.finite(),
    v.transform((n) => Math.min(max, Math.max(min, wholeNumber ? Math.round(n) : n))),
  );
}

/** A moment (ms since the epoch) clamped to a window around the time it is read. */
/* @__NO_SIDE_EFFECTS__ */
export function recentTime(pastMs: number, futureMs: number) {
  return v.pipe(
    v.number(),
    v.finite(),
    v.transform((n) => {
      const now = Date.now();
      return Math.min(now + futureMs, Math.max(now - pastMs, n));
    }),
  );
}

/** Planned minutes at a stop, as the guide's timers use them. */
export const stopMinutes = clamped(1, MAX_STOP_MINUTES, true);
