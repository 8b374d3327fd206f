// The presenter's HTTP calls against the real tour server (fixture dist/), and against a host
// without the relay: a plain static server that answers every path with the app's HTML.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimRoom, endRoom, probeRelay } from '../../../src/live/live-api.ts';
import { type FixtureDist, makeFixtureDist } from '../../server/support/fixture-dist.ts';
import { startTestServer, type TestServer } from '../../support/tour-server.ts';

let dist: FixtureDist;
let server: TestServer;
let staticHost: Server;
let staticBase: string;

/** `fetch` as the app calls it (paths on its own origin), against `base`. */
const on =
  (base: string): typeof fetch =>
  (input, init) =>
    fetch(new URL(String(input), base), init);

beforeAll(async () => {
  dist = makeFixtureDist();
  server = await startTestServer(dist.dir);
  staticHost = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end('<!doctype html><div id="app"></div>');
  });
  await new Promise<void>((done) => staticHost.listen(0, '127.0.0.1', done));
  staticBase = `http://127.0.0.1:${(staticHost.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await server?.close();
  await new Promise((done) => staticHost?.close(done));
  dist?.remove();
});

describe('live API client', () => {
  it('finds the relay on the tour server, and none on a static host or an unreachable one', async () => {
    expect(await probeRelay(on(server.url))).toBe(true);
    expect(await probeRelay(on(staticBase))).toBe(false);
    expect(await probeRelay(on('http://127.0.0.1:9'))).toBe(false);
    // Another protocol version counts as no relay.
    const otherProtocol: typeof fetch = async () =>
      new Response('{"protocol":2,"socketPath":"/api/live/socket/"}', {
        headers: { 'content-type': 'application/json' },
      });
    expect(await probeRelay(otherProtocol)).toBe(false);
  });

  it('creates a room, re-claims it, and starts afresh when it was ended', async () => {
    const created = await claimRoom(undefined, on(server.url));
    if (created.status !== 'created') throw new Error(`not created: ${JSON.stringify(created)}`);
    expect(await claimRoom(created.room, on(server.url))).toEqual({
      status: 'kept',
      room: created.room,
    });
    expect(await endRoom(created.room, on(server.url))).toBe(true);
    expect(await claimRoom(created.room, on(server.url))).toEqual({ status: 'gone' });
  });

  it('says why a claim failed, without throwing', async () => {
    expect(await claimRoom(undefined, on(staticBase))).toEqual({
      status: 'failed',
      error: 'invalid',
    });
    expect(await claimRoom(undefined, on('http://127.0.0.1:9'))).toEqual({
      status: 'failed',
      error: 'network',
    });
  });
});
