// Fullscreen and the Screen Wake Lock, for the kiosk and the guide's screens: asked for where the
// browser allows them, silently skipped where it does not (an unsupported API, a denied permission,
// a kiosk browser that is already fullscreen). Neither may ever show an error to a visitor.

/** Asks for fullscreen; call it from a touch (browsers require a user gesture). */
export function requestFullscreen(): void {
  try {
    if (document.fullscreenElement || !document.fullscreenEnabled) return;
    void document.documentElement.requestFullscreen?.({ navigationUI: 'hide' })?.catch(() => {});
  } catch {
    // Not allowed here: the kiosk browser's own fullscreen setting applies.
  }
}

type WakeLockSentinelLike = { released: boolean; release(): Promise<void> };

export interface WakeLockHold {
  /** Asks again if the lock is not held (e.g. a browser that wants a touch first). */
  refresh(): void;
  release(): void;
}

/**
 * Keeps the screen awake until released (the kiosk holds it from start-up, so a kiosk that
 * reloaded into a new version stays awake before its next visitor). The browser drops the lock
 * whenever the page is hidden, so it is asked for again each time the page becomes visible.
 */
export function holdWakeLock(): WakeLockHold {
  let sentinel: WakeLockSentinelLike | undefined;
  let stopped = false;
  const acquire = async () => {
    if (stopped || document.visibilityState !== 'visible' || (sentinel && !sentinel.released)) {
      return;
    }
    try {
      const wakeLock = (
        navigator as { wakeLock?: { request(type: 'screen'): Promise<WakeLockSentinelLike> } }
      ).wakeLock;
      sentinel = await wakeLock?.request('screen');
      if (stopped) void sentinel?.release().catch(() => {});
    } catch {
      // Denied (no permission, battery saver) or unsupported: the device's own settings apply.
    }
  };
  const onVisibility = () => void acquire();
  document.addEventListener('visibilitychange', onVisibility);
  void acquire();
  return {
    refresh: onVisibility,
    release() {
      stopped = true;
      document.removeEventListener('visibilitychange', onVisibility);
      void sentinel?.release().catch(() => {});
    },
  };
}

/** Leaves fullscreen (the kiosk staff panel's "leave kiosk mode"). */
export function exitFullscreen(): void {
  try {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  } catch {
    // Nothing to leave.
  }
}
