// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

// The counters' IndexedDB is replaced by a list of what was counted: this test is about which
// `?tour=` values reach the counters, not about storing them.
const counted: string[] = [];
vi.mock('../../../../src/modes/kiosk/counter-store.ts', () => ({
  count: async (metric: string, id = '') => {
    counted.push(`${metric}:${id}`);
  },
}));

const { clearVisit, noteStopView } = await import('../../../../src/modes/kiosk/visit.ts');

afterEach(() => {
  counted.length = 0;
  clearVisit();
});

describe('noteStopView', () => {
  it('counts the tour a stop is viewed in, once per visit', () => {
    noteStopView('first-stop', 'main');
    noteStopView('second-stop', 'main');
    expect(counted).toEqual([
      'stop_views:first-stop',
      'tour_started:main',
      'stop_views:second-stop',
    ]);
  });

  it('counts no tour for a ?tour= that is not a tour of the content with this stop', () => {
    for (const tour of ['no-such-tour', '', '__proto__', 'x'.repeat(10_000), '<script>']) {
      noteStopView('first-stop', tour);
    }
    expect(counted.filter((entry) => entry.startsWith('tour_started'))).toEqual([]);
  });
});
