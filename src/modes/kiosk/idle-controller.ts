// Wires the idle state machine (idle-machine.ts) to the page: input events, media, one timer.
import { signal } from '@preact/signals';
import {
  type IdleEvent,
  type IdlePhase,
  type IdleSettings,
  type IdleState,
  idleReducer,
  initialIdleState,
} from './idle-machine.ts';

/** Any of these, anywhere, means someone is at the kiosk. */
const INPUT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
/** Media events do not bubble; they are caught on the way down (capture). */
const MEDIA_EVENTS = ['play', 'playing', 'pause', 'ended', 'emptied'] as const;

export interface IdleController {
  /** The phase, for the views: changes only on a transition, not on every input. */
  phase: { readonly value: IdlePhase };
  /** The full state (read it when you need the countdown's deadline). */
  state(): IdleState;
  begin(): void;
  attract(): void;
  /** Adds the listeners; returns their removal. */
  start(): () => void;
}

export interface IdleControllerOptions {
  settings: IdleSettings;
  /** Clears the screen for the next visitor; the controller returns to `attract` when it settles. */
  onReset: () => Promise<void> | void;
  now?: () => number;
}

export function createIdleController({
  settings,
  onReset,
  now = () => performance.now(),
}: IdleControllerOptions): IdleController {
  let state = initialIdleState;
  const phase = signal<IdlePhase>(state.phase);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerAt: number | null = null;

  // Input moves the deadline on every event; the timer is re-armed only when it fires early,
  // so a stream of pointer moves costs a few object allocations and no timer churn.
  const schedule = () => {
    const deadline = state.deadline;
    if (deadline === null) {
      clearTimeout(timer);
      timerAt = null;
      return;
    }
    if (timerAt !== null && timerAt <= deadline) return;
    clearTimeout(timer);
    timerAt = deadline;
    timer = setTimeout(fire, Math.max(0, deadline - now()));
  };

  const fire = () => {
    timerAt = null;
    dispatch({ type: 'tick', now: now() });
    schedule();
  };

  const dispatch = (event: IdleEvent) => {
    const next = idleReducer(state, event, settings);
    if (next === state) return;
    state = next;
    schedule();
    if (phase.value !== next.phase) {
      phase.value = next.phase;
      if (next.phase === 'reset') void reset();
    }
  };

  const reset = async () => {
    try {
      await onReset();
    } finally {
      dispatch({ type: 'resetDone' });
    }
  };

  const onInput = () => dispatch({ type: 'input', now: now() });
  const onMedia = () => {
    const playing = [...document.querySelectorAll('video, audio')].some(
      (media) => media instanceof HTMLMediaElement && !media.paused && !media.ended,
    );
    dispatch({ type: 'media', playing, now: now() });
  };

  return {
    phase,
    state: () => state,
    begin: () => dispatch({ type: 'begin', now: now() }),
    attract: () => dispatch({ type: 'attract' }),
    start() {
      const options = { capture: true, passive: true };
      for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, options);
      for (const type of MEDIA_EVENTS) document.addEventListener(type, onMedia, true);
      schedule();
      return () => {
        for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, options);
        for (const type of MEDIA_EVENTS) document.removeEventListener(type, onMedia, true);
        clearTimeout(timer);
        timerAt = null;
      };
    },
  };
}
