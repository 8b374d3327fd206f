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

/**
 * True when a key belongs to the focused element rather than to the presenter: anything typed
 * in a form control (the arrows move between radio buttons, the minutes field takes digits),
 * and Space or Enter on a button, link or summary (they press it).
 */
export function keyBelongsToTarget(key: string, target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, select, textarea, [contenteditable=""], [contenteditable="true"]')) {
    return true;
  }
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
