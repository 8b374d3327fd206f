// The live relay (issue 12): a guide's tablet moves, every follower's phone and wall screen
// follows. One encapsulated plugin: the HTTP API under /api/live, Socket.IO on the same server at
// /api/live/socket/, rooms in memory, or in Redis with REDIS_URL (several instances). The wire
// protocol is src/live/protocol.ts; how to run it, docs/deploy.md.
import { createAdapter } from '@socket.io/redis-adapter';
import type { FastifyPluginAsync } from 'fastify';
import type { LiveConfig } from '../config.ts';
import type { HeaderMap } from '../http/response-headers.ts';
import { clientAddressFor } from './client-address.ts';
import { LiveCounters } from './counters.ts';
import { FailedJoinLimiter } from './failed-join-limiter.ts';
import { liveRoutes } from './http-routes.ts';
import { LIVE_SERVER_LIMITS, sweepIntervalMs } from './limits.ts';
import { MemoryRoomStore } from './memory-room-store.ts';
import { connectRedis } from './redis.ts';
import { RedisRoomStore } from './redis-room-store.ts';
import type { RoomStore } from './room-store.ts';
import { LiveRooms } from './rooms.ts';
import { startSocketRelay } from './socket-relay.ts';
import { createSocketServer } from './socket-server.ts';

export interface LiveOptions {
  live: LiveConfig;
  redisUrl: string | null;
  trustProxy: readonly string[];
  securityHeaders: HeaderMap;
  /** Receives the relay's figures for GET /api/health. */
  report(section: () => Promise<LiveHealth>): void;
  /** Keeps the Redis keys of separate services (or tests) apart on one Redis. */
  redisPrefix?: string;
}

export interface LiveHealth {
  store: 'memory' | 'redis';
  /** Open rooms over all instances; null while Redis cannot be reached. */
  rooms: number | null;
  /** Connections to this instance. */
  presenters: number;
  followers: number;
  dropped: LiveCounters['dropped'];
}

export const liveRelay: FastifyPluginAsync<LiveOptions> = async (app, options) => {
  const storeOptions = {
    maxRooms: options.live.maxRooms,
    idleMs: options.live.roomIdleMs,
    endedMemoryMs: LIVE_SERVER_LIMITS.endedMemoryMs,
  };
  const redis = options.redisUrl ? await connectRedis(options.redisUrl, app.log) : null;
  const store: RoomStore = redis
    ? new RedisRoomStore(redis.commands, storeOptions, options.redisPrefix)
    : new MemoryRoomStore(storeOptions);
  const counters = new LiveCounters();
  const limiter = new FailedJoinLimiter({
    maxCodes: LIVE_SERVER_LIMITS.failedCodesPerWindow,
    windowMs: LIVE_SERVER_LIMITS.failedWindowMs,
    maxAddresses: LIVE_SERVER_LIMITS.trackedAddresses,
  });
  const onError = (error: unknown) =>
    app.log.warn({ err: error instanceof Error ? error.message : String(error) }, 'live relay');
  const rooms = new LiveRooms(store, limiter, counters, onError);

  const io = createSocketServer(app.server, {
    securityHeaders: options.securityHeaders,
    counters,
    adapter: redis
      ? createAdapter(redis.pub, redis.sub, {
          key: `${options.redisPrefix ?? 'sbc-live'}:io`,
          requestsTimeout: LIVE_SERVER_LIMITS.clusterTimeoutMs,
        })
      : undefined,
  });
  const relay = startSocketRelay(io, {
    rooms,
    store,
    counters,
    clientAddress: clientAddressFor(options.trustProxy),
    maxFollowersPerRoom: options.live.maxFollowersPerRoom,
    clustered: redis !== null,
    resumeGraceMs: Math.min(LIVE_SERVER_LIMITS.resumeGraceMs, options.live.roomIdleMs),
    sweepMs: sweepIntervalMs(options.live.roomIdleMs),
    onError,
  });

  await app.register(liveRoutes, {
    rooms,
    announceEnded: (code) => relay.announceEnded(code, 'ended'),
  });

  options.report(async () => ({
    store: redis ? 'redis' : 'memory',
    rooms: await store.count().catch(() => null),
    ...relay.localCounts(),
    dropped: { ...counters.dropped },
  }));

  // On shutdown the transports close (clients see "transport close" and reconnect to the next
  // server, as after a crash); Socket.IO's own disconnect would tell them not to come back.
  app.addHook('preClose', async () => {
    relay.close();
    io.engine.close();
  });
  app.addHook('onClose', async () => {
    // Unsubscribing from a Redis that is away would only fail (uncaught, in the adapter).
    if (!redis || redis.sub.isReady) await io.of('/').adapter.close();
    await store.close();
    await redis?.close();
  });
};
