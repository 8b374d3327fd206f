import { describe, expect, it, vi } from 'vitest';
import {
  behindSchedule,
  formatDuration,
  type GuideSession,
  plannedAtStop,
  plannedTotal,
  reduceSession,
  type SessionAction,
  stopElapsed,
  timeAtStops,
  tourElapsed,
} from '../../../../src/modes/guide/session.ts';
import { parseSession } from '../../../../src/modes/guide/session-schema.ts';
import { EN } from '../../../support/languages.ts';

const MIN = 60_000;
const T0 = Date.UTC(2025, 4, 20, 9, 0, 0);
const STOPS = [
  { stop: 'welcome', minutes: 10 },
  { stop: 'lab', minutes: 8 },
  { stop: 'bank', minutes: 6 },
];

/** Runs actions in order from no session. */
function run(...actions: SessionAction[]): GuideSession | null {
  return actions.reduce<GuideSession | null>(reduceSession, null);
}
const start = (now = T0): SessionAction => ({
  type: 'start',
  id: 's1',
  tourId: 'delegation',
  stops: STOPS,
  audience: 'both',
  now,
});
const at = (minutes: number) => T0 + minutes * MIN;

describe('guide session reducer', () => {
  it('starts on the first stop with the clock not yet running', () => {
    const session = run(start())!;
    expect(session).toMatchObject({ index: 0, audience: 'both', clockStarted: false });
    expect(tourElapsed(session, at(30))).toBe(0);
    expect(stopElapsed(session, at(30))).toBe(0);
  });

  it('refuses to start a tour without stops', () => {
    expect(reduceSession(null, { ...start(), stops: [] } as SessionAction)).toBeNull();
  });

  it('counts from the moment the clock is started', () => {
    const session = run(start(), { type: 'resume', now: at(5) })!;
    expect(session.clockStarted).toBe(true);
    expect(tourElapsed(session, at(5))).toBe(0);
    expect(tourElapsed(session, at(12))).toBe(7 * MIN);
    expect(stopElapsed(session, at(12))).toBe(7 * MIN);
  });

  it('moves next, previous and jumps, staying within the tour', () => {
    let session = run(start())!;
    session = reduceSession(session, { type: 'next', now: at(1) })!;
    expect(session.index).toBe(1);
    session = reduceSession(session, { type: 'jump', index: 2, now: at(2) })!;
    expect(session.index).toBe(2);
    expect(reduceSession(session, { type: 'next', now: at(3) })).toBe(session);
    session = reduceSession(session, { type: 'previous', now: at(3) })!;
    expect(session.index).toBe(1);
    expect(reduceSession(session, { type: 'jump', index: 7, now: at(4) })).toBe(session);
    expect(reduceSession(session, { type: 'jump', index: -1, now: at(4) })).toBe(session);
    session = run(start(), { type: 'previous', now: at(1) })!;
    expect(session.index).toBe(0);
  });

  it('banks the time of each stop and adds to it when a stop is revisited', () => {
    const session = run(
      start(),
      { type: 'resume', now: at(0) },
      { type: 'next', now: at(11) }, // 11 min at welcome
      { type: 'next', now: at(20) }, // 9 min at lab
      { type: 'previous', now: at(22) }, // 2 min at bank, back to lab
    )!;
    expect(session.index).toBe(1);
    expect(stopElapsed(session, at(25))).toBe(12 * MIN); // 9 + 3
    expect(timeAtStops(session, at(25))).toEqual([11 * MIN, 12 * MIN, 2 * MIN]);
    expect(tourElapsed(session, at(25))).toBe(25 * MIN);
  });

  it('does not count pauses, in the tour or at the stop', () => {
    const session = run(
      start(),
      { type: 'resume', now: at(0) },
      { type: 'pause', now: at(4) },
      { type: 'resume', now: at(10) },
      { type: 'next', now: at(12) },
      { type: 'pause', now: at(15) },
    )!;
    expect(session.pausedAt).toBe(at(15));
    // Frozen while paused, however long the pause lasts.
    expect(tourElapsed(session, at(15))).toBe(9 * MIN);
    expect(tourElapsed(session, at(90))).toBe(9 * MIN);
    expect(timeAtStops(session, at(90))).toEqual([6 * MIN, 3 * MIN, 0]);
    const resumed = reduceSession(session, { type: 'resume', now: at(20) })!;
    expect(tourElapsed(resumed, at(21))).toBe(10 * MIN);
    expect(stopElapsed(resumed, at(21))).toBe(4 * MIN);
  });

  it('moves while paused without counting the pause', () => {
    const session = run(
      start(),
      { type: 'resume', now: at(0) },
      { type: 'pause', now: at(5) },
      { type: 'next', now: at(8) },
      { type: 'resume', now: at(10) },
    )!;
    expect(timeAtStops(session, at(12))).toEqual([5 * MIN, 2 * MIN, 0]);
  });

  it('ignores a second pause or resume', () => {
    const running = run(start(), { type: 'resume', now: at(0) })!;
    expect(reduceSession(running, { type: 'resume', now: at(1) })).toBe(running);
    const paused = reduceSession(running, { type: 'pause', now: at(2) })!;
    expect(reduceSession(paused, { type: 'pause', now: at(3) })).toBe(paused);
  });

  it('survives a reload: the same stored data gives the same times later', () => {
    const session = run(start(), { type: 'resume', now: at(0) }, { type: 'next', now: at(9) })!;
    vi.setSystemTime(at(30)); // the stored times are read back relative to the device clock
    const reloaded = parseSession(JSON.parse(JSON.stringify(session)))!;
    vi.useRealTimers();
    expect(reloaded).toEqual(session);
    // The tablet slept for 20 minutes: the tour went on in the meantime, counted once.
    expect(tourElapsed(reloaded, at(30))).toBe(30 * MIN);
    expect(stopElapsed(reloaded, at(30))).toBe(21 * MIN);
  });

  it('never shows negative time when the device clock goes back', () => {
    const session = run(start(), { type: 'resume', now: at(10) })!;
    expect(tourElapsed(session, at(2))).toBe(0);
    expect(stopElapsed(session, at(2))).toBe(0);
  });

  it('sets the audience language, and ends', () => {
    const session = run(start())!;
    const english = reduceSession(session, { type: 'setAudienceLanguage', audience: EN })!;
    expect(english.audience).toBe('en');
    expect(reduceSession(english, { type: 'setAudienceLanguage', audience: EN })).toBe(english);
    expect(reduceSession(english, { type: 'end' })).toBeNull();
    expect(reduceSession(null, { type: 'next', now: at(1) })).toBeNull();
  });

  it('replaces a running session when a new one starts', () => {
    const first = run(start(), { type: 'next', now: at(1) })!;
    const second = reduceSession(first, { ...start(at(5)), id: 's2' } as SessionAction)!;
    expect(second).toMatchObject({ id: 's2', index: 0, startedAt: at(5) });
  });
});

describe('planned times', () => {
  it('gives the planned minutes of the stop and of the tour', () => {
    const session = run(start(), { type: 'next', now: at(0) })!;
    expect(plannedAtStop(session)).toBe(8 * MIN);
    expect(plannedTotal(session)).toBe(24 * MIN);
  });

  it('tells how far behind the plan up to the current stop the tour is', () => {
    const session = run(start(), { type: 'resume', now: at(0) }, { type: 'next', now: at(13) })!;
    // Planned until the end of stop 2: 18 minutes.
    expect(behindSchedule(session, at(17))).toBe(0);
    expect(behindSchedule(session, at(21))).toBe(3 * MIN);
  });
});

describe('formatDuration', () => {
  it('writes m:ss, and h:mm:ss from an hour', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(59_999)).toBe('0:59');
    expect(formatDuration(8 * MIN + 5_000)).toBe('8:05');
    expect(formatDuration(60 * MIN)).toBe('1:00:00');
    expect(formatDuration(61 * MIN + 9_000)).toBe('1:01:09');
    expect(formatDuration(-5_000)).toBe('0:00');
  });
});
