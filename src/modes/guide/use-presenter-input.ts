import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { keyBelongsToTarget, type Move, moveForKey, moveForSwipe } from './presenter-input.ts';

/**
 * Moves through the stops from the keyboard (and clickers) anywhere on the page, and from a
 * horizontal swipe on `swipeArea`. Keys are left alone while a dialog is open, with a modifier,
 * or when they belong to the focused control.
 */
export function usePresenterInput(
  swipeArea: RefObject<HTMLElement | null>,
  onMove: (move: Move) => void,
): void {
  const handler = useRef(onMove);
  handler.current = onMove;

  // Layout effects: the keys and the swipe work from the moment the stop is on screen (a plain
  // effect runs after the paint, and a clicker pressed in between was lost: seen in CI).
  useLayoutEffect(() => {
    // Whether the focused element was reached by a tap or a click rather than the keyboard
    // (decided when it got focus: at keydown time the browser already counts the keyboard).
    let lastInput: 'keyboard' | 'pointer' = 'keyboard';
    let tapped: EventTarget | null = null;
    const onPointerDown = () => {
      lastInput = 'pointer';
    };
    const onAnyKey = () => {
      lastInput = 'keyboard';
    };
    const onFocusIn = (event: FocusEvent) => {
      tapped = lastInput === 'pointer' ? event.target : null;
    };
    // A tap on the control that already has focus (no focusin): it is tapped from now on.
    const onClick = () => {
      if (lastInput === 'pointer') queueMicrotask(() => (tapped = document.activeElement));
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const move = moveForKey(event.key, event.shiftKey);
      if (!move || keyBelongsToTarget(event.key, event.target, event.target === tapped)) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      handler.current(move);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('keydown', onAnyKey, true);
    document.addEventListener('focusin', onFocusIn, true);
    document.addEventListener('click', onClick);
    window.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('keydown', onAnyKey, true);
      document.removeEventListener('focusin', onFocusIn, true);
      document.removeEventListener('click', onClick);
      window.removeEventListener('keydown', onKey);
    };
  }, []);

  useLayoutEffect(() => {
    const area = swipeArea.current;
    if (!area) return;
    let start: { id: number; x: number; y: number } | null = null;
    const down = (event: PointerEvent) => {
      // Touch and pen only: a mouse drag selects text.
      if (event.pointerType === 'mouse' || !event.isPrimary) return;
      if (event.target instanceof Element && event.target.closest('input, select, textarea'))
        return;
      start = { id: event.pointerId, x: event.clientX, y: event.clientY };
    };
    const up = (event: PointerEvent) => {
      if (!start || event.pointerId !== start.id) return;
      const move = moveForSwipe(event.clientX - start.x, event.clientY - start.y);
      start = null;
      if (move) handler.current(move);
    };
    const cancel = () => {
      start = null;
    };
    area.addEventListener('pointerdown', down);
    area.addEventListener('pointerup', up);
    area.addEventListener('pointercancel', cancel);
    return () => {
      area.removeEventListener('pointerdown', down);
      area.removeEventListener('pointerup', up);
      area.removeEventListener('pointercancel', cancel);
    };
  }, [swipeArea]);
}
