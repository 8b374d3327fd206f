import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.ts';

describe('the server settings from the environment', () => {
  it('defaults to http://127.0.0.1:4173 serving dist/', () => {
    expect(loadConfig({})).toEqual({
      host: '127.0.0.1',
      port: 4173,
      distDir: resolve('dist'),
      logLevel: 'info',
      trustProxy: [],
      redisUrl: null,
      live: { maxRooms: 200, maxFollowersPerRoom: 500, roomIdleMs: 4 * 3600_000 },
      studio: {
        contentDir: resolve('content'),
        dataDir: resolve('studio-data'),
        secureCookies: 'auto',
        keepReleases: 10,
      },
    });
  });

  it('reads HOST, PORT, DIST_DIR and LOG_LEVEL, ignoring every other variable', () => {
    const env = {
      HOST: '0.0.0.0',
      PORT: '8080',
      DIST_DIR: '/srv/tour',
      LOG_LEVEL: 'warn',
      SECRET: 'x',
    };
    expect(loadConfig(env)).toMatchObject({
      host: '0.0.0.0',
      port: 8080,
      distDir: '/srv/tour',
      logLevel: 'warn',
    });
    expect(loadConfig({ HOST: '::', PORT: '0' })).toMatchObject({ host: '::', port: 0 });
    expect(loadConfig({ HOST: 'localhost' }).host).toBe('localhost');
  });

  it('reads the live relay’s settings: trusted proxies, Redis, caps, idle time', () => {
    expect(
      loadConfig({
        TRUST_PROXY: 'loopback, 10.0.0.0/8',
        REDIS_URL: 'redis://:pw@10.0.0.5:6379/2',
        LIVE_MAX_ROOMS: '20',
        LIVE_MAX_FOLLOWERS_PER_ROOM: '1000',
        LIVE_ROOM_IDLE_MINUTES: '90',
      }),
    ).toMatchObject({
      trustProxy: ['loopback', '10.0.0.0/8'],
      redisUrl: 'redis://:pw@10.0.0.5:6379/2',
      live: { maxRooms: 20, maxFollowersPerRoom: 1000, roomIdleMs: 90 * 60_000 },
    });
    expect(loadConfig({ LIVE_ROOM_IDLE_MINUTES: '0.5' }).live.roomIdleMs).toBe(30_000);
    expect(loadConfig({ REDIS_URL: 'rediss://cache.example.org' }).redisUrl).toBe(
      'rediss://cache.example.org',
    );
  });

  it('never repeats a Redis URL in its message (it may hold a password)', () => {
    expect(() => loadConfig({ REDIS_URL: 'http://:secret-pw@host' })).toThrow(
      /REDIS_URL="…": must be a redis/,
    );
    expect(() => loadConfig({ REDIS_URL: 'http://:secret-pw@host' })).not.toThrow(/secret-pw/);
  });

  it('treats an empty value as unset (a systemd line "PORT=")', () => {
    expect(loadConfig({ PORT: '', HOST: '' })).toMatchObject({ host: '127.0.0.1', port: 4173 });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '-1'],
    ['PORT', '65536'],
    ['PORT', '80.5'],
    ['PORT', '1e3'],
    ['HOST', 'not a host'],
    ['HOST', 'http://tour.example.org'],
    ['LOG_LEVEL', 'loud'],
    ['TRUST_PROXY', 'true'],
    ['TRUST_PROXY', '1'],
    ['TRUST_PROXY', 'nginx'],
    ['TRUST_PROXY', '10.0.0.0/99'],
    ['TRUST_PROXY', 'loopback,,'],
    ['REDIS_URL', 'localhost:6379'],
    ['REDIS_URL', 'http://127.0.0.1:6379'],
    ['LIVE_MAX_ROOMS', '0'],
    ['LIVE_MAX_ROOMS', 'many'],
    ['LIVE_MAX_FOLLOWERS_PER_ROOM', '1.5'],
    ['LIVE_MAX_FOLLOWERS_PER_ROOM', '1000000'],
    ['LIVE_ROOM_IDLE_MINUTES', '0'],
    ['LIVE_ROOM_IDLE_MINUTES', '20000'],
    ['LIVE_ROOM_IDLE_MINUTES', 'four hours'],
  ])('refuses %s=%s with a message naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(
      new RegExp(`^Invalid server settings:\\n  ${name}=`),
    );
  });

  it('lists every invalid variable at once', () => {
    try {
      loadConfig({ PORT: 'x', HOST: 'a b', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (error) {
      const message = (error as Error).message;
      for (const name of ['PORT', 'HOST', 'LOG_LEVEL']) expect(message).toContain(`${name}=`);
    }
  });
});
