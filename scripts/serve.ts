// A small static server for the built app: SPA fallback, the cache headers a PWA needs, and
// extra headers (the security headers of pipeline/security-headers.ts). Used by `npm start`, the
// browser tests and the bench; docs/deploy/nginx.conf does the same for a real server.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import { SECURITY_HEADERS } from '../pipeline/security-headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Files that must never be served stale: they tell the browser what the current version is. */
const NO_CACHE = /^\/(index\.html|sw\.js|registerSW\.js|manifest\.webmanifest|version\.json)$/;

export interface ServeOptions {
  root: string;
  port?: number;
  host?: string;
  headers?: Readonly<Record<string, string>>;
  /** Gzip text responses when the browser accepts it, as nginx does (`npm start`, the bench). */
  compress?: boolean;
}

/** Text worth compressing; fonts and images are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg\+xml)/;

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export function serve({
  root,
  port = 0,
  host = '127.0.0.1',
  headers = {},
  compress = false,
}: ServeOptions): Promise<RunningServer> {
  const base = resolve(root);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = normalize(decodeURIComponent(url.pathname));
    let file = join(base, path);
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) {
      const looksLikeFile = extname(path) !== '';
      if (looksLikeFile) {
        response
          .writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...headers })
          .end('Not found');
        return;
      }
      // An app route (/stops/…): the app shell answers, the app shows the page or its own 404.
      path = '/index.html';
      file = join(base, path);
    }
    const immutable = path.startsWith('/assets/');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip =
      compress &&
      COMPRESSIBLE.test(type) &&
      /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(200, {
      'Content-Type': type,
      'Cache-Control': NO_CACHE.test(path)
        ? 'no-cache'
        : immutable
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      ...(compress ? { Vary: 'Accept-Encoding' } : {}),
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      ...headers,
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    const stream = createReadStream(file);
    if (gzip) stream.pipe(createGzip()).pipe(response);
    else stream.pipe(response);
  });
  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address() as AddressInfo;
      resolveStart({
        url: `http://${host}:${actual}`,
        server,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

// `tsx scripts/serve.ts [dir] [port]`
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? 'dist';
  const port = Number(process.argv[3] ?? process.env.PORT ?? 4173);
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`${root}/index.html is missing: run "npm run build" first.`);
    process.exit(1);
  }
  const { url } = await serve({ root, port, headers: SECURITY_HEADERS, compress: true });
  console.log(`Serving ${root}/ at ${url}/  (Ctrl+C to stop)`);
}
