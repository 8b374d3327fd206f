// When a long-running device asks the server for a new version. Pure, unit-tested
// (test/src/pwa/update-checks.test.ts); used by register.ts only, so it stays out of the initial JS.
import { type SecondsRange, secondsParam } from '../query/seconds-param.ts';

/** Default time between update checks of a long-running kiosk or tablet (it never navigates). */
export const DEFAULT_CHECK_SECONDS = 30 * 60;
/**
 * `?updateCheck=` accepts 2 s (tests and set-up watch an update arrive) to a day (a device
 * checks at least daily; far below the 24.8-day timer limit past which a browser fires at once).
 */
export const CHECK_RANGE: SecondsRange = { min: 2, max: 24 * 60 * 60 };

/**
 * Seconds between update checks: `?updateCheck=<seconds>` (remembered for the tab, so it survives
 * the reload that applies an update), else the default. Both are clamped into CHECK_RANGE;
 * anything that is not a positive number falls back to the next source, then the default.
 */
export function checkIntervalSeconds(query: string | null, remembered: string | null): number {
  return (
    secondsParam(query, CHECK_RANGE) ??
    secondsParam(remembered, CHECK_RANGE) ??
    DEFAULT_CHECK_SECONDS
  );
}

/** Whether a periodic check should ask the server now. */
export function shouldCheckForUpdate(state: { online: boolean; installing: boolean }): boolean {
  // Offline, the request can only fail; while a new version installs, asking again restarts nothing.
  return state.online && !state.installing;
}
