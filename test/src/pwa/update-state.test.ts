import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  applyUpdateIfDue,
  applyWaitingUpdate,
  connectUpdateActions,
  updateMode,
  updateNotice,
  updateWaiting,
} from '../../../src/pwa/update-state.ts';

afterEach(() => {
  updateMode.value = 'visitor';
  updateWaiting.value = false;
});

describe('update state', () => {
  it('derives the notice from the mode and the waiting update', () => {
    expect(updateNotice.value).toBe('none');
    updateWaiting.value = true;
    expect(updateNotice.value).toBe('banner');
    updateMode.value = 'guide';
    expect(updateNotice.value).toBe('indicator');
    updateMode.value = 'kiosk';
    expect(updateNotice.value).toBe('none');
    updateMode.value = 'live';
    expect(updateNotice.value).toBe('none');
  });

  it('applies nothing on its own while a follower is in a live tour', async () => {
    const apply = vi.fn(async () => {});
    connectUpdateActions({ apply, check: async () => {} });
    updateWaiting.value = true;
    updateMode.value = 'live';
    expect(await applyUpdateIfDue('showing')).toBe(false);
    expect(await applyUpdateIfDue('idle-reset')).toBe(false);
    expect(apply).not.toHaveBeenCalled();
    // The tour ended: the follower page is a visitor's page again, with the banner.
    updateMode.value = 'visitor';
    expect(updateNotice.value).toBe('banner');
  });

  it('applies at the kiosk idle reset, never at the same moment on a phone', async () => {
    const apply = vi.fn(async () => {});
    connectUpdateActions({ apply, check: async () => {} });
    updateWaiting.value = true;

    expect(await applyUpdateIfDue('idle-reset')).toBe(false);
    expect(apply).not.toHaveBeenCalled();

    updateMode.value = 'kiosk';
    expect(await applyUpdateIfDue('showing')).toBe(false);
    expect(await applyUpdateIfDue('idle-reset')).toBe(true);
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('applies nothing when no update waits', async () => {
    const apply = vi.fn(async () => {});
    connectUpdateActions({ apply, check: async () => {} });
    expect(await applyWaitingUpdate()).toBe(false);
    updateMode.value = 'kiosk';
    expect(await applyUpdateIfDue('idle-reset')).toBe(false);
    expect(apply).not.toHaveBeenCalled();
  });
});
