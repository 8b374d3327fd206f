// @vitest-environment jsdom
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { liveShareSchema, storedLiveShare } from '../../../src/live/presenter-store.ts';
import { STORAGE_KEYS } from '../../../src/storage/keys.ts';

const SHARE = {
  code: 'ABCDEF',
  secret: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ',
  seq: 12,
  sessionId: 'mabc12-x1y2z3',
};

afterEach(() => localStorage.clear());

describe('the guide’s stored live share', () => {
  it('keeps code, secret, seq and session under its own key', () => {
    expect(storedLiveShare.key).toBe(STORAGE_KEYS.guideLive);
    expect(storedLiveShare.save(SHARE)).toBe(true);
    expect(storedLiveShare.load()).toEqual(SHARE);
    storedLiveShare.remove();
    expect(storedLiveShare.load()).toBeNull();
  });

  it('refuses what the protocol would refuse, and drops it from storage', () => {
    for (const bad of [
      { ...SHARE, code: 'ABCDE0' }, // 0 is not in the alphabet
      { ...SHARE, code: 'abcdef' }, // stored in canonical form only
      { ...SHARE, secret: 'short' },
      { ...SHARE, seq: -1 },
      { ...SHARE, seq: 1.5 },
      { ...SHARE, seq: 1e300 },
      { ...SHARE, sessionId: '../../etc' },
      { ...SHARE, sessionId: 'x'.repeat(65) },
      { code: SHARE.code },
      'ABCDEF',
    ]) {
      expect(v.safeParse(liveShareSchema, bad).success, JSON.stringify(bad)).toBe(false);
      localStorage.setItem(STORAGE_KEYS.guideLive, JSON.stringify(bad));
      expect(storedLiveShare.load()).toBeNull();
      expect(localStorage.getItem(STORAGE_KEYS.guideLive)).toBeNull();
    }
    localStorage.setItem(STORAGE_KEYS.guideLive, '{not json');
    expect(storedLiveShare.load()).toBeNull();
  });

  it('never writes a share that does not fit', () => {
    expect(storedLiveShare.save({ ...SHARE, seq: -5 })).toBe(false);
    expect(localStorage.getItem(STORAGE_KEYS.guideLive)).toBeNull();
  });
});
