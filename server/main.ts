// `npm run serve` (and `npm start` after the build): the tour server on HOST:PORT (default
// http://127.0.0.1:4173) serving DIST_DIR (default dist/). `serve [DIST_DIR] [PORT]` still works.
// Settings: server/config.ts. Stops cleanly on SIGTERM (systemd) and SIGINT (Ctrl+C).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from './build-server.ts';
import { ConfigError, loadConfig, type ServerConfig } from './config.ts';

function configFromProcess(): ServerConfig {
  // The old positional form `serve dist 4173` maps onto DIST_DIR and PORT, and wins over them.
  const [distDir, port] = process.argv.slice(2);
  return loadConfig({
    ...process.env,
    DIST_DIR: distDir ?? process.env.DIST_DIR,
    PORT: port ?? process.env.PORT,
  });
}

let config: ServerConfig;
try {
  config = configFromProcess();
  if (!existsSync(join(config.distDir, 'index.html'))) {
    throw new ConfigError(
      `DIST_DIR: ${config.distDir}/index.html is missing: run "npm run build" first.`,
    );
  }
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}

// A start that fails (the port is taken, Redis cannot be reached) says why in one line.
const server = await startServer(config).catch((error: Error) => {
  console.error(`The tour server could not start: ${error.message}`);
  process.exit(1);
});
server.app.log.info(
  { url: server.url, distDir: config.distDir },
  `serving ${server.url}/ (Ctrl+C to stop)`,
);

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    if (stopping) return;
    stopping = true;
    server.app.log.info({ signal }, 'stopping: finishing the requests in progress');
    // A second signal, or requests that never end, must not keep the process alive for ever.
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        server.app.log.error({ err: error }, 'could not stop cleanly');
        process.exit(1);
      },
    );
  });
}
