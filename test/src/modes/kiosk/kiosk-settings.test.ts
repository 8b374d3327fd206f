import { describe, expect, it } from 'vitest';
import { attractUrl, idleSettings } from '../../../../src/modes/kiosk/kiosk-settings.ts';

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
  });

  it('ignores overrides that are not a positive number of seconds', () => {
    for (const search of ['?idle=0', '?idle=-3', '?idle=abc', '?idle=', '?idle=86401']) {
      expect(idleSettings(kiosk, search).idleMs, search).toBe(90_000);
    }
  });

  it('returns to /kiosk with the set-up overrides only', () => {
    expect(attractUrl('')).toBe('/kiosk');
    expect(attractUrl('?lang=en&idle=2&countdown=2&x=1')).toBe('/kiosk?idle=2&countdown=2');
  });
});
