// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Tour } from '../../../src/content/types.ts';

type Progress = typeof import('../../../src/state/tour-progress.ts');
const KEY = 'sbc-tour.visited';
const tour = {
  id: 'main',
  stops: [
    { stop: 'first-stop', minutes: 5 },
    { stop: 'second-stop', minutes: 10 },
  ],
} as Tour;

/** The module as a page load finds it, with `stored` in localStorage. */
async function load(stored?: string): Promise<Progress> {
  if (stored !== undefined) localStorage.setItem(KEY, stored);
  vi.resetModules();
  return import('../../../src/state/tour-progress.ts');
}

beforeEach(() => localStorage.clear());

describe('tour progress', () => {
  it('keeps the visited stops across a reload', async () => {
    (await load()).markVisited('main', 'second-stop');
    expect((await load()).visitedStopsOf(tour)).toEqual(['second-stop']);
  });

  it('survives the issue’s example ({"delegation":5}): dropped, and marking a stop works', async () => {
    const progress = await load('{"main":5}');
    expect(progress.visitedStopsOf(tour)).toEqual([]);
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(() => progress.markVisited('main', 'first-stop')).not.toThrow();
    expect(progress.visitedStopsOf(tour)).toEqual(['first-stop']);
  });

  it('counts only stops the tour still has, each once', async () => {
    const progress = await load(
      '{"main":["gone","first-stop","first-stop","first-stop"],"old-tour":["x"]}',
    );
    expect(progress.visitedStopsOf(tour)).toEqual(['first-stop']);
  });

  it('ignores prototype keys as tour ids', async () => {
    const progress = await load('{"constructor":["first-stop"]}');
    expect(progress.visitedStopsOf({ ...tour, id: 'constructor' })).toEqual(['first-stop']);
    expect(progress.visitedStopsOf({ ...tour, id: 'toString' })).toEqual([]);
    expect(progress.visitedStopsOf({ ...tour, id: 'hasOwnProperty' })).toEqual([]);
  });
});
