import { describe, expect, it } from 'vitest';
import { appShellMode } from '../../../src/routing/app-shell-routes.ts';

// The one list of app-shell routes: a mode's own prefix and what is under it, nothing else.

describe('appShellMode', () => {
  it('names the mode of its own prefix and everything under it', () => {
    expect(appShellMode('/kiosk')).toBe('kiosk');
    expect(appShellMode('/kiosk/stops/x')).toBe('kiosk');
    expect(appShellMode('/guide/')).toBe('guide');
    expect(appShellMode('/guide/screen?x=1')).toBe('guide');
    expect(appShellMode('/live/ABC123')).toBe('live');
    expect(appShellMode('/live?screen')).toBe('live');
  });

  it('leaves every other path to the visitor app (prerendered, or unknown)', () => {
    for (const path of ['/', '/kiosks', '/guided', '/lively', '/stops/kiosk', '/tours/live', '']) {
      expect(appShellMode(path), path).toBeUndefined();
    }
  });
});
