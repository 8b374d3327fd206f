import { useEffect } from 'preact/hooks';
import { holdWakeLock } from './screen-device.ts';

/**
 * Keeps the screen on while `active` (a tour is presented): a tablet that dims mid-sentence, or a
 * wall screen that sleeps, interrupts the tour. Silently does nothing where it is not allowed.
 */
export function useWakeLock(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const hold = holdWakeLock();
    return () => hold.release();
  }, [active]);
}
