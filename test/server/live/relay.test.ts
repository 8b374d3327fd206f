import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../../pipeline/security-headers.ts';
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
  pause,
  position,
  presenter,
  until,
} from './support/live-client.ts';

// The relay over real socket.io-client connections to the real server: presenters move,
// followers follow; forged, broken and oversized messages change nothing and are counted.

let dist: FixtureDist;
let server: TestServer;
let addresses = 0;
/** A client address of its own (the server believes X-Forwarded-For from loopback). */
const fromAddress = () => ({ 'x-forwarded-for': `203.0.113.${++addresses}` });

beforeAll(async () => {
  dist = makeFixtureDist();
  server = await startTestServer(dist.dir, undefined, { TRUST_PROXY: 'loopback' });
});
afterEach(() => closeClients());
afterAll(async () => {
  await server?.close();
  dist?.remove();
});

describe('a live room', () => {
  it('relays every move of the presenter to every follower, over WebSocket and long-polling', async () => {
    const room = await createRoom(server.url);
    const tablet = await presenter(server.url, room);
    const followers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        follower(server.url, room.code, i % 3 === 0 ? ['polling'] : ['websocket']),
      ),
    );
    const received = followers.map(({ socket }) => collect(socket, 'position'));
    for (let seq = 1; seq <= 5; seq++) {
      expect(await ask(tablet, 'move', { ...room, position: position(seq, seq % 3) })).toEqual({
        ok: true,
      });
    }
    await until(() => received.every((messages) => messages.length === 5));
    for (const messages of received) {
      expect(messages.map((message) => message.position.seq)).toEqual([1, 2, 3, 4, 5]);
      expect(messages[4]).toEqual({ code: room.code, position: position(5, 2) });
    }
  });

  it('gives a late joiner the current position at once, and the presenter the follower count', async () => {
    const room = await createRoom(server.url);
    const tablet = await presenter(server.url, room);
    const counts = collect(tablet, 'followers');
    await ask(tablet, 'move', { ...room, position: position(1) });
    await ask(tablet, 'move', { ...room, position: position(2, 1) });
    const late = await follower(server.url, room.code);
    expect(late.position).toEqual(position(2, 1));
    const others = await Promise.all([
      follower(server.url, room.code),
      follower(server.url, room.code),
    ]);
    await until(() => counts.at(-1)?.count === 3);
    // Debounced: three joins make far fewer than three messages each.
    expect(counts.length).toBeLessThanOrEqual(3);
    others[0].socket.close();
    await until(() => counts.at(-1)?.count === 2);
    expect(counts.every((message) => message.code === room.code)).toBe(true);
    // A presenter that (re)connects hears the count and the last seq in its answer.
    const again = await connect(server.url);
    expect(await ask(again, 'present', room)).toEqual({ ok: true, followers: 2, seq: 2 });
  });

  it('catches a follower up after a reconnection: its join answer has the current position', async () => {
    const room = await createRoom(server.url);
    const tablet = await presenter(server.url, room);
    const phone = await follower(server.url, room.code);
    phone.socket.disconnect();
    await ask(tablet, 'move', { ...room, position: position(7, 2) });
    phone.socket.connect();
    await until(() => phone.socket.connected);
    expect(await ask(phone.socket, 'join', { code: room.code, resume: true })).toEqual({
      ok: true,
      position: position(7, 2),
      waiting: false,
    });
  });

  it('changes nothing for a forged move (no secret, wrong secret, another room’s), and counts it', async () => {
    const room = await createRoom(server.url);
    const other = await createRoom(server.url);
    const tablet = await presenter(server.url, room);
    await ask(tablet, 'move', { ...room, position: position(1) });
    const phone = await follower(server.url, room.code);
    const received = collect(phone.socket, 'position');
    const before = (await health(server.url)).dropped;
    const forger = await connect(server.url, { headers: fromAddress() });
    const forged = position(99, 2);
    expect(await ask(forger, 'move', { code: room.code, position: forged })).toEqual({
      ok: false,
      error: 'invalid',
    });
    expect(
      await ask(forger, 'move', { code: room.code, secret: 'A'.repeat(43), position: forged }),
    ).toEqual({ ok: false, error: 'forbidden' });
    expect(
      await ask(forger, 'move', { code: room.code, secret: other.secret, position: forged }),
    ).toEqual({ ok: false, error: 'forbidden' });
    // A follower is read-only too.
    expect(
      await ask(phone.socket, 'move', { code: room.code, secret: other.secret, position: forged }),
    ).toEqual({ ok: false, error: 'forbidden' });
    expect(await ask(forger, 'end', { code: room.code, secret: other.secret })).toEqual({
      ok: false,
      error: 'forbidden',
    });
    expect(await ask(forger, 'present', { code: room.code, secret: other.secret })).toEqual({
      ok: false,
      error: 'forbidden',
    });
    await pause(200);
    expect(received).toEqual([]);
    const lookup = await (await fetch(`${server.url}/api/live/${room.code}`)).json();
    expect(lookup.position).toEqual(position(1));
    const after = (await health(server.url)).dropped;
    expect(after.forbidden - before.forbidden).toBe(5);
    expect(after.malformed - before.malformed).toBe(1);
    // The real presenter goes on.
    const moved = next(phone.socket, 'position');
    expect(await ask(tablet, 'move', { ...room, position: position(2) })).toEqual({ ok: true });
    expect((await moved).position.seq).toBe(2);
  });

  it('refuses a move that is not newer than the last (stale), so an old one never wins', async () => {
    const room = await createRoom(server.url);
    const tablet = await presenter(server.url, room);
    const phone = await follower(server.url, room.code);
    const received = collect(phone.socket, 'position');
    await ask(tablet, 'move', { ...room, position: position(5) });
    expect(await ask(tablet, 'move', { ...room, position: position(4, 1) })).toEqual({
      ok: false,
      error: 'stale',
    });
    await pause(150);
    expect(received.map((message) => message.position.seq)).toEqual([5]);
  });

  it('ends for everyone: followers hear `ended`, and the code cannot be joined or re-claimed', async () => {
    const room = await createRoom(server.url);
    const tablet = await presenter(server.url, room);
    const phones = await Promise.all([
      follower(server.url, room.code),
      follower(server.url, room.code, ['polling']),
    ]);
    const ended = phones.map(({ socket }) => next(socket, 'ended'));
    expect(await ask(tablet, 'end', room)).toEqual({ ok: true });
    for (const message of await Promise.all(ended))
      expect(message).toEqual({ code: room.code, reason: 'ended' });
    const late = await connect(server.url);
    expect(await ask(late, 'join', { code: room.code })).toEqual({ ok: false, error: 'ended' });
    expect(await ask(late, 'join', { code: room.code, resume: true })).toEqual({
      ok: false,
      error: 'ended',
    });
    expect(await ask(tablet, 'move', { ...room, position: position(9) })).toEqual({
      ok: false,
      error: 'ended',
    });
    const claim = await fetch(`${server.url}/api/live`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(room),
    });
    expect(claim.status).toBe(404);
    expect(await (await fetch(`${server.url}/api/live/${room.code}`)).json()).toMatchObject({
      code: 'ended',
    });
  });

  it('ends for everyone when the presenter ends it over HTTP (DELETE)', async () => {
    const room = await createRoom(server.url);
    const phone = await follower(server.url, room.code);
    const ended = next(phone.socket, 'ended');
    const response = await fetch(`${server.url}/api/live/${room.code}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${room.secret}` },
    });
    expect(response.status).toBe(204);
    expect(await ended).toEqual({ code: room.code, reason: 'ended' });
  });
});

describe('joining', () => {
  it('answers an unknown code with `unknown`, then rate-limits the address after 10 codes', async () => {
    const headers = fromAddress();
    const guesser = await connect(server.url, { headers });
    const room = await createRoom(server.url);
    const codes = [
      'AAAAAA',
      'BBBBBB',
      'CCCCCC',
      'DDDDDD',
      'EEEEEE',
      'FFFFFF',
      'GGGGGG',
      'HHHHHH',
      'JJJJJJ',
      'KKKKKK',
    ];
    for (const code of codes)
      expect(await ask(guesser, 'join', { code })).toEqual({ ok: false, error: 'unknown' });
    // Now even a code that exists tells nothing, over the socket and over HTTP.
    expect(await ask(guesser, 'join', { code: room.code })).toEqual({
      ok: false,
      error: 'rate-limited',
    });
    expect(await ask(guesser, 'join', { code: 'MMMMMM' })).toEqual({
      ok: false,
      error: 'rate-limited',
    });
    const lookup = await fetch(`${server.url}/api/live/${room.code}`, { headers });
    expect(lookup.status).toBe(429);
    expect(await lookup.json()).toMatchObject({ code: 'rate-limited' });
    // On another connection from the same address too; another address is not limited.
    const again = await connect(server.url, { headers });
    expect(await ask(again, 'join', { code: room.code })).toEqual({
      ok: false,
      error: 'rate-limited',
    });
    const neighbour = await connect(server.url, { headers: fromAddress() });
    expect(await ask(neighbour, 'join', { code: room.code })).toMatchObject({ ok: true });
    expect((await health(server.url)).dropped['rate-limited']).toBeGreaterThanOrEqual(3);
  });

  it('counts distinct codes: many phones of one address rejoining one code are not limited', async () => {
    const headers = fromAddress();
    for (let i = 0; i < 15; i++) {
      const phone = await connect(server.url, { headers });
      expect(await ask(phone, 'join', { code: 'NNNNNN' })).toEqual({ ok: false, error: 'unknown' });
      phone.close();
    }
    const room = await createRoom(server.url);
    const phone = await connect(server.url, { headers });
    expect(await ask(phone, 'join', { code: room.code })).toMatchObject({ ok: true });
  });

  it('lets a resuming follower wait in a missing room until its presenter re-claims it', async () => {
    const room = { code: 'PPPPPP', secret: (await createRoom(server.url)).secret };
    const phone = await connect(server.url);
    expect(await ask(phone, 'join', { code: room.code, resume: true })).toEqual({
      ok: true,
      position: null,
      waiting: true,
    });
    await createRoom(server.url, room);
    const tablet = await presenter(server.url, room);
    const moved = next(phone, 'position');
    expect(await ask(tablet, 'move', { ...room, position: position(1) })).toEqual({ ok: true });
    expect((await moved).position.seq).toBe(1);
  });

  it('trusts X-Forwarded-For only from TRUST_PROXY: without it, the header changes nothing', async () => {
    const direct = await startTestServer(dist.dir);
    try {
      const codes = [
        'AAAAAA',
        'BBBBBB',
        'CCCCCC',
        'DDDDDD',
        'EEEEEE',
        'FFFFFF',
        'GGGGGG',
        'HHHHHH',
        'JJJJJJ',
        'KKKKKK',
      ];
      for (const code of codes) {
        const guesser = await connect(direct.url, { headers: fromAddress() });
        await ask(guesser, 'join', { code });
      }
      // Each "address" was the same peer, 127.0.0.1: limited.
      const next = await connect(direct.url, { headers: fromAddress() });
      expect(await ask(next, 'join', { code: 'MMMMMM' })).toEqual({
        ok: false,
        error: 'rate-limited',
      });
    } finally {
      closeClients();
      await direct.close();
    }
  });
});

describe('limits', () => {
  it('refuses followers beyond LIVE_MAX_FOLLOWERS_PER_ROOM with `full`', async () => {
    const small = await startTestServer(dist.dir, undefined, { LIVE_MAX_FOLLOWERS_PER_ROOM: '2' });
    try {
      const room = await createRoom(small.url);
      await follower(small.url, room.code);
      const second = await follower(small.url, room.code);
      const third = await connect(small.url);
      expect(await ask(third, 'join', { code: room.code })).toEqual({ ok: false, error: 'full' });
      // A place frees when a follower leaves.
      second.socket.close();
      await until(async () => (await health(small.url)).followers === 1);
      expect(await ask(third, 'join', { code: room.code })).toMatchObject({ ok: true });
    } finally {
      closeClients();
      await small.close();
    }
  });

  it('drops malformed messages and unknown events, counted, without disconnecting anyone', async () => {
    const room = await createRoom(server.url);
    const tablet = await presenter(server.url, room);
    const phone = await follower(server.url, room.code);
    const received = collect(phone.socket, 'position');
    const rogue = await connect(server.url, { headers: fromAddress() });
    const before = (await health(server.url)).dropped;
    for (const payload of [
      'ABCDEF',
      42,
      null,
      [room],
      { code: room.code, secret: room.secret, position: 'x' },
    ]) {
      expect(await ask(rogue, 'move', payload)).toEqual({ ok: false, error: 'invalid' });
    }
    expect(
      await rogue.timeout(3000).emitWithAck('join', { code: room.code }, 'a second payload'),
    ).toEqual({ ok: false, error: 'invalid' });
    expect(await ask(rogue, 'join', Buffer.from('binary'))).toEqual({
      ok: false,
      error: 'invalid',
    });
    rogue.emit('admin', { please: true });
    rogue.emit('position', { code: room.code, position: position(50) });
    rogue.emit('move');
    await pause(200);
    const after = (await health(server.url)).dropped;
    expect(after.malformed - before.malformed).toBe(8);
    expect(after['unknown-event'] - before['unknown-event']).toBe(2);
    expect(rogue.connected).toBe(true);
    expect(received).toEqual([]);
    expect(await ask(tablet, 'move', { ...room, position: position(1) })).toEqual({ ok: true });
    await until(() => received.length === 1);
  });

  it('drops a message over its size limit (counted); a payload past the transport limit closes only that connection', async () => {
    const room = await createRoom(server.url);
    const tablet = await presenter(server.url, room);
    const phone = await follower(server.url, room.code);
    const received = collect(phone.socket, 'position');
    const before = (await health(server.url)).dropped;
    const padded = { ...room, position: { ...position(1), padding: 'x'.repeat(14_000) } };
    expect(await ask(tablet, 'move', padded)).toEqual({ ok: false, error: 'invalid' });
    expect(await ask(tablet, 'join', { code: room.code, padding: 'x'.repeat(300) })).toEqual({
      ok: false,
      error: 'invalid',
    });
    expect((await health(server.url)).dropped['too-large'] - before['too-large']).toBe(2);
    for (const transports of [['websocket'], ['polling']] as const) {
      const flooder = await connect(server.url, { transports: [...transports] });
      const gone = new Promise((done) => flooder.once('disconnect', done));
      flooder.emit('join', { code: room.code, padding: 'x'.repeat(100_000) });
      await gone;
    }
    expect(tablet.connected && phone.socket.connected).toBe(true);
    expect(received).toEqual([]);
    expect(await ask(tablet, 'move', { ...room, position: position(2) })).toEqual({ ok: true });
    await until(() => received.length === 1);
  });

  it('drops messages beyond a connection’s budget, counted, without answering them', async () => {
    const flooder = await connect(server.url, { headers: fromAddress() });
    const before = (await health(server.url)).dropped['over-budget'];
    const answers = await Promise.allSettled(
      Array.from({ length: 60 }, () =>
        flooder.timeout(1000).emitWithAck('join', { code: 'QQQQQQ' }),
      ),
    );
    expect(answers.filter((answer) => answer.status === 'fulfilled').length).toBeLessThanOrEqual(
      32,
    );
    expect((await health(server.url)).dropped['over-budget'] - before).toBeGreaterThanOrEqual(28);
    expect(flooder.connected).toBe(true);
  });

  it('refuses a connection from a page of another origin; its own origin is welcome', async () => {
    await expect(
      connect(server.url, { headers: { origin: 'https://elsewhere.example' } }),
    ).rejects.toThrow();
    const own = await connect(server.url, { headers: { origin: server.url } });
    expect(own.connected).toBe(true);
    expect((await health(server.url)).dropped['foreign-origin']).toBeGreaterThanOrEqual(1);
  });

  it('answers long-polling with the security headers, never cached', async () => {
    const response = await fetch(`${server.url}/api/live/socket/?EIO=4&transport=polling`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(response.headers.get(name), name).toBe(value);
    await response.text();
    const broken = await fetch(`${server.url}/api/live/socket/?EIO=4&transport=polling&sid=nope`);
    expect(broken.status).toBe(400);
    expect(broken.headers.get('cache-control')).toBe('no-store');
    await broken.text();
  });
});

describe('idle rooms', () => {
  it('expire after LIVE_ROOM_IDLE_MINUTES without a move: followers hear `ended` (expired)', async () => {
    // 0.01 minutes: 600 ms.
    const quick = await startTestServer(dist.dir, undefined, { LIVE_ROOM_IDLE_MINUTES: '0.01' });
    try {
      const room = await createRoom(quick.url);
      const tablet = await presenter(quick.url, room);
      const phone = await follower(quick.url, room.code);
      const ended = next(phone.socket, 'ended', 5000);
      // Moves keep it alive …
      for (let seq = 1; seq <= 4; seq++) {
        await pause(300);
        expect(await ask(tablet, 'move', { ...room, position: position(seq) })).toEqual({
          ok: true,
        });
      }
      // … silence ends it.
      const started = Date.now();
      expect(await ended).toEqual({ code: room.code, reason: 'expired' });
      expect(Date.now() - started).toBeGreaterThanOrEqual(500);
      expect((await fetch(`${quick.url}/api/live/${room.code}`)).status).toBe(404);
      expect((await health(quick.url)).rooms).toBe(0);
    } finally {
      closeClients();
      await quick.close();
    }
  });
});
