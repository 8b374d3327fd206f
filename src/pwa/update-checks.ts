// When a long-running device asks the server for a new version. Pure, unit-tested
// (test/src/pwa/update-policy.test.ts); used by register.ts only, so it stays out of the initial JS.

/** Default time between update checks of a long-running kiosk or tablet (it never navigates). */
export const DEFAULT_CHECK_SECONDS = 30 * 60;
/** Checks closer together than this would only load the server. */
export const MIN_CHECK_SECONDS = 2;

/**
 * Seconds between update checks: `?updateCheck=<seconds>` (remembered for the tab, so it survives
 * the reload that applies an update), else the default. Invalid values fall back to the default.
 */
export function checkIntervalSeconds(query: string | null, remembered: string | null): number {
  for (const value of [query, remembered]) {
    if (value === null || value.trim() === '') continue;
    const seconds = Number(value);
    if (Number.isFinite(seconds) && seconds > 0) return Math.max(MIN_CHECK_SECONDS, seconds);
  }
  return DEFAULT_CHECK_SECONDS;
}

/** Whether a periodic check should ask the server now. */
export function shouldCheckForUpdate(state: { online: boolean; installing: boolean }): boolean {
  // Offline, the request can only fail; while a new version installs, asking again restarts nothing.
  return state.online && !state.installing;
}
