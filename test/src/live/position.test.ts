import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { newerPosition } from '../../../src/live/follower-link.ts';
import { positionKey, positionOf, sessionOf } from '../../../src/live/position.ts';
import { LivePositionSchema } from '../../../src/live/protocol.ts';
import type { GuideSession } from '../../../src/modes/guide/session.ts';
import { EN } from '../../support/languages.ts';

const SESSION: GuideSession = {
  id: 'mabc12-x1y2z3',
  tourId: 'delegation',
  stops: [
    { stop: 'welcome', minutes: 5 },
    { stop: 'testing-lab', minutes: 10 },
  ],
  index: 1,
  audience: EN,
  startedAt: 1_700_000_000_000,
  pausedAt: null,
  pausedTotal: 30_000,
  clockStarted: true,
  spent: [300_000, 0],
  enteredAt: 300_000,
};

describe('the position that travels', () => {
  it('is the session without what stays on the tablet, and fits the protocol', () => {
    const position = positionOf(SESSION, 7, 'content-1');
    expect(v.safeParse(LivePositionSchema, position).success).toBe(true);
    expect(position).toEqual({
      sessionId: SESSION.id,
      tourId: 'delegation',
      stops: SESSION.stops,
      index: 1,
      audience: 'en',
      clock: {
        startedAt: SESSION.startedAt,
        pausedAt: null,
        pausedTotal: 30_000,
        clockStarted: true,
        enteredAt: 300_000,
      },
      contentVersion: 'content-1',
      seq: 7,
    });
    // Only the position: no text, and not the time banked at each stop.
    expect(JSON.stringify(position)).not.toContain('spent');
  });

  it('counts two moves that differ only in seq as one', () => {
    expect(positionKey(positionOf(SESSION, 1, 'c'))).toBe(positionKey(positionOf(SESSION, 2, 'c')));
    expect(positionKey(positionOf({ ...SESSION, index: 0 }, 1, 'c'))).not.toBe(
      positionKey(positionOf(SESSION, 1, 'c')),
    );
  });

  it('becomes a session the audience screen shows, in a language this app has', () => {
    const session = sessionOf(positionOf(SESSION, 3, 'c'));
    expect(session).toEqual({ ...SESSION, spent: [0, 0] });
    // A language this build does not have (a newer content version): all side by side.
    expect(sessionOf({ ...positionOf(SESSION, 3, 'c'), audience: 'fr' }).audience).toBe('both');
  });

  it('keeps the highest seq: a join answer and a move can cross', () => {
    const two = positionOf(SESSION, 2, 'c');
    const three = positionOf({ ...SESSION, index: 0 }, 3, 'c');
    expect(newerPosition(null, two)).toBe(two);
    expect(newerPosition(two, three)).toBe(three);
    expect(newerPosition(three, two)).toBe(three);
    expect(newerPosition(three, { ...two, seq: 3 })).toBe(three);
    expect(newerPosition(three, null)).toBe(three);
  });
});
