import { describe, expect, it } from 'vitest';
import {
  type IdleEvent,
  type IdleState,
  idleReducer,
  initialIdleState,
  secondsLeft,
} from '../../../../src/modes/kiosk/idle-machine.ts';

const settings = { idleMs: 90_000, countdownMs: 15_000 };
const run = (events: IdleEvent[], from: IdleState = initialIdleState) =>
  events.reduce((state, event) => idleReducer(state, event, settings), from);

describe('idle state machine', () => {
  it('starts on the attract screen, where time does not count', () => {
    const state = run([
      { type: 'tick', now: 10_000_000 },
      { type: 'input', now: 10_000_001 },
    ]);
    expect(state).toBe(initialIdleState);
  });

  it('prompts after idleMs without input, then resets when the countdown ends', () => {
    const active = run([{ type: 'begin', now: 1000 }]);
    expect(active).toMatchObject({ phase: 'active', deadline: 91_000 });
    expect(run([{ type: 'tick', now: 90_999 }], active)).toBe(active);

    const prompting = run([{ type: 'tick', now: 91_000 }], active);
    expect(prompting).toMatchObject({ phase: 'prompting', deadline: 106_000 });
    expect(secondsLeft(prompting, 91_000)).toBe(15);
    expect(secondsLeft(prompting, 105_001)).toBe(1);

    const reset = run([{ type: 'tick', now: 106_000 }], prompting);
    expect(reset).toMatchObject({ phase: 'reset', deadline: null });
    expect(secondsLeft(reset, 106_000)).toBe(0);
    expect(run([{ type: 'resetDone' }], reset)).toMatchObject({ phase: 'attract', deadline: null });
  });

  it('postpones the prompt on every input', () => {
    const state = run([
      { type: 'begin', now: 0 },
      { type: 'input', now: 80_000 },
      { type: 'tick', now: 90_000 },
    ]);
    expect(state).toMatchObject({ phase: 'active', deadline: 170_000 });
  });

  it('dismisses the prompt on any input and starts the idle time afresh', () => {
    const state = run([
      { type: 'begin', now: 0 },
      { type: 'tick', now: 90_000 },
      { type: 'input', now: 95_000 },
      { type: 'tick', now: 105_000 },
    ]);
    expect(state).toMatchObject({ phase: 'active', deadline: 185_000 });
  });

  it('waits while media plays, and counts idle time from when it stops', () => {
    const playing = run([
      { type: 'begin', now: 0 },
      { type: 'media', playing: true, now: 10_000 },
      { type: 'tick', now: 1_000_000 },
    ]);
    expect(playing).toMatchObject({ phase: 'active', deadline: null, mediaPlaying: true });
    const stopped = run([{ type: 'media', playing: false, now: 1_000_000 }], playing);
    expect(stopped).toMatchObject({ phase: 'active', deadline: 1_090_000, mediaPlaying: false });
  });

  it('media that starts during the prompt dismisses it', () => {
    const state = run([
      { type: 'begin', now: 0 },
      { type: 'tick', now: 90_000 },
      { type: 'media', playing: true, now: 91_000 },
      { type: 'tick', now: 200_000 },
    ]);
    expect(state).toMatchObject({ phase: 'active', deadline: null });
  });

  it('remembers media playing on the attract screen for the next visit', () => {
    const state = run([
      { type: 'media', playing: true, now: 0 },
      { type: 'begin', now: 5 },
    ]);
    expect(state).toMatchObject({ phase: 'active', deadline: null, mediaPlaying: true });
  });

  it('returns to the attract screen when it is shown, whatever the phase', () => {
    for (const from of [
      run([{ type: 'begin', now: 0 }]),
      run([
        { type: 'begin', now: 0 },
        { type: 'tick', now: 90_000 },
      ]),
    ]) {
      expect(run([{ type: 'attract' }], from)).toMatchObject({ phase: 'attract', deadline: null });
    }
  });

  it('keeps a visit that began while the reset was finishing', () => {
    const reset = run([
      { type: 'begin', now: 0 },
      { type: 'tick', now: 90_000 },
      { type: 'tick', now: 105_000 },
    ]);
    expect(reset.phase).toBe('reset');
    const next = run(
      [{ type: 'attract' }, { type: 'begin', now: 105_100 }, { type: 'resetDone' }],
      reset,
    );
    expect(next).toMatchObject({ phase: 'active', deadline: 195_100 });
  });

  it('returns the same state object when nothing changes', () => {
    const prompting = run([
      { type: 'begin', now: 0 },
      { type: 'tick', now: 90_000 },
    ]);
    expect(run([{ type: 'tick', now: 90_001 }], prompting)).toBe(prompting);
    expect(run([{ type: 'media', playing: false, now: 1 }], prompting)).toBe(prompting);
    const reset = run([{ type: 'tick', now: 105_000 }], prompting);
    expect(run([{ type: 'input', now: 105_001 }], reset)).toBe(reset);
  });
});
