import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/tour-server.ts';
import { type FixtureDist, makeFixtureDist } from '../support/fixture-dist.ts';
import {
  ask,
  closeClients,
  collect,
  createRoom,
  follower,
  position,
  presenter,
  type Room,
  until,
} from './support/live-client.ts';

// The tablet is the source of truth. A single instance keeps its rooms in memory, so a restart
// loses them: the presenter re-claims its code with its secret, the followers come back to the
// same code on their own (Socket.IO reconnects; they rejoin with resume), and the next move
// reaches them all.

let dist: FixtureDist;
let server: TestServer;

beforeAll(async () => {
  dist = makeFixtureDist();
  server = await startTestServer(dist.dir);
});
afterAll(async () => {
  closeClients();
  await server?.close();
  dist?.remove();
});

describe('a restart of the server in the middle of a tour', () => {
  it('is survived: the presenter re-claims the code, followers reconnect and follow on', async () => {
    const room = await createRoom(server.url);
    const tablet = await presenter(server.url, room);
    // What the client does on every (re)connection: re-claim, present, republish (presenter);
    // rejoin with resume and keep the highest seq (follower).
    let seq = 1;
    tablet.on('connect', async () => {
      await createRoom(server.url, room);
      await ask(tablet, 'present', room);
      await ask(tablet, 'move', { ...room, position: position(++seq, 1) });
    });
    const phones = await Promise.all(
      [['websocket'], ['polling'], ['websocket']].map((transports) =>
        follower(server.url, room.code, transports as ['websocket']),
      ),
    );
    const seen = phones.map(({ socket }) => {
      const positions = collect(socket, 'position');
      socket.on('connect', async () => {
        const answer = await ask(socket, 'join', { code: room.code, resume: true });
        if (answer.ok && answer.position)
          positions.push({ code: room.code, position: answer.position });
      });
      return positions;
    });
    expect(await ask(tablet, 'move', { ...room, position: position(1) })).toEqual({ ok: true });
    await until(() => seen.every((positions) => positions.length === 1));

    const { port } = server;
    await server.close();
    await until(() => !tablet.connected && phones.every(({ socket }) => !socket.connected));
    server = await startTestServer(dist.dir, undefined, { PORT: String(port) });

    // Everyone is back, in the same room, on the presenter's republished position …
    await until(() => tablet.connected && phones.every(({ socket }) => socket.connected), 10_000);
    await until(() => seen.every((positions) => positions.at(-1)?.position.seq === 2), 10_000);
    // … and the next move reaches them all.
    expect(await ask(tablet, 'move', { ...room, position: position(10, 2) })).toEqual({ ok: true });
    await until(() => seen.every((positions) => positions.at(-1)?.position.seq === 10));
    const lookup = await (await fetch(`${server.url}/api/live/${room.code}`)).json();
    expect(lookup.position.seq).toBe(10);
  });

  it('tells a presenter whose code was taken meanwhile (409), so it can start a new session', async () => {
    const room: Room = await createRoom(server.url);
    const { port } = server;
    await server.close();
    server = await startTestServer(dist.dir, undefined, { PORT: String(port) });
    const squatter = await createRoom(server.url, {
      code: room.code,
      secret: (await createRoom(server.url)).secret,
    });
    expect(squatter.code).toBe(room.code);
    const response = await fetch(`${server.url}/api/live`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(room),
    });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ code: 'taken' });
  });
});
