import { describe, expect, it } from 'vitest';
import { clampSeconds, MAX_TIMER_SECONDS, secondsParam } from '../../../src/query/seconds-param.ts';

const range = { min: 2, max: 600 };

describe('secondsParam', () => {
  it('reads plain seconds, fractions and exponents', () => {
    expect(secondsParam('90', range)).toBe(90);
    expect(secondsParam(' 7.5 ', range)).toBe(7.5);
    expect(secondsParam('.5e1', range)).toBe(5);
    expect(secondsParam('3E2', range)).toBe(300);
  });

  it('clamps huge values to the range, never past what a timer can wait', () => {
    for (const huge of ['601', '2147484', '1e12', '1e400', '9'.repeat(400)]) {
      expect(secondsParam(huge, range), huge).toBe(600);
    }
    expect(secondsParam('1e12', { min: 1, max: Number.MAX_VALUE })).toBe(MAX_TIMER_SECONDS);
  });

  it('raises tiny positive values to the minimum', () => {
    expect(secondsParam('0.001', range)).toBe(2);
    expect(secondsParam('1e-300', range)).toBe(2);
  });

  it('gives undefined (the default) for absent, empty, zero, negative and non-numeric values', () => {
    const bad = [null, undefined, '', ' ', '0', '0.0', '-5', '-1e12', '+5', 'abc', '5s', '0x10'];
    for (const value of [...bad, 'NaN', 'Infinity', '-Infinity', '1,5', '1e', '.', '5 5', '１０']) {
      expect(secondsParam(value, range), JSON.stringify(value)).toBeUndefined();
    }
  });
});

describe('clampSeconds', () => {
  it('keeps a configured value inside the range', () => {
    expect(clampSeconds(90, range)).toBe(90);
    expect(clampSeconds(1e9, range)).toBe(600);
    expect(clampSeconds(-3, range)).toBe(2);
    expect(clampSeconds(Number.POSITIVE_INFINITY, range)).toBe(600);
    expect(clampSeconds(Number.NaN, range)).toBe(2);
  });
});
