// When a waiting app update shows itself and when it is applied, per mode. Pure: no browser APIs,
// so every rule is unit-tested (test/src/pwa/update-policy.test.ts).
import type { UpdateMode } from './update-state.ts';

/**
 * The moment the question is asked:
 *   showing     the app is on screen, maybe in use: nothing may change under the user
 *   accepted    a person chose to update now (the visitor's banner, the guide, the staff panel)
 *   idle-reset  the kiosk went back to its start screen: nobody is using it
 */
export type UpdateMoment = 'showing' | 'accepted' | 'idle-reset';

/** What to do: nothing, show the visitor's banner, show the guide's discreet indicator, or apply. */
export type UpdateDecision = 'none' | 'banner' | 'indicator' | 'apply';

export function decideUpdate(
  mode: UpdateMode,
  waiting: boolean,
  moment: UpdateMoment,
): UpdateDecision {
  if (!waiting) return 'none';
  if (moment === 'accepted') return 'apply';
  switch (mode) {
    case 'visitor':
      return 'banner';
    case 'guide':
      return 'indicator';
    case 'kiosk':
      // Invisible on the kiosk: a visitor never sees a prompt; the next idle reset applies it.
      return moment === 'idle-reset' ? 'apply' : 'none';
  }
}

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
