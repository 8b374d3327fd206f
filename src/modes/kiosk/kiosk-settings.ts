// The kiosk's timings: from content/site.yaml, overridden by `?idle=` / `?countdown=` on the
// /kiosk URL (set-up and tests). Read once when the kiosk starts and kept for the whole page life:
// the kiosk's own routes carry no query, and the attract screen returns to the start URL.
import type { KioskSettings } from '../../content/types.ts';
import { clampSeconds, type SecondsRange, secondsParam } from '../../query/seconds-param.ts';
import type { IdleSettings } from './idle-machine.ts';

/**
 * What the idle timer accepts, from site.yaml or the URL (README, "The reception kiosk").
 * Fractions are for the soak benchmark (`?idle=0.25&countdown=0.1`); past an hour a kiosk would
 * keep a visit on screen for the next visitor.
 */
export const IDLE_RANGE: SecondsRange = { min: 0.1, max: 3600 };
/** The "Are you still there?" countdown: long enough to read, short enough to count down. */
export const COUNTDOWN_RANGE: SecondsRange = { min: 0.1, max: 120 };

export function idleSettings(kiosk: KioskSettings, search: string): IdleSettings {
  const query = new URLSearchParams(search);
  const idle = secondsParam(query.get('idle'), IDLE_RANGE);
  const countdown = secondsParam(query.get('countdown'), COUNTDOWN_RANGE);
  return {
    idleMs: (idle ?? clampSeconds(kiosk.idleSeconds, IDLE_RANGE)) * 1000,
    countdownMs: (countdown ?? clampSeconds(kiosk.countdownSeconds, COUNTDOWN_RANGE)) * 1000,
  };
}

/** The attract screen's address: `/kiosk` with the set-up overrides the kiosk was started with. */
export function attractUrl(search: string): string {
  const query = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const key of ['idle', 'countdown']) {
    const value = query.get(key);
    if (value !== null) kept.set(key, value);
  }
  const rest = kept.toString();
  return rest ? `/kiosk?${rest}` : '/kiosk';
}
