// The Redis connections of one instance, with REDIS_URL: two for the Socket.IO adapter
// (publish, subscribe) and one for the room store, which fails fast while Redis is away (the
// client hears `unavailable`) instead of queueing. They reconnect on their own. The URL is never
// logged (it may hold a password).
import type { FastifyBaseLogger } from 'fastify';
import { createClient } from 'redis';

export type RedisClient = ReturnType<typeof createClient>;

export interface RedisConnections {
  pub: RedisClient;
  sub: RedisClient;
  commands: RedisClient;
  close(): Promise<void>;
}

/** How long the start-up waits for Redis before giving up (the process then exits 1). */
const CONNECT_TIMEOUT_MS = 5_000;

export async function connectRedis(url: string, log: FastifyBaseLogger): Promise<RedisConnections> {
  let started = false;
  const make = (role: string, disableOfflineQueue: boolean): RedisClient => {
    const client = createClient({
      url,
      disableOfflineQueue,
      socket: {
        connectTimeout: CONNECT_TIMEOUT_MS,
        // At start-up, no retry: a wrong REDIS_URL stops the start. Later, retry for ever (up to
        // every 5 s) while the relay answers `unavailable`.
        reconnectStrategy: (retries) => (started ? Math.min(5_000, 100 * 2 ** retries) : false),
      },
    });
    // Without a listener an error would stop the process; the message carries no URL.
    client.on('error', (error: Error) =>
      log.warn({ redis: role, err: error.message }, 'redis error'),
    );
    return client;
  };
  const pub = make('publish', false);
  const sub = make('subscribe', false);
  const commands = make('store', true);
  try {
    await Promise.all([pub.connect(), sub.connect(), commands.connect()]);
  } catch (error) {
    await Promise.allSettled([pub, sub, commands].map((client) => client.destroy()));
    throw new Error(`REDIS_URL: cannot connect to Redis (${(error as Error).message})`);
  }
  started = true;
  return {
    pub,
    sub,
    commands,
    async close() {
      await Promise.allSettled([pub, sub, commands].map((client) => client.close()));
    },
  };
}
