import { describe, expect, it } from 'vitest';
import {
  attractUrl,
  COUNTDOWN_RANGE,
  IDLE_RANGE,
  idleSettings,
} from '../../../../src/modes/kiosk/kiosk-settings.ts';

const kiosk = { idleSeconds: 90, countdownSeconds: 15, defaultTour: 'main', staffPinHash: '' };

describe('kiosk settings', () => {
  it('uses the site configuration', () => {
    expect(idleSettings(kiosk, '')).toEqual({ idleMs: 90_000, countdownMs: 15_000 });
  });

  it('lets ?idle= and ?countdown= override it, fractions included', () => {
    expect(idleSettings(kiosk, '?idle=2&countdown=0.5')).toEqual({
      idleMs: 2000,
      countdownMs: 500,
    });
    // The soak benchmark's timings stay valid.
    expect(idleSettings(kiosk, '?idle=0.25&countdown=0.1')).toEqual({
      idleMs: 250,
      countdownMs: 100,
    });
  });

  it('ignores overrides that are not a positive number of seconds', () => {
    for (const value of ['0', '-3', '-1e9', 'abc', '', 'NaN', 'Infinity', '%20', '1e']) {
      const search = `?idle=${value}&countdown=${value}`;
      expect(idleSettings(kiosk, search), search).toEqual({ idleMs: 90_000, countdownMs: 15_000 });
    }
  });

  it('clamps absurd overrides into the ranges', () => {
    expect(idleSettings(kiosk, '?idle=1e12&countdown=99999999')).toEqual({
      idleMs: IDLE_RANGE.max * 1000,
      countdownMs: COUNTDOWN_RANGE.max * 1000,
    });
    expect(idleSettings(kiosk, '?idle=0.0001&countdown=1e-9')).toEqual({
      idleMs: IDLE_RANGE.min * 1000,
      countdownMs: COUNTDOWN_RANGE.min * 1000,
    });
    expect(IDLE_RANGE).toEqual({ min: 0.1, max: 3600 });
    expect(COUNTDOWN_RANGE).toEqual({ min: 0.1, max: 120 });
  });

  it('takes the first of repeated overrides', () => {
    expect(idleSettings(kiosk, '?idle=5&idle=9&countdown=3&countdown=1e12')).toEqual({
      idleMs: 5000,
      countdownMs: 3000,
    });
  });

  it('keeps a site.yaml value inside the same ranges (a timer never overflows)', () => {
    const absurd = { ...kiosk, idleSeconds: 1e12, countdownSeconds: 5_000_000 };
    expect(idleSettings(absurd, '')).toEqual({
      idleMs: IDLE_RANGE.max * 1000,
      countdownMs: COUNTDOWN_RANGE.max * 1000,
    });
  });

  it('returns to /kiosk with the set-up overrides only', () => {
    expect(attractUrl('')).toBe('/kiosk');
    expect(attractUrl('?lang=en&idle=2&countdown=2&x=1')).toBe('/kiosk?idle=2&countdown=2');
  });
});
