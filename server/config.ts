// The tour server's settings (docs/deploy.md lists them), read ONCE from the environment at start-up and passed down: no other
// module reads process.env. Anything invalid stops the start with a message naming the variable.
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import proxyAddr from '@fastify/proxy-addr';
import * as v from 'valibot';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface ServerConfig {
  /** Address to listen on (127.0.0.1: this machine only; 0.0.0.0 or :: for the network). */
  host: string;
  /** TCP port; 0 picks a free one (the tests). */
  port: number;
  /** Absolute path of the built app (`npm run build` writes dist/). */
  distDir: string;
  logLevel: LogLevel;
  /**
   * The proxies whose X-Forwarded-For is believed (addresses, CIDR ranges, or `loopback`,
   * `linklocal`, `uniquelocal`); empty: none, the peer's address is the client's.
   */
  trustProxy: string[];
  /** Redis for several instances (the Socket.IO adapter and the live rooms); null: in memory. */
  redisUrl: string | null;
  live: LiveConfig;
  studio: StudioConfig;
}

export interface StudioConfig {
  /** The content folder the studio edits and publishes (CONTENT_DIR, as for the build). */
  contentDir: string;
  /** Accounts, sessions' secret, save log, releases (STUDIO_DATA_DIR, default studio-data/). */
  dataDir: string;
  /** Secure cookies: 'auto' when the request came over HTTPS (behind a trusted proxy), or always/never. */
  secureCookies: 'auto' | 'always' | 'never';
  /** Releases kept on disk after a publish (older ones are deleted). */
  keepReleases: number;
}

export interface LiveConfig {
  /** Live rooms open at once (over all instances). */
  maxRooms: number;
  /** Followers (phones, wall screens) in one room. */
  maxFollowersPerRoom: number;
  /** A room without a move for this long (ms) expires. */
  roomIdleMs: number;
}

/** A host name such as localhost or tour.example.org (IP addresses are checked with isIP). */
const HOST_NAME =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

const EnvSchema = v.object({
  HOST: v.optional(
    v.pipe(
      v.string(),
      v.check(
        (host) => isIP(host) !== 0 || (host.length <= 253 && HOST_NAME.test(host)),
        'must be an IP address or a host name, e.g. 127.0.0.1, 0.0.0.0, :: or localhost',
      ),
    ),
    '127.0.0.1',
  ),
  PORT: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{1,5}$/, 'must be a whole number from 0 to 65535'),
      v.transform(Number),
      v.maxValue(65535, 'must be a whole number from 0 to 65535'),
    ),
    '4173',
  ),
  DIST_DIR: v.optional(v.string(), 'dist'),
  LOG_LEVEL: v.optional(v.picklist(LOG_LEVELS, `must be one of ${LOG_LEVELS.join(', ')}`), 'info'),
  TRUST_PROXY: v.optional(
    v.pipe(
      v.string(),
      v.transform((list) => list.split(',').map((entry) => entry.trim())),
      v.check(
        isTrustList,
        'must list the proxy addresses to trust, e.g. loopback or 127.0.0.1 or 10.0.0.0/8,::1',
      ),
    ),
  ),
  REDIS_URL: v.optional(
    v.pipe(
      v.string(),
      v.check(isRedisUrl, 'must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379'),
    ),
  ),
  LIVE_MAX_ROOMS: wholeNumber(1, 100_000, '200'),
  LIVE_MAX_FOLLOWERS_PER_ROOM: wholeNumber(1, 100_000, '500'),
  LIVE_ROOM_IDLE_MINUTES: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{1,5}(?:\.\d{1,3})?$/, 'must be a number of minutes from 0.01 to 10080 (a week)'),
      v.transform(Number),
      v.minValue(0.01, 'must be a number of minutes from 0.01 to 10080 (a week)'),
      v.maxValue(10_080, 'must be a number of minutes from 0.01 to 10080 (a week)'),
    ),
    '240',
  ),
  CONTENT_DIR: v.optional(v.string(), 'content'),
  STUDIO_DATA_DIR: v.optional(v.string(), 'studio-data'),
  STUDIO_SECURE_COOKIES: v.optional(
    v.picklist(['auto', 'always', 'never'], 'must be auto, always or never'),
    'auto',
  ),
  STUDIO_KEEP_RELEASES: wholeNumber(2, 100, '10'),
});

function wholeNumber(min: number, max: number, fallback: string) {
  const message = `must be a whole number from ${min} to ${max}`;
  return v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{1,6}$/, message),
      v.transform(Number),
      v.minValue(min, message),
      v.maxValue(max, message),
    ),
    fallback,
  );
}

/** `false`, `true` and hop counts are refused: only named proxies, whose header can be believed. */
function isTrustList(list: string[]): boolean {
  if (list.some((entry) => entry === '' || /^(?:true|false|\d+)$/.test(entry))) return false;
  try {
    proxyAddr.compile(list);
    return true;
  } catch {
    return false;
  }
}

function isRedisUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'redis:' || url.protocol === 'rediss:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Parses the server's variables out of an environment (process.env at start-up). An empty value
 * counts as unset, as in a systemd EnvironmentFile line `PORT=`. Throws a ConfigError listing
 * every invalid variable.
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): ServerConfig {
  const given = Object.fromEntries(
    Object.keys(EnvSchema.entries)
      .filter((name) => env[name] !== undefined && env[name] !== '')
      .map((name) => [name, env[name]]),
  );
  const result = v.safeParse(EnvSchema, given);
  if (!result.success) {
    const lines = result.issues.map((issue) => {
      const name = String(issue.path?.[0]?.key ?? 'environment');
      // A Redis URL may hold a password: never repeat it.
      const value = name === 'REDIS_URL' ? '…' : String(given[name] ?? '');
      return `${name}=${JSON.stringify(value).slice(0, 60)}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid server settings:\n  ${lines.join('\n  ')}`);
  }
  const { HOST: host, PORT: port, DIST_DIR, LOG_LEVEL: logLevel, TRUST_PROXY } = result.output;
  return {
    host,
    port,
    distDir: resolve(DIST_DIR),
    logLevel,
    trustProxy: TRUST_PROXY ?? [],
    redisUrl: result.output.REDIS_URL ?? null,
    live: {
      maxRooms: result.output.LIVE_MAX_ROOMS,
      maxFollowersPerRoom: result.output.LIVE_MAX_FOLLOWERS_PER_ROOM,
      roomIdleMs: Math.round(result.output.LIVE_ROOM_IDLE_MINUTES * 60_000),
    },
    studio: {
      contentDir: resolve(result.output.CONTENT_DIR),
      dataDir: resolve(result.output.STUDIO_DATA_DIR),
      secureCookies: result.output.STUDIO_SECURE_COOKIES,
      keepReleases: result.output.STUDIO_KEEP_RELEASES,
    },
  };
}
