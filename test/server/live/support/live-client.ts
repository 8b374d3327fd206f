// Real socket.io-client connections to a tour server, as the app will make them, and what the
// tests need around them: a presenter, followers, positions, and waiting for messages.
import { io, type Socket } from 'socket.io-client';
import type { LiveHealth } from '../../../../server/live/plugin.ts';
import {
  type Answer,
  type ClientEventName,
  LIVE_SOCKET_PATH,
  type LivePosition,
  type ServerEventName,
  type ServerMessage,
} from '../../../../src/live/protocol.ts';

export type Transport = 'websocket' | 'polling';

const open: Socket[] = [];

/** A connected client (connected: its transport is open and it reached the namespace). */
export async function connect(
  url: string,
  { transports = ['websocket'] as Transport[], headers = {} as Record<string, string> } = {},
): Promise<Socket> {
  const socket = io(url, {
    path: LIVE_SOCKET_PATH,
    transports,
    extraHeaders: headers,
    reconnectionDelay: 100,
    reconnectionDelayMax: 300,
    forceNew: true,
  });
  open.push(socket);
  await new Promise<void>((done, fail) => {
    socket.once('connect', () => done());
    socket.once('connect_error', fail);
  });
  return socket;
}

/** Closes every client the tests opened. */
export function closeClients(): void {
  for (const socket of open.splice(0)) socket.close();
}

export interface Room {
  code: string;
  secret: string;
}

export async function createRoom(url: string, body?: Room): Promise<Room> {
  const response = await fetch(`${url}/api/live`, {
    method: 'POST',
    ...(body
      ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
      : {}),
  });
  if (response.status !== 201 && response.status !== 200) {
    throw new Error(`POST /api/live: ${response.status} ${await response.text()}`);
  }
  return response.json();
}

/** Sends a message (of any shape: the tests send broken ones too) and waits for its answer. */
export function ask<E extends ClientEventName>(
  socket: Socket,
  event: E,
  payload: unknown,
): Promise<Answer<E>> {
  return socket.timeout(3000).emitWithAck(event, payload);
}

export async function presenter(url: string, room: Room, transports?: Transport[]) {
  const socket = await connect(url, { transports });
  const answer = await ask(socket, 'present', room);
  if (!answer.ok) throw new Error(`present: ${answer.error}`);
  return socket;
}

export async function follower(url: string, code: string, transports?: Transport[]) {
  const socket = await connect(url, { transports });
  const answer = await ask(socket, 'join', { code });
  if (!answer.ok) throw new Error(`join: ${answer.error}`);
  return { socket, position: answer.position };
}

export function position(seq: number, index = 0): LivePosition {
  return {
    sessionId: 'session-1',
    tourId: 'delegation',
    stops: [
      { stop: 'welcome', minutes: 5 },
      { stop: 'testing-lab', minutes: 10 },
      { stop: 'cord-blood-bank', minutes: 8 },
    ],
    index,
    audience: 'en',
    clock: {
      startedAt: 1_796_000_000_000,
      pausedAt: null,
      pausedTotal: 0,
      clockStarted: true,
      enteredAt: seq * 1000,
    },
    contentVersion: 'content-test-1',
    seq,
  };
}

/** The next message of this event on this socket (bounded wait). */
export function next<E extends ServerEventName>(
  socket: Socket,
  event: E,
  ms = 3000,
): Promise<ServerMessage<E>> {
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      socket.off(event as string, handler);
      fail(new Error(`no "${event}" within ${ms} ms`));
    }, ms);
    const handler = (message: ServerMessage<E>) => {
      clearTimeout(timer);
      socket.off(event as string, handler);
      done(message);
    };
    socket.on(event as string, handler);
  });
}

/** Every message of this event this socket gets from now on. */
export function collect<E extends ServerEventName>(socket: Socket, event: E): ServerMessage<E>[] {
  const messages: ServerMessage<E>[] = [];
  socket.on(event as string, (message: ServerMessage<E>) => messages.push(message));
  return messages;
}

/** Waits until `check` holds (bounded), for what arrives without a message to wait for. */
export async function until(check: () => boolean | Promise<boolean>, ms = 3000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not true within ${ms} ms`);
    await new Promise((done) => setTimeout(done, 20));
  }
}

export const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

export async function health(url: string): Promise<LiveHealth> {
  return (await (await fetch(`${url}/api/health`)).json()).live;
}
