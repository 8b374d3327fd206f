// @vitest-environment jsdom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { site } from '../../../../src/content/index.ts';
import { language } from '../../../../src/i18n/index.ts';
import {
  connectUpdateActions,
  updateMode,
  updateWaiting,
} from '../../../../src/pwa/update-state.ts';

// jsdom has no modal dialogs: enough of one for the kiosk's dialogs to open and close.
HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
  this.setAttribute('open', '');
};
HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
  this.removeAttribute('open');
  this.dispatchEvent(new Event('close'));
};

beforeAll(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'],
  });
});
afterAll(() => {
  cleanup();
  vi.useRealTimers();
});

describe('KioskApp update policy', () => {
  // The whole kiosk chunk is transformed on first import: slow on a busy two-core machine.
  it('applies a waiting update at the idle reset, after the attract screen is back, not before', {
    timeout: 30_000,
  }, async () => {
    history.replaceState(null, '', '/kiosk?idle=2&countdown=1');
    const { KioskApp } = await import('../../../../src/modes/kiosk/KioskApp.tsx');
    const appliedOn: (string | null)[] = [];
    connectUpdateActions({
      apply: async () => {
        appliedOn.push(document.querySelector('.attract') ? location.pathname : null);
      },
      check: async () => undefined,
    });
    updateWaiting.value = true;

    const view = render(
      <LocationProvider>
        <KioskApp />
      </LocationProvider>,
    );
    await vi.advanceTimersByTimeAsync(10);
    expect(updateMode.value).toBe('kiosk');
    expect(view.container.querySelector('.attract')).not.toBeNull();

    // The attract screen never times out, so an update waits there for the next reset.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(appliedOn).toEqual([]);

    fireEvent.click(view.getByRole('button', { name: /English/ }));
    await vi.advanceTimersByTimeAsync(10);
    expect(location.pathname).toBe('/kiosk/home');
    expect(language.value).toBe('en');

    // A visitor is here: no update, however long the visit.
    for (let i = 0; i < 10; i++) {
      await vi.advanceTimersByTimeAsync(1500);
      window.dispatchEvent(new Event('pointerdown'));
    }
    expect(appliedOn).toEqual([]);

    // They leave: prompt, countdown, reset, then the update (effects run a frame later: + 100 ms).
    await vi.advanceTimersByTimeAsync(2100);
    expect(view.container.querySelector('dialog.idle-prompt[open]')).not.toBeNull();
    await vi.advanceTimersByTimeAsync(1500);
    expect(appliedOn).toEqual(['/kiosk']);
    expect(language.value).toBe(site.defaultLanguage);
    expect(location.pathname + location.search).toBe('/kiosk?idle=2&countdown=1');
    expect(view.container.querySelector('dialog[open]')).toBeNull();
  });
});

describe('KioskApp update after the reset', () => {
  it('applies an update that becomes ready after the reset, until the next visitor begins', {
    timeout: 30_000,
  }, async () => {
    cleanup();
    history.replaceState(null, '', '/kiosk?idle=2&countdown=1');
    const { KioskApp } = await import('../../../../src/modes/kiosk/KioskApp.tsx');
    const applied: string[] = [];
    let lastMayReload = () => true;
    connectUpdateActions({
      apply: async (mayReload) => {
        lastMayReload = mayReload;
        applied.push(mayReload() ? 'may reload' : 'may not reload');
      },
      check: async () => undefined,
    });
    updateWaiting.value = false;
    const view = render(
      <LocationProvider>
        <KioskApp />
      </LocationProvider>,
    );
    await vi.advanceTimersByTimeAsync(10);

    // A visit ends while the new version is still downloading: nothing to apply at the reset.
    fireEvent.click(view.getByRole('button', { name: /English/ }));
    await vi.advanceTimersByTimeAsync(3600);
    expect(view.container.querySelector('.attract')).not.toBeNull();
    expect(applied).toEqual([]);

    // It is ready a moment later, the attract screen still up: applied at once.
    updateWaiting.value = true;
    await vi.advanceTimersByTimeAsync(100);
    expect(applied).toEqual(['may reload']);

    // The attempt did not take; a visitor begins: the kiosk is in use, nothing is applied now,
    // and a takeover that comes late may not reload under them.
    fireEvent.click(view.getByRole('button', { name: /English/ }));
    await vi.advanceTimersByTimeAsync(10);
    expect(lastMayReload()).toBe(false);
    updateWaiting.value = false;
    updateWaiting.value = true;
    await vi.advanceTimersByTimeAsync(100);
    expect(applied).toEqual(['may reload']);
  });
});
