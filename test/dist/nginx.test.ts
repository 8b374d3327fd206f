import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS, securityHeadersFor } from '../../pipeline/security-headers.ts';
import { APP_SHELL_MODES } from '../../src/routing/app-shell-routes.ts';
import {
  ask,
  closeClients,
  connect,
  createRoom,
  follower,
  next,
  position,
  presenter,
} from '../server/live/support/live-client.ts';
import { builtContent } from '../support/built-content.ts';
import { type RawResponse, rawRequest } from '../support/raw-http.ts';
import { startTestServer, type TestServer } from '../support/tour-server.ts';
import { type RunningNginx, startNginx } from './support/nginx.ts';

// docs/deploy/nginx.conf, as shipped, run by Debian's nginx in front of dist/ and of the tour
// server: prerendered pages, the app shell, the "page not found" (404), cache headers, the security headers of pipeline/security-headers.ts, and
// 404 for missing files; the same requests to nginx and to the tour server (server/), which must
// answer alike; and the API and a live tour through nginx (WebSocket and long-polling).
// Only `listen`, `root` and the upstream's port are changed (test/dist/support/nginx.ts).

const dist = resolve('dist');
const content = builtContent();
let nginx: RunningNginx;
let base: string;
let nginxPort: number;
let tourServer: TestServer;

beforeAll(async () => {
  tourServer = await startTestServer(dist, undefined, { TRUST_PROXY: 'loopback' });
  nginx = await startNginx('docs/deploy/nginx.conf', { dist, tourServerPort: tourServer.port });
  base = nginx.base;
  nginxPort = nginx.port;
});

afterAll(async () => {
  closeClients();
  await nginx?.stop();
  await tourServer?.close();
});

async function get(path: string, init?: RequestInit) {
  const response = await fetch(base + path, init);
  const body = await response.text();
  return { status: response.status, headers: response.headers, body };
}

/** The answer's security headers, and none of the document policies on a plain subresource. */
function expectSecurityHeaders(headers: Headers, path: string, status = 200) {
  const expected = securityHeadersFor(path, status);
  for (const name of Object.keys(SECURITY_HEADERS)) {
    expect(headers.get(name), `${name} on ${path}`).toBe(expected[name] ?? null);
  }
}

const distFile = (file: string) => readFileSync(join(dist, file), 'utf8');

describe('docs/deploy/nginx.conf', () => {
  it('answers a prerendered route with its page, an app-shell route with the app shell, never cached stale', async () => {
    const [tour] = content.tours;
    const stop = content.stops[0].id;
    const answers: [string, string][] = [
      ['/', 'index.html'],
      ['/index.html', 'index.html'],
      [`/tours/${tour.id}`, `tours/${tour.id}/index.html`],
      [`/stops/${stop}?lang=en`, `stops/${stop}/index.en.html`],
      [`/stops/${stop}/`, `stops/${stop}/index.html`],
      ['/glossary', 'glossary/index.html'],
      [`/tours/${tour.id}/print`, `tours/${tour.id}/print/index.html`],
      [`/tours/${tour.id}/print?depth=1&lang=en`, `tours/${tour.id}/print/index.en.html`],
      ['/kiosk', 'app-shell.html'],
      ['/guide/screen', 'app-shell.html'],
      ['/live/ABC123', 'app-shell.html'],
    ];
    for (const [path, file] of answers) {
      const { status, headers, body } = await get(path);
      expect(status, path).toBe(200);
      expect(body, path).toBe(distFile(file));
      expect(headers.get('content-type'), path).toMatch(/^text\/html/);
      expect(headers.get('cache-control'), path).toBe('private, no-cache');
      expectSecurityHeaders(headers, path);
    }
    expect((await get('/')).headers.get('vary')).toMatch(/Accept-Language, Cookie/);
  });

  it('answers an unknown address with the "page not found" in the visitor\'s language: 404, never cached', async () => {
    const answers: [string, RequestInit, string][] = [
      ['/no-such-page', {}, '404.html'],
      ['/no/such/page?lang=en', {}, '404.en.html'],
      ['/stops/no-such-stop', { headers: { cookie: 'sbc_lang=en' } }, '404.en.html'],
      ['/tours/nope', { headers: { 'accept-language': 'en-GB,en;q=0.9' } }, '404.en.html'],
      ['/tours/nope/print?lang=zh-CN', { headers: { cookie: 'sbc_lang=en' } }, '404.html'],
      ['/kiosks', {}, '404.html'],
    ];
    for (const [path, init, file] of answers) {
      const { status, headers, body } = await get(path, init);
      expect(status, path).toBe(404);
      expect(body, path).toBe(distFile(file));
      expect(headers.get('content-type'), path).toMatch(/^text\/html/);
      expect(headers.get('cache-control'), path).toBe('no-store');
      expect(headers.get('vary'), path).toMatch(/Accept-Language, Cookie/);
      expectSecurityHeaders(headers, path, status);
    }
  });

  it('spells the app-shell routes of src/routing/app-shell-routes.ts', () => {
    // nginx cannot read the list: its regex must name exactly these modes (the answers are
    // compared with the tour server's below, mode by mode).
    const regex = `location ~ ^/(${APP_SHELL_MODES.join('|')})(?:/|$) {`;
    for (const file of ['docs/deploy/nginx.conf', 'docs/deploy/nginx-static.conf']) {
      expect(readFileSync(file, 'utf8'), file).toContain(regex);
    }
  });

  it('sends no-cache for the files that say which version is current', async () => {
    const candidates = ['sw.js', 'registerSW.js', 'manifest.webmanifest', 'version.json'];
    const present = candidates.filter((file) => existsSync(join(dist, file)));
    for (const file of [...present, 'print/signs.html', 'favicon.svg']) {
      const { status, headers } = await get(`/${file}`);
      expect(status, file).toBe(200);
      // A page (HTML) is never kept by a shared cache either: one address, several languages.
      expect(headers.get('cache-control'), file).toBe(
        file.endsWith('.html') ? 'private, no-cache' : 'no-cache',
      );
      expectSecurityHeaders(headers, `/${file}`);
    }
    if (present.includes('manifest.webmanifest')) {
      const { headers } = await get('/manifest.webmanifest');
      expect(headers.get('content-type')).toBe('application/manifest+json');
    }
  });

  it('caches hashed assets for a year, immutable, and compresses text', async () => {
    const assets = readdirSync(join(dist, 'assets'));
    // The biggest script (the main bundle): small files are not worth compressing.
    const script = assets
      .filter((file) => file.endsWith('.js'))
      .sort(
        (a, b) => statSync(join(dist, 'assets', b)).size - statSync(join(dist, 'assets', a)).size,
      )[0];
    for (const file of [script, assets.find((f) => f.endsWith('.css'))!]) {
      const { status, headers, body } = await get(`/assets/${file}`);
      expect(status, file).toBe(200);
      expect(body).toBe(readFileSync(join(dist, 'assets', file), 'utf8'));
      expect(headers.get('cache-control'), file).toBe('public, max-age=31536000, immutable');
      expectSecurityHeaders(headers, `/assets/${file}`);
    }
    const { headers } = await get(`/assets/${script}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(headers.get('content-type')).toBe('application/javascript');
    expect(headers.get('content-encoding')).toBe('gzip');
  });

  it('answers 404 for a missing file, with the security headers, never cached', async () => {
    for (const path of ['/assets/missing-0000.js', '/missing.css', '/print/missing.svg']) {
      const { status, headers } = await get(path);
      expect(status, path).toBe(404);
      expect(headers.get('cache-control'), path).toBe('no-store');
      expectSecurityHeaders(headers, path, status);
    }
  });

  it('is read-only: another method than GET or HEAD gets 405 with Allow, never cached', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      const { status, headers } = await get('/', { method });
      expect(status, method).toBe(405);
      expect(headers.get('allow'), method).toBe('GET, HEAD');
      expect(headers.get('cache-control'), method).toBe('no-store');
      expectSecurityHeaders(headers, '/', status);
    }
    expect((await get('/')).headers.get('allow')).toBeNull();
  });
});

/** What a client sees of an answer: the parts nginx and the tour server must agree on. */
function comparable(response: RawResponse) {
  const [status] = response.statuses;
  const type = response.headers['content-type']?.split(';')[0].trim();
  return {
    status,
    cacheControl: response.headers['cache-control'],
    allow: response.headers.allow,
    // Only a successful answer's type matters (error pages differ: nginx's HTML, the server's
    // JSON). Both names of JavaScript are the same type (RFC 9239).
    contentType:
      status < 400 ? type?.replace('application/javascript', 'text/javascript') : undefined,
    security: Object.fromEntries(
      Object.keys(SECURITY_HEADERS).map((name) => [name, response.headers[name.toLowerCase()]]),
    ),
  };
}

describe('nginx and the tour server', () => {
  const assets = readdirSync(join(dist, 'assets'));
  const [tour] = content.tours;
  const asset = (extension: string) => assets.find((file) => file.endsWith(extension));
  const files = ['/sw.js', '/registerSW.js', '/manifest.webmanifest', '/version.json']
    .filter((path) => existsSync(join(dist, path)))
    .concat(['/favicon.svg', '/print/signs.html'])
    .concat(
      ['.js', '.css', '.woff2', '.webp'].flatMap((ext) =>
        asset(ext) ? [`/assets/${asset(ext)}`] : [],
      ),
    );
  const request = (target: string, method = 'GET', headers = '') =>
    `${method} ${target} HTTP/1.1\r\nHost: tour.test\r\n${headers}Connection: close\r\n\r\n`;
  const cases: [string, string][] = [
    ...[
      '/',
      '/index.html',
      `/tours/${tour.id}`,
      `/stops/${content.stops[0].id}?lang=en`,
      '/kiosk',
    ].map((path): [string, string] => [`app route ${path}`, request(path)]),
    ...APP_SHELL_MODES.flatMap((mode): [string, string][] => [
      [`app-shell route /${mode}`, request(`/${mode}`)],
      [`app-shell route /${mode}/x/`, request(`/${mode}/x/`)],
      [`not an app-shell route: /${mode}s`, request(`/${mode}s`)],
    ]),
    ['live tour', request('/live/ABC123?screen')],
    [`handout`, request(`/tours/${tour.id}/print?languages=both`)],
    ['unknown app route', request('/no/such/page')],
    ['unknown stop', request('/stops/no-such-stop?lang=en')],
    ['unknown tour', request('/tours/nope')],
    ['unknown handout', request('/tours/nope/print')],
    ['HEAD of an unknown route', request('/no-such-page', 'HEAD')],
    ['a folder', request('/print/')],
    ['a folder without slash', request('/assets')],
    ...files.map((path): [string, string] => [`file ${path}`, request(path)]),
    ['HEAD of an app route', request('/kiosk', 'HEAD')],
    ['missing asset', request('/assets/missing-0000.js')],
    ['missing file', request('/missing.css')],
    ['missing file in a folder', request('/print/missing.svg')],
    ['missing image beside an app route', request('/stops/x.png')],
    ['a cut percent-escape', request('/%E0%A4%A')],
    ['an encoded NUL', request('/%00')],
    ['traversal', request('/../../etc/passwd')],
    ['traversal out of a folder', request('/assets/../../../etc/passwd')],
    ['traversal with encoded slashes', request('/..%2f..%2fetc%2fpasswd')],
    ['traversal with encoded dots', request('/%2e%2e/%2e%2e/etc/passwd')],
    ['dot segments inside the app', request('/assets/../sw.js')],
    ['repeated slashes', request('//sw.js')],
    ['double-encoded traversal', request('/%252e%252e/%252e%252e/etc/passwd')],
    ['a 10,000-character URL', request(`/${'a'.repeat(10_000)}`)],
    ['absolute form', request('http://elsewhere.example/stops/x')],
    ['HTTP/1.1 without Host', 'GET / HTTP/1.1\r\nConnection: close\r\n\r\n'],
    ['POST to the app', request('/', 'POST', 'Content-Length: 0\r\n')],
    ['PUT a file', request('/index.html', 'PUT', 'Content-Length: 0\r\n')],
    ['DELETE a file', request('/sw.js', 'DELETE')],
    ['OPTIONS', request('/', 'OPTIONS')],
  ];

  it.each(cases)('answer alike: %s', async (_label, raw) => {
    const [fromNginx, fromServer] = await Promise.all([
      rawRequest(nginxPort, raw),
      rawRequest(tourServer.port, raw),
    ]);
    expect(fromNginx.statuses).toHaveLength(1);
    // Every security header, but the document policies not on a script, stylesheet, font or image.
    const target = raw.split(' ')[1].split('?')[0];
    const expected = securityHeadersFor(target, fromNginx.statuses[0]);
    expect(comparable(fromNginx).security).toEqual(
      Object.fromEntries(Object.keys(SECURITY_HEADERS).map((name) => [name, expected[name]])),
    );
    expect(comparable(fromServer)).toEqual(comparable(fromNginx));
    expect(fromServer.body.length > 0 || raw.startsWith('HEAD')).toBe(true);
  });

  it("pick the same page in the same language: ?lang=, the saved choice, the browser's languages", async () => {
    const stop = content.stops[0].id;
    const cases: [string, string, string][] = [
      [`/stops/${stop}`, '', 'zh-CN'],
      [`/stops/${stop}?lang=en`, '', 'en'],
      [`/stops/${stop}?tour=x&lang=EN`, '', 'en'],
      [`/stops/${stop}`, 'Cookie: sbc_lang=en\r\n', 'en'],
      [`/stops/${stop}/`, 'Cookie: theme=dark; sbc_lang=en\r\n', 'en'],
      [`/stops/${stop}`, 'Accept-Language: en-US,en;q=0.9\r\n', 'en'],
      [`/stops/${stop}`, 'Accept-Language: fr-CH, fr;q=0.9, en;q=0.8, zh;q=0.5\r\n', 'en'],
      [`/stops/${stop}`, 'Accept-Language: zh-TW,zh;q=0.9,en;q=0.8\r\n', 'zh-CN'],
      [`/stops/${stop}`, 'Accept-Language: de\r\n', 'zh-CN'],
      [`/stops/${stop}?lang=zh-CN`, 'Cookie: sbc_lang=en\r\n', 'zh-CN'],
      ['/', 'Cookie: sbc_lang=en\r\nAccept-Language: zh-CN\r\n', 'en'],
      ['/?lang=fr', 'Cookie: sbc_lang=bogus\r\n', 'zh-CN'],
      ['/glossary', 'Accept-Language: en\r\n', 'en'],
      ['/kiosk', 'Cookie: sbc_lang=en\r\n', 'zh-CN'],
      [`/tours/${content.tours[0].id}/print`, 'Accept-Language: en\r\n', 'en'],
      // The "page not found" too (status 404).
      ['/no-such-page', 'Cookie: sbc_lang=en\r\n', 'en'],
      ['/stops/no-such-stop?lang=en', '', 'en'],
      ['/tours/nope', 'Accept-Language: en-US,en;q=0.9\r\n', 'en'],
      ['/tours/nope?lang=zh', 'Cookie: sbc_lang=en\r\n', 'zh-CN'],
      ['/no-such-page', 'Accept-Language: de\r\n', 'zh-CN'],
    ];
    for (const [path, headers, lang] of cases) {
      const raw = request(path, 'GET', headers);
      const [fromNginx, fromServer] = await Promise.all([
        rawRequest(nginxPort, raw),
        rawRequest(tourServer.port, raw),
      ]);
      const label = `${path} ${headers.trim()}`;
      expect(fromNginx.statuses, label).toEqual([/no-such|nope/.test(path) ? 404 : 200]);
      expect(fromServer.body, label).toBe(fromNginx.body);
      expect(/<html lang="([^"]+)"/.exec(fromNginx.body)?.[1], label).toBe(lang);
      expect(comparable(fromServer), label).toEqual(comparable(fromNginx));
    }
  });

  it('agree on /%ff, which nginx takes as an unknown name (404) and the server refuses (400)', async () => {
    // nginx does not check that a path decodes to UTF-8; the tour server answers 400 (a name no
    // file of the app can have). Both are safe: neither reaches a file outside dist/, neither is
    // cached.
    for (const path of ['/%ff', '/stops/%ff']) {
      const raw = request(path);
      const fromNginx = comparable(await rawRequest(nginxPort, raw));
      const fromServer = comparable(await rawRequest(tourServer.port, raw));
      expect([fromNginx.status, fromNginx.cacheControl], path).toEqual([404, 'no-store']);
      expect([fromServer.status, fromServer.cacheControl], path).toEqual([400, 'no-store']);
      expect(fromServer.security, path).toEqual(fromNginx.security);
    }
  });
});

describe('the live relay through nginx', () => {
  it('passes the API to the tour server, with its headers once', async () => {
    const response = await fetch(`${base}/api/live`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ protocol: 1, socketPath: '/api/live/socket/' });
    expect(response.headers.get('cache-control')).toBe('no-store');
    expectSecurityHeaders(response.headers, '/api/live');
    const health = await fetch(`${base}/api/health`);
    expect(health.status).toBe(200);
    expect((await health.json()).live.store).toBe('memory');
    const unknown = await fetch(`${base}/api/live/ZZZZZZ`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'unknown' });
  });

  it('passes the staff studio to the tour server: its own page, never the app shell; its writes reach the server', async () => {
    for (const path of ['/studio', '/studio/stop/welcome']) {
      const page = await get(path, { headers: { accept: 'text/html' } });
      expect(page.status, path).toBe(200);
      expect(page.body, path).toContain('Tour studio');
      expect(page.body, path).not.toBe(distFile('app-shell.html'));
      expectSecurityHeaders(page.headers, path);
    }
    const studioHtml = readFileSync(join(dist, 'studio', 'studio.html'), 'utf8');
    const script = /src="(\/studio\/assets\/[^"]+\.js)"/.exec(studioHtml)?.[1];
    expect((await get(script!)).status).toBe(200);
    // A PUT is the studio's save: nginx lets it through, and the server wants a session.
    const save = await fetch(`${base}/api/studio/documents/stop/welcome`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(save.status).toBe(401);
    // Another path that merely starts with /studio is the app's: an unknown address.
    const studios = await get('/studios');
    expect(studios.status).toBe(404);
    expect(studios.body).toBe(distFile('404.html'));
  });

  it.each([['websocket'], ['polling']] as const)(
    'carries a live tour over %s: a follower through nginx follows the presenter',
    async (transport) => {
      const room = await createRoom(base);
      const tablet = await presenter(base, room, [transport]);
      const phone = await follower(base, room.code, [transport]);
      const moved = next(phone.socket, 'position');
      expect(await ask(tablet, 'move', { ...room, position: position(1, 1) })).toEqual({
        ok: true,
      });
      expect(await moved).toEqual({ code: room.code, position: position(1, 1) });
      const ended = next(phone.socket, 'ended');
      const end = await fetch(`${base}/api/live/${room.code}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${room.secret}` },
      });
      expect(end.status).toBe(204);
      expect(await ended).toEqual({ code: room.code, reason: 'ended' });
    },
  );

  it('sends the visitor’s own address, never one the client wrote (limits are per address)', async () => {
    // Ten failed codes "from" ten forged addresses: nginx replaces the header with the real one,
    // so the tour server sees one address, and limits it.
    for (let i = 0; i < 10; i++) {
      const guesser = await connect(base, { headers: { 'x-forwarded-for': `192.0.2.${i}` } });
      expect(await ask(guesser, 'join', { code: `${'ABCDEFGHJK'[i]}AAAAA` })).toMatchObject({
        ok: false,
      });
    }
    const next = await connect(base, { headers: { 'x-forwarded-for': '192.0.2.99' } });
    expect(await ask(next, 'join', { code: 'MAAAAA' })).toEqual({
      ok: false,
      error: 'rate-limited',
    });
  });
});
