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
    expect(loadConfig(env)).toEqual({
      host: '0.0.0.0',
      port: 8080,
      distDir: '/srv/tour',
      logLevel: 'warn',
    });
    expect(loadConfig({ HOST: '::', PORT: '0' })).toMatchObject({ host: '::', port: 0 });
    expect(loadConfig({ HOST: 'localhost' }).host).toBe('localhost');
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
