import { describe, expect, it } from 'vitest';
import {
  awayFromGuide,
  backToGuide,
  guideMoved,
  NOT_STARTED,
  readerViews,
} from '../../../src/live/follow.ts';

const AT_TOP = true;
const SCROLLED = false;

describe('follow or hold', () => {
  it('lands a late joiner on the guide’s stop at once, wherever the page was scrolled', () => {
    expect(guideMoved(NOT_STARTED, 3, SCROLLED)).toEqual({ guide: 3, viewing: 3, movedOn: false });
  });

  it('moves with the guide while the reader is at the top of the guide’s stop', () => {
    const state = guideMoved(guideMoved(NOT_STARTED, 0, AT_TOP), 1, AT_TOP);
    expect(state).toEqual({ guide: 1, viewing: 1, movedOn: false });
    expect(awayFromGuide(state)).toBe(false);
  });

  it('does not yank a reader who scrolled into the text: it says the guide moved on', () => {
    const state = guideMoved(guideMoved(NOT_STARTED, 0, AT_TOP), 1, SCROLLED);
    expect(state).toEqual({ guide: 1, viewing: 0, movedOn: true });
    expect(awayFromGuide(state)).toBe(true);
    // Further moves keep the reader where they are too.
    expect(guideMoved(state, 2, AT_TOP)).toEqual({ guide: 2, viewing: 0, movedOn: true });
  });

  it('keeps a reader who reads ahead or back on their stop', () => {
    const reading = readerViews(guideMoved(NOT_STARTED, 1, AT_TOP), 2);
    expect(reading).toEqual({ guide: 1, viewing: 2, movedOn: false });
    expect(awayFromGuide(reading)).toBe(true);
    expect(guideMoved(reading, 3, AT_TOP)).toEqual({ guide: 3, viewing: 2, movedOn: true });
  });

  it('follows again after "Back to the guide", and when the reader reaches the guide’s stop', () => {
    const held = guideMoved(guideMoved(NOT_STARTED, 0, AT_TOP), 1, SCROLLED);
    const back = backToGuide(held);
    expect(back).toEqual({ guide: 1, viewing: 1, movedOn: false });
    expect(guideMoved(back, 2, AT_TOP)).toEqual({ guide: 2, viewing: 2, movedOn: false });
    expect(readerViews(held, 1)).toEqual({ guide: 1, viewing: 1, movedOn: false });
  });

  it('joins a reader whom the guide comes to, and ignores a repeat of the same stop', () => {
    const reading = readerViews(guideMoved(NOT_STARTED, 0, AT_TOP), 2);
    expect(guideMoved(reading, 2, SCROLLED)).toEqual({ guide: 2, viewing: 2, movedOn: false });
    const following = guideMoved(NOT_STARTED, 1, AT_TOP);
    expect(guideMoved(following, 1, SCROLLED)).toBe(following);
  });

  it('does nothing before the first position', () => {
    expect(readerViews(NOT_STARTED, 2)).toBe(NOT_STARTED);
    expect(backToGuide(NOT_STARTED)).toBe(NOT_STARTED);
    expect(awayFromGuide(NOT_STARTED)).toBe(false);
  });
});
