// @vitest-environment jsdom
// The position a follower keeps for the tab (sessionStorage): read back only for its own code,
// and only when it is a position the protocol accepts.
import { afterEach, describe, expect, it } from 'vitest';
import { type FollowerLink, followLive } from '../../../src/live/follower-link.ts';
import { SESSION_KEYS } from '../../../src/storage/keys.ts';

const POSITION = {
  sessionId: 'mabc12-x1y2z3',
  tourId: 'delegation',
  stops: [
    { stop: 'welcome', minutes: 5 },
    { stop: 'testing-lab', minutes: 10 },
  ],
  index: 1,
  audience: 'en',
  clock: { startedAt: 1, pausedAt: null, pausedTotal: 0, clockStarted: true, enteredAt: 0 },
  contentVersion: 'content-1',
  seq: 4,
};

const links: FollowerLink[] = [];
/** A follower for `code` (its connection attempts go nowhere: no server here). */
function follow(code: string): FollowerLink {
  const link = followLive(code);
  links.push(link);
  return link;
}

afterEach(() => {
  for (const link of links.splice(0)) link.close();
  sessionStorage.clear();
});

describe('the position kept for the tab', () => {
  it('shows the last stop at once after a reload of the same code', () => {
    sessionStorage.setItem(
      SESSION_KEYS.livePosition,
      JSON.stringify({ code: 'ABCDEF', position: POSITION }),
    );
    expect(follow('ABCDEF').position.value).toEqual(POSITION);
    expect(follow('BCDEFG').position.value).toBeNull();
  });

  it('drops what the protocol would refuse', () => {
    for (const bad of [
      { code: 'ABCDEF', position: { ...POSITION, index: 5 } },
      { code: 'ABCDEF', position: { ...POSITION, stops: [] } },
      { code: 'ABCDEF', position: { ...POSITION, seq: -1 } },
      { code: 'abcdef', position: POSITION },
      { code: 'ABCDEF' },
    ]) {
      sessionStorage.setItem(SESSION_KEYS.livePosition, JSON.stringify(bad));
      expect(follow('ABCDEF').position.value, JSON.stringify(bad)).toBeNull();
      expect(sessionStorage.getItem(SESSION_KEYS.livePosition)).toBeNull();
    }
    sessionStorage.setItem(SESSION_KEYS.livePosition, '{"code":');
    expect(follow('ABCDEF').position.value).toBeNull();
  });
});
