import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

const SMALLEST = 0.55;

/**
 * Shrinks the text of `container`'s content (its one child, sized by its content) (the CSS variable --fit, 1 → 0.55) until it fits the
 * screen without scrolling: a wall screen has no one to scroll it, and stops differ in length.
 * Runs again when `deps` change, when the screen is resized and when an image or font arrives.
 */
export function useFitToScreen(container: RefObject<HTMLElement | null>, deps: unknown[]): void {
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    const fitText = () => {
      const content = element.firstElementChild;
      if (!(content instanceof HTMLElement)) return;
      const style = getComputedStyle(element);
      const room =
        element.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
      let scale = 1;
      content.style.setProperty('--fit', '1');
      while (scale > SMALLEST && content.offsetHeight > room + 1) {
        scale = Math.max(SMALLEST, scale - 0.05);
        content.style.setProperty('--fit', scale.toFixed(2));
      }
    };
    fitText();
    const resize = new ResizeObserver(fitText);
    resize.observe(element);
    element.addEventListener('load', fitText, true);
    void document.fonts?.ready.then(fitText);
    return () => {
      resize.disconnect();
      element.removeEventListener('load', fitText, true);
    };
  }, deps);
}
