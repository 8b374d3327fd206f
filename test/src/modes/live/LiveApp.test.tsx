// @vitest-environment jsdom
// The follower page's update mode, through the real parts: the page (jsdom, at the tour server's
// address) joins a room on the real tour server; the presenter is a plain Socket.IO client.
import { cleanup, render, waitFor } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initLanguage } from '../../../../src/i18n/index.ts';
import { LIVE_SOCKET_PATH } from '../../../../src/live/protocol.ts';
import { LiveApp } from '../../../../src/modes/live/LiveApp.tsx';
import { updateMode, updateWaiting } from '../../../../src/pwa/update-state.ts';
import { type FixtureDist, makeFixtureDist } from '../../../server/support/fixture-dist.ts';
import { startTestServer, type TestServer } from '../../../support/tour-server.ts';

declare const jsdom: { reconfigure(options: { url: string }): void };

let dist: FixtureDist;
let server: TestServer;
let presenter: Socket;

beforeAll(async () => {
  dist = makeFixtureDist();
  server = await startTestServer(dist.dir);
});
afterAll(async () => {
  cleanup();
  presenter?.close();
  await server?.close();
  dist?.remove();
});

describe('LiveApp update mode', () => {
  it('shows and applies no update while following; once the tour ends the visitor’s banner is back', {
    timeout: 30_000,
  }, async () => {
    const room = await (
      await fetch(`${server.url}/api/live`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      })
    ).json();
    jsdom.reconfigure({ url: `${server.url}/live/${room.code}?lang=en` });
    initLanguage();
    updateWaiting.value = true;
    const view = render(
      <LocationProvider>
        <LiveApp />
      </LocationProvider>,
    );
    await view.findByText('Waiting for the guide', { selector: 'h1' }, { timeout: 10_000 });
    expect(updateMode.value).toBe('live');
    expect(view.container.querySelector('.update-banner')).toBeNull();

    presenter = io(server.url, { path: LIVE_SOCKET_PATH, transports: ['websocket'] });
    await new Promise<void>((done) => presenter.once('connect', () => done()));
    expect(await presenter.timeout(5000).emitWithAck('end', room)).toEqual({ ok: true });
    await view.findByText('This live tour has ended', { selector: 'h1' }, { timeout: 10_000 });
    await waitFor(() => expect(updateMode.value).toBe('visitor'));
    expect(view.container.querySelector('.update-banner')).not.toBeNull();
  });
});
