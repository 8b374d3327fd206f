// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_KEYS } from '../../../src/storage/keys.ts';

const KEY = STORAGE_KEYS.stopLayer;

/** The module as a fresh page load reads it, with `stored` in localStorage (null: nothing). */
async function load(stored: string | null) {
  vi.resetModules();
  localStorage.clear();
  if (stored !== null) localStorage.setItem(KEY, stored);
  return import('../../../src/state/stop-layer.ts');
}

afterEach(() => localStorage.clear());

describe('the visitor’s Overview / In depth choice', () => {
  it('is the overview when nothing is stored', async () => {
    expect((await load(null)).stopLayer.value).toBe('overview');
  });

  it('is remembered: chosen once, read back on the next load', async () => {
    const module = await load(null);
    module.chooseStopLayer('depth');
    expect(module.stopLayer.value).toBe('depth');
    expect(localStorage.getItem(KEY)).toBe('depth');
    expect((await load(localStorage.getItem(KEY))).stopLayer.value).toBe('depth');
  });

  it.each(['deep', 'DEPTH', ' depth', '"depth"', '{"layer":"depth"}', '', 'depth'.repeat(30_000)])(
    'reads %j as the overview and removes it',
    async (garbage) => {
      expect((await load(garbage)).stopLayer.value).toBe('overview');
      expect(localStorage.getItem(KEY)).toBeNull();
    },
  );
});
