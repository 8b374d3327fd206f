// The tour server's settings, read ONCE from the environment at start-up and passed down: no other
// module reads process.env. Anything invalid stops the start with a message naming the variable.
import { isIP } from 'node:net';
import { resolve } from 'node:path';
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
});

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
      return `${name}=${JSON.stringify(String(given[name] ?? '')).slice(0, 60)}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid server settings:\n  ${lines.join('\n  ')}`);
  }
  const { HOST: host, PORT: port, DIST_DIR, LOG_LEVEL: logLevel } = result.output;
  return { host, port, distDir: resolve(DIST_DIR), logLevel };
}
