// The real tour server (server/build-server.ts) on a free 127.0.0.1 port, with settings parsed
// by the real config loader, serving a given dist/ folder.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BuildOptions, type RunningServer, startServer } from '../../server/build-server.ts';
import { loadConfig } from '../../server/config.ts';

export interface TestServer extends RunningServer {
  port: number;
}

/** `env` adds settings (e.g. LIVE_MAX_ROOMS, REDIS_URL, or PORT to restart on the same port). */
export async function startTestServer(
  distDir: string,
  options?: BuildOptions,
  env: Readonly<Record<string, string>> = {},
): Promise<TestServer> {
  const config = loadConfig({
    DIST_DIR: distDir,
    PORT: '0',
    LOG_LEVEL: 'silent',
    // Never the developer's own studio-data/: a release published there would be served instead
    // of the build under test. (A folder that does not exist: the studio then has no accounts.)
    STUDIO_DATA_DIR: join(tmpdir(), `sbc-test-no-studio-${process.pid}`),
    ...env,
  });
  const server = await startServer(config, options);
  return { ...server, port: Number(new URL(server.url).port) };
}
