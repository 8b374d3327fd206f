import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis, type TestRedis } from '../../../scripts/lib/redis-server.ts';
import { startTestServer, type TestServer } from '../../support/tour-server.ts';
import { type FixtureDist, makeFixtureDist } from '../support/fixture-dist.ts';
import {
  ask,
  closeClients,
  collect,
  connect,
  createRoom,
  follower,
  health,
  next,
  position,
  presenter,
  until,
} from './support/live-client.ts';

// Two tour servers on one real redis-server (REDIS_URL): the Socket.IO Redis adapter carries the
// rooms across instances, the Redis room store the codes, secrets and positions.

let dist: FixtureDist;
let redis: TestRedis;
let a: TestServer;
let b: TestServer;

beforeAll(async () => {
  dist = makeFixtureDist();
  redis = await startRedis();
  const env = { REDIS_URL: redis.url, LIVE_MAX_FOLLOWERS_PER_ROOM: '3' };
  a = await startTestServer(dist.dir, undefined, env);
  b = await startTestServer(dist.dir, undefined, env);
});
afterAll(async () => {
  closeClients();
  await a?.close();
  await b?.close();
  await redis?.stop();
  dist?.remove();
});

describe('two instances with Redis', () => {
  it('relay a presenter on A to followers on A and B; a late joiner on B gets the position', async () => {
    const room = await createRoom(a.url);
    const tablet = await presenter(a.url, room);
    const onA = await follower(a.url, room.code);
    const onB = await follower(b.url, room.code, ['polling']);
    const received = [collect(onA.socket, 'position'), collect(onB.socket, 'position')];
    for (let seq = 1; seq <= 3; seq++) {
      expect(await ask(tablet, 'move', { ...room, position: position(seq, seq - 1) })).toEqual({
        ok: true,
      });
    }
    await until(() => received.every((messages) => messages.length === 3));
    expect(received[1].map((message) => message.position.seq)).toEqual([1, 2, 3]);
    const late = await follower(b.url, room.code);
    expect(late.position).toEqual(position(3, 2));
    const lookup = await (await fetch(`${b.url}/api/live/${room.code}`)).json();
    expect(lookup.position.seq).toBe(3);
  });

  it('count followers over both instances for the presenter, and cap them over both', async () => {
    const room = await createRoom(b.url);
    const tablet = await presenter(a.url, room);
    const counts = collect(tablet, 'followers');
    await follower(a.url, room.code);
    await follower(b.url, room.code);
    await until(() => counts.at(-1)?.count === 2, 5000);
    await follower(b.url, room.code);
    await until(() => counts.at(-1)?.count === 3, 5000);
    // The cap (3) holds over both instances (the other instance's count is at most 1 s old).
    await new Promise((done) => setTimeout(done, 1100));
    const fourth = await connect(a.url);
    expect(await ask(fourth, 'join', { code: room.code })).toEqual({ ok: false, error: 'full' });
  });

  it('end a room from either instance for everyone, and share the room count', async () => {
    const room = await createRoom(a.url);
    const onB = await follower(b.url, room.code);
    const ended = next(onB.socket, 'ended');
    const tablet = await connect(b.url);
    expect(await ask(tablet, 'end', room)).toEqual({ ok: true });
    expect(await ended).toEqual({ code: room.code, reason: 'ended' });
    const late = await connect(a.url);
    expect(await ask(late, 'join', { code: room.code })).toEqual({ ok: false, error: 'ended' });
    const [fromA, fromB] = await Promise.all([health(a.url), health(b.url)]);
    expect(fromA.store).toBe('redis');
    expect(fromA.rooms).toBe(fromB.rooms);
    expect(fromA.rooms).toBeGreaterThanOrEqual(2);
  });

  it('keep the rooms when an instance restarts: its followers come back to B', async () => {
    const room = await createRoom(a.url);
    const tablet = await presenter(b.url, room);
    await ask(tablet, 'move', { ...room, position: position(1) });
    const { port } = a;
    await a.close();
    a = await startTestServer(dist.dir, undefined, { REDIS_URL: redis.url, PORT: String(port) });
    const phone = await follower(a.url, room.code);
    expect(phone.position?.seq).toBe(1);
  });

  it('answer `unavailable` while Redis is away, and go on serving', async () => {
    const room = await createRoom(a.url);
    const tablet = await presenter(a.url, room);
    await redis.stop();
    expect(await ask(tablet, 'move', { ...room, position: position(1) })).toEqual({
      ok: false,
      error: 'unavailable',
    });
    const phone = await connect(b.url);
    expect(await ask(phone, 'join', { code: room.code })).toEqual({
      ok: false,
      error: 'unavailable',
    });
    const response = await fetch(`${a.url}/api/live`, { method: 'POST' });
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ code: 'unavailable' });
    expect((await health(a.url)).rooms).toBeNull();
    expect((await fetch(`${b.url}/`)).status).toBe(200);
  });
});
