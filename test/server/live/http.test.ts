import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../../pipeline/security-headers.ts';
import { startTestServer, type TestServer } from '../../support/tour-server.ts';
import { type FixtureDist, makeFixtureDist } from '../support/fixture-dist.ts';
import { ask, closeClients, connect, createRoom, health, position } from './support/live-client.ts';

// The live relay's HTTP API, on the real server: probe, create, re-claim, look up, end.

let dist: FixtureDist;
let server: TestServer;
let clients = 0;
/** Each test is its own client address (the server believes X-Forwarded-For from loopback). */
const address = () => `198.51.100.${++clients}`;

beforeAll(async () => {
  dist = makeFixtureDist();
  server = await startTestServer(dist.dir, undefined, {
    TRUST_PROXY: 'loopback',
  });
});
afterAll(async () => {
  closeClients();
  await server?.close();
  dist?.remove();
});

async function call(
  method: string,
  path: string,
  init: { body?: unknown; headers?: Record<string, string>; from?: string } = {},
) {
  const headers: Record<string, string> = {
    'x-forwarded-for': init.from ?? address(),
    ...init.headers,
  };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(server.url + path, {
    method,
    headers,
    body:
      init.body === undefined
        ? undefined
        : typeof init.body === 'string'
          ? init.body
          : JSON.stringify(init.body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? JSON.parse(text) : null,
  };
}

describe('the live API', () => {
  it('answers the probe: the static app can tell the relay is there', async () => {
    const { status, headers, body } = await call('GET', '/api/live');
    expect(status).toBe(200);
    expect(body).toEqual({ protocol: 1, socketPath: '/api/live/socket/' });
    expect(headers.get('cache-control')).toBe('no-store');
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(headers.get(name), name).toBe(value);
  });

  it('creates a room: a fresh code and a 32-byte secret, each time another', async () => {
    const first = await call('POST', '/api/live');
    const second = await call('POST', '/api/live', { body: {} });
    for (const { status, body, headers } of [first, second]) {
      expect(status).toBe(201);
      expect(body.code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
      expect(Buffer.from(body.secret, 'base64url')).toHaveLength(32);
      expect(headers.get('cache-control')).toBe('no-store');
    }
    expect(second.body.code).not.toBe(first.body.code);
    expect(second.body.secret).not.toBe(first.body.secret);
  });

  it('lets a presenter re-claim its code with its secret: kept if there, re-created if not', async () => {
    const room = (await call('POST', '/api/live')).body;
    expect(await call('POST', '/api/live', { body: room })).toMatchObject({
      status: 200,
      body: room,
    });
    const other = (await call('POST', '/api/live')).body;
    // Another presenter's code: taken, and nothing changes.
    expect(
      await call('POST', '/api/live', { body: { code: room.code, secret: other.secret } }),
    ).toMatchObject({ status: 409, body: { code: 'taken' } });
    // A code that is free (as after a restart of a single instance): created with it.
    const fresh = { code: 'QQQQQQ', secret: room.secret };
    expect(await call('POST', '/api/live', { body: fresh })).toMatchObject({
      status: 201,
      body: fresh,
    });
    expect(await call('GET', '/api/live/QQQQQQ')).toMatchObject({
      status: 200,
      body: { exists: true, position: null },
    });
  });

  it('looks a code up for the follower page: its position, or 404 when unknown or ended', async () => {
    const room = await createRoom(server.url);
    const tablet = await connect(server.url);
    expect(await ask(tablet, 'move', { ...room, position: position(1) })).toEqual({ ok: true });
    expect(await call('GET', `/api/live/${room.code}`)).toMatchObject({
      status: 200,
      body: { exists: true, position: position(1) },
    });
    const unknown = await call('GET', '/api/live/ZZZZZZ');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ statusCode: 404, error: 'Not Found', code: 'unknown' });
    expect(unknown.headers.get('cache-control')).toBe('no-store');
    expect(await call('GET', '/api/live/abc')).toMatchObject({
      status: 400,
      body: { code: 'invalid' },
    });
  });

  it('ends a room with its secret (Authorization: Bearer): then the code is gone for good', async () => {
    const room = await createRoom(server.url);
    const bearer = (secret: string) => ({ headers: { authorization: `Bearer ${secret}` } });
    const other = await createRoom(server.url);
    expect(await call('DELETE', `/api/live/${room.code}`, bearer(other.secret))).toMatchObject({
      status: 403,
      body: { code: 'forbidden' },
    });
    expect((await call('DELETE', `/api/live/${room.code}`)).status).toBe(400);
    expect((await call('DELETE', `/api/live/${room.code}`, bearer(room.secret))).status).toBe(204);
    expect(await call('GET', `/api/live/${room.code}`)).toMatchObject({
      status: 404,
      body: { code: 'ended' },
    });
    expect(await call('POST', '/api/live', { body: room })).toMatchObject({
      status: 404,
      body: { code: 'ended' },
    });
    expect(await call('DELETE', `/api/live/${room.code}`, bearer(room.secret))).toMatchObject({
      status: 404,
      body: { code: 'ended' },
    });
  });

  it.each([
    ['a code without a secret', { code: 'ABCDEF' }],
    ['a secret that is too short', { code: 'ABCDEF', secret: 'abc' }],
    ['a code in lower case', { code: 'abcdef', secret: 'A'.repeat(43) }],
    ['something else', [1, 2, 3]],
    ['not JSON', '{"code":'],
  ])('refuses %s with 400 invalid', async (_label, body) => {
    const { status, body: answer } = await call('POST', '/api/live', { body });
    expect(status).toBe(400);
    expect(answer.code).toBe('invalid');
  });

  it('refuses a body over 1 KB, and another method, without the app shell', async () => {
    const big = { code: 'ABCDEF', secret: 'A'.repeat(43), padding: 'x'.repeat(2000) };
    expect(await call('POST', '/api/live', { body: big })).toMatchObject({
      status: 413,
      body: { code: 'invalid' },
    });
    expect((await call('PUT', '/api/live')).status).toBe(404);
    expect((await call('PATCH', '/api/live/ABCDEF')).status).toBe(404);
  });

  it('limits room creation per address (429 rate-limited), not for other addresses', async () => {
    const from = address();
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) {
      const { status, body } = await call('POST', '/api/live', { from });
      statuses.push(status);
      if (status === 201)
        await call('DELETE', `/api/live/${body.code}`, {
          headers: { authorization: `Bearer ${body.secret}` },
          from,
        });
    }
    expect(statuses.slice(0, 20).every((status) => status === 201)).toBe(true);
    const limited = await call('POST', '/api/live', { from });
    expect(limited).toMatchObject({ status: 429, body: { code: 'rate-limited' } });
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await call('POST', '/api/live')).status).toBe(201);
  });

  it('counts refusals in /api/health under live', async () => {
    const live = await health(server.url);
    expect(live).toMatchObject({ store: 'memory', presenters: 0, followers: 0 });
    expect(live.rooms).toBeGreaterThan(5);
    expect(live.dropped.forbidden).toBeGreaterThanOrEqual(2);
    expect(live.dropped['unknown-room']).toBeGreaterThanOrEqual(2);
  });

  it('refuses rooms beyond LIVE_MAX_ROOMS with 503 full', async () => {
    const small = await startTestServer(dist.dir, undefined, { LIVE_MAX_ROOMS: '2' });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) {
        const response = await fetch(`${small.url}/api/live`, { method: 'POST' });
        statuses.push([response.status, (await response.json()).code]);
      }
      expect(statuses.map(([status]) => status)).toEqual([201, 201, 503]);
      expect(statuses[2][1]).toBe('full');
      expect((await health(small.url)).rooms).toBe(2);
    } finally {
      await small.close();
    }
  });
});
