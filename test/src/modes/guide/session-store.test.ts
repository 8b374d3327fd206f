// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EN, ZH_CN } from '../../../support/languages.ts';

type Store = typeof import('../../../../src/modes/guide/session-store.ts');
const stores: Store[] = [];

/** A fresh copy of the store module: one per "window" (they share this document's storage). */
async function openWindow(): Promise<Store> {
  vi.resetModules();
  const store = await import('../../../../src/modes/guide/session-store.ts');
  store.connectGuideSession();
  stores.push(store);
  return store;
}

const STOPS = [
  { stop: 'first-stop', minutes: 5 },
  { stop: 'second-stop', minutes: 10 },
];

beforeEach(() => localStorage.clear());
afterEach(() => {
  for (const store of stores.splice(0)) store.disconnectGuideSession();
});

describe('guide session store', () => {
  it('saves every change, so a reloaded window finds the session as it was', async () => {
    const presenter = await openWindow();
    presenter.startSession('main', STOPS);
    presenter.dispatch({ type: 'next', now: Date.now() });
    presenter.dispatch({ type: 'setAudienceLanguage', audience: EN });

    const reloaded = await openWindow();
    expect(reloaded.guideSession.value).toMatchObject({ tourId: 'main', index: 1, audience: EN });
    expect(reloaded.guideSession.value).toEqual(presenter.guideSession.value);
  });

  it('starts the next session in the audience language chosen last', async () => {
    const presenter = await openWindow();
    presenter.startSession('main', STOPS);
    expect(presenter.guideSession.value?.audience).toBe('both');
    presenter.dispatch({ type: 'setAudienceLanguage', audience: ZH_CN });
    presenter.dispatch({ type: 'end' });
    expect(presenter.guideSession.value).toBeNull();
    presenter.startSession('main', STOPS);
    expect(presenter.guideSession.value?.audience).toBe('zh-CN');
  });

  it('follows another window through BroadcastChannel', async () => {
    const screen = await openWindow();
    const presenter = await openWindow();
    presenter.startSession('main', STOPS);
    presenter.dispatch({ type: 'next', now: Date.now() });
    await vi.waitFor(() => expect(screen.guideSession.value?.index).toBe(1));
    presenter.dispatch({ type: 'end' });
    await vi.waitFor(() => expect(screen.guideSession.value).toBeNull());
  });

  it('follows the storage event, and never goes back to an older revision', async () => {
    const screen = await openWindow();
    const presenter = await openWindow();
    presenter.disconnectGuideSession(); // as if BroadcastChannel were missing
    presenter.startSession('main', STOPS);
    const first = localStorage.getItem(presenter.SESSION_KEY);
    presenter.dispatch({ type: 'next', now: Date.now() });
    const second = localStorage.getItem(presenter.SESSION_KEY);

    const storage = (newValue: string | null) =>
      window.dispatchEvent(new StorageEvent('storage', { key: presenter.SESSION_KEY, newValue }));
    storage(second);
    expect(screen.guideSession.value?.index).toBe(1);
    storage(first); // arrives late
    expect(screen.guideSession.value?.index).toBe(1);
    storage('{not json');
    expect(screen.guideSession.value?.index).toBe(1);
  });

  it('ignores a stored session it cannot read', async () => {
    localStorage.setItem('sbc-guide.session', JSON.stringify({ revision: 5, session: { id: 1 } }));
    const presenter = await openWindow();
    expect(presenter.guideSession.value).toBeNull();
    localStorage.setItem('sbc-guide.session', 'garbage');
    expect((await openWindow()).guideSession.value).toBeNull();
  });
});
