import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  formatDuration,
  type GuideSession,
  plannedTotal,
  reduceSession,
  tourElapsed,
} from '../../../../src/modes/guide/session.ts';
import { parseSession, parseStoredSession } from '../../../../src/modes/guide/session-schema.ts';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const NOW = Date.UTC(2026, 4, 20, 9, 30, 0);
const STOPS = [
  { stop: 'welcome', minutes: 10 },
  { stop: 'testing-lab', minutes: 8 },
  { stop: 'cord-blood-bank', minutes: 6 },
];
const valid = reduceSession(null, {
  type: 'start',
  id: 'lx1-abc123',
  tourId: 'delegation',
  stops: STOPS,
  audience: 'both',
  now: NOW - 30 * MIN,
}) as GuideSession;
/** As it comes out of storage: JSON, then one field changed. */
const stored = (fields: Record<string, unknown>) => ({
  ...JSON.parse(JSON.stringify(valid)),
  ...fields,
});

beforeEach(() => vi.setSystemTime(NOW));
afterEach(() => vi.useRealTimers());

describe('parseSession', () => {
  it('accepts a stored session as it was saved', () => {
    expect(parseSession(stored({}))).toEqual(valid);
  });

  it.each([
    ['nothing', null],
    ['a string', 'session'],
    ['an array', [valid]],
    ['no stops', { stops: [] }],
    ['an index past the end', { index: 3 }],
    ['a fractional index', { index: 0.5 }],
    ['a negative index', { index: -1 }],
    ['an index as text', { index: '0' }],
    ['an unknown audience language', { audience: 'fr' }],
    ['a missing timestamp', { startedAt: undefined }],
    ['a timestamp as text', { startedAt: '2026-05-20' }],
    ['spent times that do not match the stops', { spent: [0] }],
    ['a stop without minutes', { stops: [{ stop: 'welcome' }, ...STOPS.slice(1)] }],
    ['stops as text', { stops: 'all of them' }],
    ['a stop id that is a path', { stops: [{ stop: '../../etc/passwd', minutes: 5 }] }],
    ['a stop id that is a prototype key', { stops: [{ stop: '__proto__', minutes: 5 }] }],
    ['a tour id of 10,000 characters', { tourId: 'a'.repeat(10_000) }],
    ['an id with markup', { id: '<img src=x onerror=alert(1)>' }],
    [
      '20,000 stops',
      { stops: Array(20_000).fill(STOPS[0]), spent: Array(20_000).fill(0), index: 0 },
    ],
  ])('rejects %s', (_, fields) => {
    const value = fields === null || typeof fields !== 'object' || Array.isArray(fields);
    expect(parseSession(value ? fields : stored(fields as Record<string, unknown>))).toBeNull();
  });

  it('clamps absurd times, so the timers show sane figures', () => {
    const session = parseSession(
      stored({
        startedAt: -1e300,
        pausedAt: 1e300,
        pausedTotal: -1e308,
        spent: [1e308, -5, 3 * MIN],
        enteredAt: 1e308,
        clockStarted: true,
      }),
    )!;
    expect(session.startedAt).toBe(NOW - 7 * DAY);
    expect(session.pausedAt).toBe(NOW + DAY);
    expect(session.pausedTotal).toBe(0);
    expect(session.spent).toEqual([8 * DAY, 0, 3 * MIN]);
    expect(session.enteredAt).toBe(8 * DAY);
    // The example: a tour time of 293 digits. Now at most 192 hours.
    expect(formatDuration(tourElapsed(session, NOW))).toBe('192:00:00');
  });

  it('clamps planned minutes to whole minutes from 1 to 240 (no "Infinity:NaN:NaN")', () => {
    const session = parseSession(
      stored({
        stops: [
          { stop: 'welcome', minutes: 1e308 },
          { stop: 'testing-lab', minutes: -3 },
          { stop: 'cord-blood-bank', minutes: 7.6 },
        ],
      }),
    )!;
    expect(session.stops.map((s) => s.minutes)).toEqual([240, 1, 8]);
    expect(formatDuration(plannedTotal(session))).toBe('4:09:00');
  });

  it('rejects numbers JSON cannot carry but a message can (NaN, Infinity)', () => {
    expect(parseSession({ ...valid, startedAt: Number.NaN })).toBeNull();
    expect(parseSession({ ...valid, pausedTotal: Number.POSITIVE_INFINITY })).toBeNull();
  });

  it('keeps no keys it does not know, prototype keys included', () => {
    const session = parseSession(
      JSON.parse(`{"__proto__":{"polluted":1},"extra":1,${JSON.stringify(valid).slice(1)}`),
    )!;
    expect(session).toEqual(valid);
    expect(Object.keys(session)).not.toContain('extra');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parseStoredSession (storage and messages from other windows)', () => {
  it('accepts a revision with a session or with none', () => {
    expect(parseStoredSession({ revision: NOW, session: valid })).toEqual({
      revision: NOW,
      session: valid,
    });
    expect(parseStoredSession({ revision: NOW, session: null })).toEqual({
      revision: NOW,
      session: null,
    });
  });

  it('clamps a revision far ahead, which would freeze every later change', () => {
    expect(parseStoredSession({ revision: 1e308, session: null })?.revision).toBe(NOW + DAY);
    expect(parseStoredSession({ revision: -5, session: null })?.revision).toBe(0);
  });

  it.each([
    ['no revision', { session: valid }],
    ['a revision as text', { revision: '5', session: valid }],
    ['a session of the wrong shape', { revision: NOW, session: { id: 1 } }],
    ['a bare session', valid],
    ['nothing', undefined],
  ])('rejects %s', (_, value) => {
    expect(parseStoredSession(value)).toBeNull();
  });
});

describe('the layer the audience screen shows (overview or in depth)', () => {
  it('starts at the overview and is set by the guide', () => {
    expect(valid.layer).toBe('overview');
    const depth = reduceSession(valid, { type: 'setLayer', layer: 'depth' })!;
    expect(depth.layer).toBe('depth');
    // Setting it again changes nothing (no needless broadcast).
    expect(reduceSession(depth, { type: 'setLayer', layer: 'depth' })).toBe(depth);
  });

  it('goes back to the overview at every other stop', () => {
    const depth = reduceSession(valid, { type: 'setLayer', layer: 'depth' })!;
    expect(reduceSession(depth, { type: 'next', now: NOW })!.layer).toBe('overview');
    expect(reduceSession(depth, { type: 'jump', index: 2, now: NOW })!.layer).toBe('overview');
  });

  it('reads a session saved before the layer existed as the overview', () => {
    const { layer: _layer, ...old } = JSON.parse(JSON.stringify(valid));
    expect(parseSession(old)?.layer).toBe('overview');
  });

  it('reads a layer that is not one of the two as the overview, keeping the tour', () => {
    expect(parseSession(stored({ layer: 'deep' }))).toEqual(valid);
    expect(parseSession(stored({ layer: { depth: 1 } }))?.layer).toBe('overview');
    expect(parseSession(stored({ layer: 'depth' }))?.layer).toBe('depth');
  });
});
