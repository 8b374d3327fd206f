import { describe, expect, it } from 'vitest';
import {
  CHECK_RANGE,
  checkIntervalSeconds,
  DEFAULT_CHECK_SECONDS,
  shouldCheckForUpdate,
} from '../../../src/pwa/update-checks.ts';

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
    for (const bad of ['', ' ', 'abc', '0', '-5', '-1e12', 'Infinity', 'NaN', '0x10']) {
      expect(checkIntervalSeconds(bad, null), JSON.stringify(bad)).toBe(DEFAULT_CHECK_SECONDS);
    }
    expect(checkIntervalSeconds('abc', '90')).toBe(90);
  });

  it('clamps into 2 s … 24 h, so the interval never overflows the browser timer', () => {
    expect(CHECK_RANGE).toEqual({ min: 2, max: 86_400 });
    expect(checkIntervalSeconds('0.1', null)).toBe(2);
    // Above ~2,147,483 s a browser runs setInterval with no delay: hundreds of checks a second.
    for (const huge of ['2147484', '1e12', '1e400']) {
      expect(checkIntervalSeconds(huge, null), huge).toBe(86_400);
      expect(checkIntervalSeconds(null, huge), huge).toBe(86_400);
    }
    expect(checkIntervalSeconds('1e12', null) * 1000).toBeLessThan(2 ** 31 - 1);
  });
});

describe('shouldCheckForUpdate', () => {
  it('checks only while online and while no new version is installing', () => {
    expect(shouldCheckForUpdate({ online: true, installing: false })).toBe(true);
    expect(shouldCheckForUpdate({ online: false, installing: false })).toBe(false);
    expect(shouldCheckForUpdate({ online: true, installing: true })).toBe(false);
  });
});
