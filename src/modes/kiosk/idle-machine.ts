// The kiosk's idle logic as a pure state machine; the DOM wiring (events, timers) is idle-controller.ts.
//
//   attract ──begin──▶ active ──no input for idleMs──▶ prompting ──countdownMs ends──▶ reset
//      ▲                 ▲                                 │                            │
//      │                 └────────────── any input ────────┘                            │
//      └────────────────────────────── resetDone (the screen is clean) ─────────────────┘
//
// Times are milliseconds on a monotonic clock (performance.now()); the machine never reads a clock.

export type IdlePhase = 'attract' | 'active' | 'prompting' | 'reset';

export interface IdleSettings {
  /** No input for this long → the "Are you still there?" prompt. */
  idleMs: number;
  /** The prompt's countdown; when it ends the kiosk resets. */
  countdownMs: number;
}

export interface IdleState {
  phase: IdlePhase;
  /** When the current phase times out; null on the attract screen, while resetting, or while media plays. */
  deadline: number | null;
  /** A <video> or <audio> is playing: the idle timer waits for it. */
  mediaPlaying: boolean;
}

export type IdleEvent =
  /** A visitor (or staff member) starts using the kiosk. */
  | { type: 'begin'; now: number }
  /** A touch, pointer or key input. */
  | { type: 'input'; now: number }
  /** Media started or stopped playing. */
  | { type: 'media'; playing: boolean; now: number }
  /** The timer fired: time may be up. */
  | { type: 'tick'; now: number }
  /** The screen was reset for the next visitor. */
  | { type: 'resetDone' }
  /** The attract screen is showing (e.g. the kiosk was loaded at /kiosk). */
  | { type: 'attract' };

export const initialIdleState: IdleState = {
  phase: 'attract',
  deadline: null,
  mediaPlaying: false,
};

/** The next state; returns the same object when nothing changes, so observers can skip work. */
export function idleReducer(state: IdleState, event: IdleEvent, settings: IdleSettings): IdleState {
  const activeFrom = (now: number, mediaPlaying = state.mediaPlaying): IdleState => ({
    phase: 'active',
    deadline: mediaPlaying ? null : now + settings.idleMs,
    mediaPlaying,
  });

  switch (event.type) {
    case 'begin':
      return activeFrom(event.now);
    case 'input':
      // Input on the attract screen is the attract screen's business (it begins a session).
      if (state.phase === 'active' || state.phase === 'prompting') return activeFrom(event.now);
      return state;
    case 'media':
      if (event.playing === state.mediaPlaying) return state;
      if (state.phase === 'active' || state.phase === 'prompting') {
        return activeFrom(event.now, event.playing);
      }
      return { ...state, mediaPlaying: event.playing };
    case 'tick':
      if (state.deadline === null || event.now < state.deadline) return state;
      if (state.phase === 'active') {
        return { ...state, phase: 'prompting', deadline: event.now + settings.countdownMs };
      }
      if (state.phase === 'prompting') return { ...state, phase: 'reset', deadline: null };
      return state;
    case 'resetDone':
      // A visitor who began while the reset finished keeps their visit.
      if (state.phase !== 'reset') return state;
      return { phase: 'attract', deadline: null, mediaPlaying: state.mediaPlaying };
    case 'attract':
      if (state.phase === 'attract') return state;
      return { phase: 'attract', deadline: null, mediaPlaying: state.mediaPlaying };
  }
}

/** Whole seconds left on the prompt's countdown (what the visitor sees), never below zero. */
export function secondsLeft(state: IdleState, now: number): number {
  if (state.phase !== 'prompting' || state.deadline === null) return 0;
  return Math.max(0, Math.ceil((state.deadline - now) / 1000));
}
