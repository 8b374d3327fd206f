// "Follow or hold": when the guide moves, a follower's phone goes with the guide unless its reader
// is busy elsewhere (scrolled down into the text, or reading another stop ahead or back). Then
// the page stays put, says "The guide has moved on to …" and offers "Back to the guide".
// Pure, unit-tested (test/src/live/follow.test.ts).

export interface FollowState {
  /** Index into the guide's stops of the stop the guide presents; null before the first position. */
  guide: number | null;
  /** Index of the stop this reader has on screen; null before the first position. */
  viewing: number | null;
  /** True when the guide moved on while the reader was elsewhere. */
  movedOn: boolean;
}

export const NOT_STARTED: FollowState = { guide: null, viewing: null, movedOn: false };

/**
 * The guide is now at stop `index`. `readerAtTop`: the reader has not scrolled away from the
 * top of the page. A late joiner (no stop yet) lands on the guide's stop at once.
 */
export function guideMoved(state: FollowState, index: number, readerAtTop: boolean): FollowState {
  if (state.guide === null || state.viewing === null) {
    return { guide: index, viewing: index, movedOn: false };
  }
  if (index === state.guide) return state;
  const following = state.viewing === state.guide;
  if ((following && readerAtTop) || index === state.viewing) {
    return { guide: index, viewing: index, movedOn: false };
  }
  // Not yanked: the reader stays where they are and is told.
  return { guide: index, viewing: state.viewing, movedOn: true };
}

/** The reader opened stop `index` themselves (read ahead or back). */
export function readerViews(state: FollowState, index: number): FollowState {
  if (state.guide === null) return state;
  return { ...state, viewing: index, movedOn: index === state.guide ? false : state.movedOn };
}

/** "Back to the guide": show the guide's stop, and follow again. */
export function backToGuide(state: FollowState): FollowState {
  if (state.guide === null) return state;
  return { guide: state.guide, viewing: state.guide, movedOn: false };
}

/** Whether the reader is on another stop than the guide's (offer "Back to the guide"). */
export function awayFromGuide(state: FollowState): boolean {
  return state.guide !== null && state.viewing !== state.guide;
}
