// @vitest-environment jsdom
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_STORED_CHARS, storedValue } from '../../../src/storage/stored-value.ts';

// A test key: storedValue takes any of the registry's keys, the machinery is the same.
const KEY = 'sbc-tour.visited';
const counter = () =>
  storedValue({
    key: KEY,
    schema: v.object({
      count: v.pipe(
        v.number(),
        v.finite(),
        v.transform((n) => Math.min(100, Math.max(0, Math.round(n)))),
      ),
    }),
    fallback: { count: 0 },
  });

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('storedValue', () => {
  it('reads back what it saved', () => {
    expect(counter().save({ count: 7 })).toBe(true);
    expect(localStorage.getItem(KEY)).toBe('{"count":7}');
    expect(counter().load()).toEqual({ count: 7 });
  });

  it('gives the fallback when nothing is stored', () => {
    expect(counter().load()).toEqual({ count: 0 });
  });

  it.each([
    ['not JSON', '{count: 7'],
    ['the wrong shape', '[7]'],
    ['the wrong type', '{"count":"7"}'],
    ['null', 'null'],
    ['an empty text', ''],
    ['a number too big for a double (Infinity)', '{"count":1e309}'],
  ])('drops %s: removed from storage, the fallback instead', (_, stored) => {
    localStorage.setItem(KEY, stored);
    expect(counter().load()).toEqual({ count: 0 });
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('does not even parse a text longer than any value of the app', () => {
    const parse = vi.spyOn(JSON, 'parse');
    localStorage.setItem(KEY, `{"count":1,"pad":"${'x'.repeat(MAX_STORED_CHARS)}"}`);
    expect(counter().load()).toEqual({ count: 0 });
    expect(parse).not.toHaveBeenCalled();
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('clamps on the way in and stores the clamped value, with unknown keys left out', () => {
    localStorage.setItem(KEY, '{"count":1e308,"__proto__":{"admin":true},"extra":1}');
    const value = counter().load();
    expect(value).toEqual({ count: 100 });
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(localStorage.getItem(KEY)).toBe('{"count":100}');
  });

  it('never writes what its own schema would refuse', () => {
    localStorage.setItem(KEY, '{"count":3}');
    expect(counter().save({ count: Number.NaN })).toBe(false);
    expect(localStorage.getItem(KEY)).toBe('{"count":3}');
  });

  it('parses a raw text (a storage event) without touching storage', () => {
    localStorage.setItem(KEY, '{"count":3}');
    const stored = counter();
    expect(stored.parse('{"count":250}')).toEqual({ count: 100 });
    expect(stored.parse('garbage')).toEqual({ count: 0 });
    expect(stored.parse(null)).toEqual({ count: 0 });
    expect(localStorage.getItem(KEY)).toBe('{"count":3}');
  });

  it('keeps plain-text values as they are (format: text)', () => {
    const language = storedValue({
      key: 'sbc-tour.language',
      schema: v.picklist(['zh-CN', 'en']),
      fallback: null,
      format: 'text',
    });
    localStorage.setItem('sbc-tour.language', 'en');
    expect(language.load()).toBe('en');
    localStorage.setItem('sbc-tour.language', '"en"');
    expect(language.load()).toBeNull();
    expect(localStorage.getItem('sbc-tour.language')).toBeNull();
  });

  it('works without storage: disabled (SecurityError) or full (QuotaExceededError)', () => {
    const stored = counter();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(stored.save({ count: 1 })).toBe(false);

    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(stored.load()).toEqual({ count: 0 });
    expect(stored.save({ count: 1 })).toBe(false);
    expect(() => stored.remove()).not.toThrow();
  });

  it('uses sessionStorage when asked', () => {
    const stored = storedValue({
      key: KEY,
      schema: v.number(),
      fallback: 0,
      area: 'session',
    });
    stored.save(5);
    expect(sessionStorage.getItem(KEY)).toBe('5');
    expect(localStorage.getItem(KEY)).toBeNull();
  });
});
