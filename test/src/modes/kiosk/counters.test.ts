import { describe, expect, it } from 'vitest';
import {
  counterKey,
  counterRows,
  countersCsv,
  countersFileName,
} from '../../../../src/modes/kiosk/counters.ts';

const catalog = { language: ['zh-CN', 'en'], tour: ['main'], stop: ['first-stop', 'second-stop'] };

describe('kiosk counters', () => {
  it('lists every counter, zero included, in a fixed order', () => {
    const counts = new Map([
      [counterKey('sessions_started'), 3],
      [counterKey('language_chosen', 'en'), 2],
      [counterKey('stop_views', 'second-stop'), 5],
      [counterKey('idle_resets'), 3],
    ]);
    expect(counterRows(counts, catalog)).toEqual([
      { metric: 'sessions_started', id: '', count: 3 },
      { metric: 'language_chosen', id: 'zh-CN', count: 0 },
      { metric: 'language_chosen', id: 'en', count: 2 },
      { metric: 'tour_started', id: 'main', count: 0 },
      { metric: 'tour_completed', id: 'main', count: 0 },
      { metric: 'stop_views', id: 'first-stop', count: 0 },
      { metric: 'stop_views', id: 'second-stop', count: 5 },
      { metric: 'idle_resets', id: '', count: 3 },
    ]);
  });

  it('keeps counts of stops that were removed from the content', () => {
    const counts = new Map([[counterKey('stop_views', 'old-stop'), 4]]);
    const rows = counterRows(counts, catalog).filter((row) => row.metric === 'stop_views');
    expect(rows.map((row) => [row.id, row.count])).toEqual([
      ['first-stop', 0],
      ['second-stop', 0],
      ['old-stop', 4],
    ]);
  });

  it('writes RFC 4180 CSV with a header', () => {
    const csv = countersCsv([
      { metric: 'sessions_started', id: '', count: 7 },
      { metric: 'stop_views', id: 'odd,"id"', count: 1 },
    ]);
    expect(csv).toBe('metric,id,count\r\nsessions_started,,7\r\nstop_views,"odd,""id""",1\r\n');
  });

  it('names the file by the local date', () => {
    expect(countersFileName(new Date(2025, 0, 9, 23, 59))).toBe('kiosk-counters-2025-01-09.csv');
  });
});
