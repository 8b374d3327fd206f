// The live relay over Socket.IO: presenters move, followers follow. Every incoming message goes
// through one gate (budget, size, schema) before its handler sees it; anything else is dropped
// and counted, and the connection stays up. Rooms are Socket.IO rooms (the Redis adapter carries
// them across instances); their state is in the RoomStore.
import type { Server, Socket } from 'socket.io';
import * as v from 'valibot';
import {
  type Answer,
  CLIENT_EVENTS,
  type ClientEventName,
  type ClientMessage,
  ClientMessages,
  MESSAGE_LIMITS,
  messageSize,
} from '../../src/live/protocol.ts';
import type { ClientAddress } from './client-address.ts';
import type { LiveCounters } from './counters.ts';
import { FollowerCounts } from './follower-counts.ts';
import { LIVE_SERVER_LIMITS } from './limits.ts';
import { MessageBudget } from './message-budget.ts';
import { codeOfRoom, followersRoom, presentersRoom } from './room-names.ts';
import type { RoomStore } from './room-store.ts';
import type { LiveRooms } from './rooms.ts';

export interface SocketRelayOptions {
  rooms: LiveRooms;
  store: RoomStore;
  counters: LiveCounters;
  clientAddress: ClientAddress;
  maxFollowersPerRoom: number;
  /** True with the Redis adapter. */
  clustered: boolean;
  /** How long a missing room's followers wait for its presenter (resume). */
  resumeGraceMs: number;
  /** How often rooms with connections here are checked for expiry. */
  sweepMs: number;
  onError: (error: unknown) => void;
}

type Reply<E extends ClientEventName> = (answer: Answer<E>) => void;
type Handler<E extends ClientEventName> = (
  socket: Socket,
  message: ClientMessage<E>,
  reply: Reply<E>,
) => Promise<void>;

export interface SocketRelay {
  /** Tells everyone in the room (on every instance) that it ended, and empties it. */
  announceEnded(code: string, reason: 'ended' | 'expired'): void;
  localCounts(): { presenters: number; followers: number };
  close(): void;
}

export function startSocketRelay(io: Server, options: SocketRelayOptions): SocketRelay {
  const { rooms, store, counters } = options;
  const counts = new FollowerCounts(io, options.clustered);

  /** The live code this socket is in (a socket is in one room at most), and as what. */
  function membership(socket: Socket): { code: string; role: 'presenter' | 'follower' } | null {
    for (const room of socket.rooms) {
      const code = codeOfRoom(room);
      if (code) return { code, role: room === followersRoom(code) ? 'follower' : 'presenter' };
    }
    return null;
  }

  function leaveCurrent(socket: Socket): void {
    const current = membership(socket);
    if (!current) return;
    socket.leave(followersRoom(current.code));
    socket.leave(presentersRoom(current.code));
    if (current.role === 'follower') counts.changed(current.code);
  }

  function announceEnded(code: string, reason: 'ended' | 'expired', local = false): void {
    const names = [followersRoom(code), presentersRoom(code)];
    const target = local ? io.local : io;
    target.to(names).emit('ended', { code, reason });
    target.in(names).socketsLeave(names);
  }

  const handlers: { [E in ClientEventName]: Handler<E> } = {
    async present(socket, { code, secret }, reply) {
      const address = options.clientAddress(socket.request);
      const result = await rooms.authorize(address, code, secret);
      if (!result.ok) return reply(result);
      const presenters = io.of('/').adapter.rooms.get(presentersRoom(code));
      if (!socket.rooms.has(presentersRoom(code))) {
        if ((presenters?.size ?? 0) >= LIVE_SERVER_LIMITS.maxPresentersPerRoom) {
          return reply({ ok: false, error: 'full' });
        }
        leaveCurrent(socket);
        socket.join(presentersRoom(code));
      }
      reply({
        ok: true,
        followers: await counts.total(code),
        seq: result.room.position?.seq ?? null,
      });
    },

    async join(socket, { code, resume }, reply) {
      const address = options.clientAddress(socket.request);
      const already = socket.rooms.has(followersRoom(code));
      if (!already && (await counts.total(code)) >= options.maxFollowersPerRoom) {
        return reply({ ok: false, error: 'full' });
      }
      // In the room before reading its position: a move in between reaches this follower too
      // (it keeps the highest seq), so none is missed.
      if (!already) {
        leaveCurrent(socket);
        socket.join(followersRoom(code));
      }
      const found = await rooms.lookup(address, code);
      if (found.ok) {
        if (!already) counts.changed(code);
        return reply({ ok: true, position: found.position, waiting: false });
      }
      if (resume && found.error === 'unknown') {
        // Its presenter is expected back (a restarted server): wait in the room, see sweep().
        if (!already) counts.changed(code);
        return reply({ ok: true, position: null, waiting: true });
      }
      socket.leave(followersRoom(code));
      reply(found);
    },

    async move(socket, { code, secret, position }, reply) {
      const address = options.clientAddress(socket.request);
      const result = await rooms.move(address, code, secret, position);
      if (result.ok) io.to(followersRoom(code)).emit('position', { code, position });
      reply(result.ok ? { ok: true } : result);
    },

    async end(socket, { code, secret }, reply) {
      const address = options.clientAddress(socket.request);
      const result = await rooms.end(address, code, secret);
      if (result.ok) announceEnded(code, 'ended');
      reply(result.ok ? { ok: true } : result);
    },
  };

  /** The gate: a message this relay can act on, or null (dropped, counted, answered if asked). */
  function admit<E extends ClientEventName>(
    event: E,
    args: unknown[],
    budget: MessageBudget,
  ): { message: ClientMessage<E>; reply: Reply<E> } | null {
    const last = args.at(-1);
    const ack = typeof last === 'function' ? (last as Reply<E>) : null;
    const payloads = ack ? args.slice(0, -1) : args;
    if (!budget.take()) {
      // A flood gets no answers: that would only double it.
      counters.drop('over-budget');
      return null;
    }
    const refuse = (reason: 'malformed' | 'too-large') => {
      counters.drop(reason);
      ack?.({ ok: false, error: 'invalid' } as Answer<E>);
      return null;
    };
    if (payloads.length !== 1) return refuse('malformed');
    if (messageSize(payloads[0]) > MESSAGE_LIMITS[event]) return refuse('too-large');
    const parsed = v.safeParse(ClientMessages[event], payloads[0]);
    if (!parsed.success) return refuse('malformed');
    return { message: parsed.output as ClientMessage<E>, reply: ack ?? (() => {}) };
  }

  io.on('connection', (socket) => {
    const budget = new MessageBudget(
      LIVE_SERVER_LIMITS.messagesPerSecond,
      LIVE_SERVER_LIMITS.messageBurst,
    );
    // A connection that is in no room (never joined, or its room ended) is closed after a while.
    let unjoined: NodeJS.Timeout;
    const checkJoined = () => {
      if (membership(socket)) unjoined = setTimeout(checkJoined, LIVE_SERVER_LIMITS.unjoinedMs);
      else socket.disconnect(true);
    };
    unjoined = setTimeout(checkJoined, LIVE_SERVER_LIMITS.unjoinedMs);

    socket.onAny((event: unknown) => {
      if (!CLIENT_EVENTS.includes(event as ClientEventName)) counters.drop('unknown-event');
    });
    for (const event of CLIENT_EVENTS) {
      socket.on(event, (...args: unknown[]) => {
        const admitted = admit(event, args, budget);
        if (!admitted) return;
        const handler = handlers[event] as Handler<typeof event>;
        handler(socket, admitted.message, admitted.reply).catch((error: unknown) => {
          options.onError(error);
          admitted.reply({ ok: false, error: 'unavailable' });
        });
      });
    }
    socket.on('disconnecting', () => {
      clearTimeout(unjoined);
      const current = membership(socket);
      if (current?.role === 'follower') {
        // The count is taken after the socket has left its rooms.
        setImmediate(() => counts.changed(current.code));
      }
    });
  });

  // Rooms with connections here whose state is gone (expired, or never re-claimed after a
  // restart) are ended for their followers; a missing room gets resumeGraceMs first.
  const missingSince = new Map<string, number>();
  let sweeping = false;
  async function sweep(): Promise<void> {
    if (sweeping) return;
    sweeping = true;
    try {
      const codes = new Set<string>();
      for (const room of io.of('/').adapter.rooms.keys()) {
        const code = codeOfRoom(room);
        if (code) codes.add(code);
      }
      for (const code of missingSince.keys()) if (!codes.has(code)) missingSince.delete(code);
      for (const code of codes) {
        if (await store.read(code)) {
          missingSince.delete(code);
        } else if (await store.wasEnded(code)) {
          missingSince.delete(code);
          announceEnded(code, 'ended', true);
        } else {
          const since = missingSince.get(code) ?? Date.now();
          missingSince.set(code, since);
          if (Date.now() - since >= options.resumeGraceMs) {
            missingSince.delete(code);
            announceEnded(code, 'expired', true);
          }
        }
      }
    } catch (error) {
      options.onError(error);
    } finally {
      sweeping = false;
    }
  }
  const sweeper = setInterval(sweep, options.sweepMs);

  return {
    announceEnded: (code, reason) => announceEnded(code, reason),
    localCounts() {
      let presenters = 0;
      let followers = 0;
      for (const [room, sockets] of io.of('/').adapter.rooms) {
        if (room.startsWith('live-f:')) followers += sockets.size;
        else if (room.startsWith('live-p:')) presenters += sockets.size;
      }
      return { presenters, followers };
    },
    close() {
      clearInterval(sweeper);
      counts.close();
    },
  };
}
