// The kiosk's timings: from content/site.yaml, overridden by `?idle=` / `?countdown=` on the
// /kiosk URL (set-up and tests). Read once when the kiosk starts and kept for the whole page life:
// the kiosk's own routes carry no query, and the attract screen returns to the start URL.
import type { KioskSettings } from '../../content/types.ts';
import type { IdleSettings } from './idle-machine.ts';

/** Longest accepted override: a day. */
const MAX_SECONDS = 86_400;

/** A positive number of seconds (fractions allowed, e.g. `0.5` for the soak benchmark), else undefined. */
function seconds(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) && number > 0 && number <= MAX_SECONDS ? number : undefined;
}

export function idleSettings(kiosk: KioskSettings, search: string): IdleSettings {
  const query = new URLSearchParams(search);
  return {
    idleMs: (seconds(query.get('idle')) ?? kiosk.idleSeconds) * 1000,
    countdownMs: (seconds(query.get('countdown')) ?? kiosk.countdownSeconds) * 1000,
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
