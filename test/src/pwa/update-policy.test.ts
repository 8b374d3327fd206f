import { describe, expect, it } from 'vitest';
import {
  checkIntervalSeconds,
  DEFAULT_CHECK_SECONDS,
  MIN_CHECK_SECONDS,
  shouldCheckForUpdate,
} from '../../../src/pwa/update-checks.ts';
import { decideUpdate } from '../../../src/pwa/update-policy.ts';

describe('decideUpdate', () => {
  it('does nothing in any mode when no update waits', () => {
    for (const mode of ['visitor', 'kiosk', 'guide'] as const) {
      for (const moment of ['showing', 'accepted', 'idle-reset'] as const) {
        expect(decideUpdate(mode, false, moment), `${mode} ${moment}`).toBe('none');
      }
    }
  });

  it('shows the visitor a banner and applies only when they accept', () => {
    expect(decideUpdate('visitor', true, 'showing')).toBe('banner');
    expect(decideUpdate('visitor', true, 'accepted')).toBe('apply');
    // A phone has no idle reset: a stray call must not reload under the reader.
    expect(decideUpdate('visitor', true, 'idle-reset')).toBe('banner');
  });

  it('shows the guide a discreet indicator and applies only when the guide chooses', () => {
    expect(decideUpdate('guide', true, 'showing')).toBe('indicator');
    expect(decideUpdate('guide', true, 'idle-reset')).toBe('indicator');
    expect(decideUpdate('guide', true, 'accepted')).toBe('apply');
  });

  it('shows nothing on the kiosk and applies at the idle reset (or when staff choose)', () => {
    expect(decideUpdate('kiosk', true, 'showing')).toBe('none');
    expect(decideUpdate('kiosk', true, 'idle-reset')).toBe('apply');
    expect(decideUpdate('kiosk', true, 'accepted')).toBe('apply');
  });
});

describe('checkIntervalSeconds', () => {
  it('defaults to 30 minutes', () => {
    expect(DEFAULT_CHECK_SECONDS).toBe(1800);
    expect(checkIntervalSeconds(null, null)).toBe(DEFAULT_CHECK_SECONDS);
  });

  it('takes ?updateCheck= first, then the value remembered for the tab', () => {
    expect(checkIntervalSeconds('600', '120')).toBe(600);
    expect(checkIntervalSeconds(null, '120')).toBe(120);
  });

  it('ignores values that are not a positive number of seconds', () => {
    for (const bad of ['', ' ', 'abc', '0', '-5', 'Infinity', 'NaN']) {
      expect(checkIntervalSeconds(bad, null), JSON.stringify(bad)).toBe(DEFAULT_CHECK_SECONDS);
    }
    expect(checkIntervalSeconds('abc', '90')).toBe(90);
  });

  it('never checks more often than the minimum', () => {
    expect(checkIntervalSeconds('0.1', null)).toBe(MIN_CHECK_SECONDS);
  });
});

describe('shouldCheckForUpdate', () => {
  it('checks only while online and while no new version is installing', () => {
    expect(shouldCheckForUpdate({ online: true, installing: false })).toBe(true);
    expect(shouldCheckForUpdate({ online: false, installing: false })).toBe(false);
    expect(shouldCheckForUpdate({ online: true, installing: true })).toBe(false);
  });
});
