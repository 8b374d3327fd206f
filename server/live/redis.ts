// The Redis connections of one instance, with REDIS_URL: two for the Socket.IO adapter
// (publish, subscribe) and one for the room store. Publishing and the store fail fast while
// Redis is away (the client hears `unavailable`) instead of queueing without bound. They reconnect on their own. The URL is never
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
  let firstError: Error | undefined;
  const make = (role: string): RedisClient => {
    const client = createClient({
      url,
      // Nothing waits for Redis: a command while it is away fails at once (subscriptions are
      // renewed on reconnection all the same).
      disableOfflineQueue: true,
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
  const pub = make('publish');
  // The adapter publishes without awaiting the answer, so a publish refused while Redis is away
  // would be an unhandled rejection, which stops Node.js: such a broadcast is dropped instead
  // (the relay answers `unavailable` meanwhile).
  const publish = pub.publish.bind(pub);
  Object.defineProperty(pub, 'publish', {
    value: (...args: Parameters<typeof publish>) => publish(...args).catch(() => 0),
  });
  const sub = make('subscribe');
  const commands = make('store');
  try {
    await Promise.all([pub.connect(), sub.connect(), commands.connect()]);
  } catch (error) {
    await Promise.allSettled([pub, sub, commands].map(async (client) => client.destroy()));
    const cause = firstError ?? (error as Error);
    throw new Error(`REDIS_URL: cannot connect to Redis (${cause.message})`);
  }
  started = true;
  return {
    pub,
    sub,
    commands,
    async close() {
      // Gracefully when connected; while Redis is away, close() would wait for it: destroy.
      await Promise.allSettled(
        [pub, sub, commands].map(async (client) =>
          client.isReady ? client.close() : client.destroy(),
        ),
      );
    },
  };
}
