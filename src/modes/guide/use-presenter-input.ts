import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
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

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const move = moveForKey(event.key, event.shiftKey);
      if (!move || keyBelongsToTarget(event.key, event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      handler.current(move);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    const area = swipeArea.current;
    if (!area) return;
    let start: { id: number; x: number; y: number } | null = null;
    const down = (event: PointerEvent) => {
      // Touch and pen only: a mouse drag selects text.
      if (event.pointerType === 'mouse' || !event.isPrimary) return;
      if (keyBelongsToTarget('', event.target)) return;
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
