import { useEffect } from 'preact/hooks';

/**
 * Keeps the screen on while `active` (a tour is presented): a tablet that dims mid-sentence, or a
 * wall screen that sleeps, interrupts the tour. The browser releases the lock when the page is
 * hidden, so it is asked for again when the page is shown. Silently does nothing where the
 * Screen Wake Lock API is missing or refused.
 */
export function useWakeLock(active: boolean): void {
  useEffect(() => {
    if (!active || !('wakeLock' in navigator)) return;
    let lock: WakeLockSentinel | null = null;
    let stopped = false;
    const request = () => {
      if (document.visibilityState !== 'visible' || (lock && !lock.released)) return;
      navigator.wakeLock.request('screen').then(
        (sentinel) => {
          if (stopped) void sentinel.release();
          else lock = sentinel;
        },
        () => undefined,
      );
    };
    request();
    document.addEventListener('visibilitychange', request);
    return () => {
      stopped = true;
      document.removeEventListener('visibilitychange', request);
      void lock?.release().catch(() => undefined);
    };
  }, [active]);
}
