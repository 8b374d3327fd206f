// How the presenter reads keys (keyboards and presentation clickers) and swipes.

export type Move = 'next' | 'previous' | 'first' | 'last';

/**
 * The move a key asks for. Clickers send PageDown/PageUp (some send the arrows); Space is the
 * usual "next" of presentation apps, Shift+Space goes back.
 */
export function moveForKey(key: string, shiftKey: boolean): Move | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case ' ':
      return shiftKey ? 'previous' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

const TEXT_ENTRY =
  'select, textarea, [contenteditable=""], [contenteditable="true"], input:not([type="radio"], [type="checkbox"], [type="button"], [type="submit"], [type="reset"])';
const ARROWS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'];

/**
 * True when a key belongs to the focused element rather than to the presenter: every key typed
 * in a text field (the minutes field takes digits, Home and End), the arrows and Space on a radio
 * button, and Space or Enter on a button, link or summary. A control the guide `tapped` (focused
 * with a pointer, not the keyboard) keeps no key: the clicker's next press must move the tour,
 * not change the audience language or press the button tapped last.
 */
export function keyBelongsToTarget(
  key: string,
  target: EventTarget | null,
  tapped = false,
): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest(TEXT_ENTRY)) return true;
  if (tapped) return false;
  if (target.closest('input')) return ARROWS.includes(key) || key === ' ';
  return (key === ' ' || key === 'Enter') && target.closest('button, a[href], summary') !== null;
}

/** Minimum horizontal travel of a swipe, in CSS pixels. */
export const SWIPE_DISTANCE = 60;

/**
 * The move of a finished touch gesture: a swipe to the left shows the next stop (as turning a
 * page), to the right the previous. Mostly vertical gestures are scrolls and move nothing.
 */
export function moveForSwipe(dx: number, dy: number): Move | null {
  if (Math.abs(dx) < SWIPE_DISTANCE || Math.abs(dx) < 1.5 * Math.abs(dy)) return null;
  return dx < 0 ? 'next' : 'previous';
}
