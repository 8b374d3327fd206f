import { renameSync, symlinkSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS, securityHeadersFor } from '../../../pipeline/security-headers.ts';
import { rawRequest } from '../../support/raw-http.ts';
import { startTestServer, type TestServer } from '../../support/tour-server.ts';
import { FIXTURE_FILES, type FixtureDist, makeFixtureDist } from '../support/fixture-dist.ts';

// The built app as the tour server serves it: the file or the app shell, the cache rule and the
// content type of each kind of file, the security headers everywhere, errors never cached.

let dist: FixtureDist;
let server: TestServer;

beforeAll(async () => {
  dist = makeFixtureDist();
  server = await startTestServer(dist.dir);
});
afterAll(async () => {
  await server?.close();
  dist?.remove();
});

async function get(path: string, init?: RequestInit) {
  const response = await fetch(server.url + path, init);
  return { status: response.status, headers: response.headers, body: await response.text() };
}

/** The answer's security headers, and none of the document policies on a plain subresource. */
function expectSecurityHeaders(headers: Headers, path: string, status = 200) {
  const expected = securityHeadersFor(path, status);
  for (const name of Object.keys(SECURITY_HEADERS)) {
    expect(headers.get(name), `${name} on ${path}`).toBe(expected[name] ?? null);
  }
}

const appShell = FIXTURE_FILES['index.html'];

describe('the static app', () => {
  // This dist/ has no list of prerendered pages (a build from before prerendering): the server
  // cannot tell a route from an unknown address, so the app shell answers every one.
  // prerendered-pages.test.ts has the pages, the app-shell routes and the 404 of a real build.
  it('answers every app route with the app shell, revalidated each time, kept by no shared cache', async () => {
    for (const path of [
      '/',
      '/index.html',
      '/stops/welcome?lang=en',
      '/tours/x/print',
      '/kiosk',
      '/guide/screen',
      '/no/such/page',
      '/print',
      '/assets/',
      '/assets',
    ]) {
      const { status, headers, body } = await get(path);
      expect(status, path).toBe(200);
      expect(body, path).toBe(appShell);
      expect(headers.get('content-type'), path).toBe('text/html; charset=utf-8');
      expect(headers.get('cache-control'), path).toBe('private, no-cache');
      expectSecurityHeaders(headers, path);
    }
  });

  it('sends each file with its content type and cache rule', async () => {
    const expected: [string, string, string][] = [
      [
        '/assets/index-Abc123.js',
        'text/javascript; charset=utf-8',
        'public, max-age=31536000, immutable',
      ],
      [
        '/assets/index-Abc123.css',
        'text/css; charset=utf-8',
        'public, max-age=31536000, immutable',
      ],
      [
        '/assets/noto-sans-sc-400-Abc123.woff2',
        'font/woff2',
        'public, max-age=31536000, immutable',
      ],
      ['/assets/photo-640-Abc123.webp', 'image/webp', 'public, max-age=31536000, immutable'],
      ['/sw.js', 'text/javascript; charset=utf-8', 'no-cache'],
      ['/registerSW.js', 'text/javascript; charset=utf-8', 'no-cache'],
      ['/manifest.webmanifest', 'application/manifest+json; charset=utf-8', 'no-cache'],
      ['/version.json', 'application/json; charset=utf-8', 'no-cache'],
      ['/favicon.svg', 'image/svg+xml', 'no-cache'],
      ['/print/signs.html', 'text/html; charset=utf-8', 'private, no-cache'],
    ];
    for (const [path, type, cacheControl] of expected) {
      const response = await fetch(server.url + path);
      const body = Buffer.from(await response.arrayBuffer());
      expect(response.status, path).toBe(200);
      expect(body.equals(Buffer.from(FIXTURE_FILES[path.slice(1)])), path).toBe(true);
      expect(response.headers.get('content-type'), path).toBe(type);
      expect(response.headers.get('cache-control'), path).toBe(cacheControl);
      expectSecurityHeaders(response.headers, path);
    }
  });

  it('answers a missing file with a 404 that is never cached, not with the app', async () => {
    for (const path of [
      '/assets/missing-0000.js',
      '/missing.css',
      '/print/missing.svg',
      '/stops/x.png',
    ]) {
      const { status, headers, body } = await get(path);
      expect(status, path).toBe(404);
      expect(headers.get('cache-control'), path).toBe('no-store');
      expect(headers.get('content-type'), path).toBe('application/json; charset=utf-8');
      expect(body, path).toBe('{"statusCode":404,"error":"Not Found"}');
      expectSecurityHeaders(headers, path, status);
    }
  });

  it('shows a browser navigation a bilingual error page; scripts and the worker get JSON', async () => {
    const html = { headers: { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } };
    for (const [path, status, zh, en] of [
      ['/stops/%E0%A4%A', 400, '地址无效', 'This address is not valid'],
      ['/print/missing.svg', 404, '页面不存在', 'Page not found'],
    ] as const) {
      const page = await get(path, html);
      expect(page.status, path).toBe(status);
      expect(page.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
      expect(page.headers.get('cache-control'), path).toBe('no-store');
      expect(page.body, path).toContain(`<h1>${zh} · <span lang="en">${en}</span></h1>`);
      expect(page.body, path).toContain('<a href="/">');
      expect(page.body, path).not.toMatch(/<script|<style|\sstyle=|\son\w+=/i);
      const json = await get(path);
      expect(json.headers.get('content-type'), path).toBe('application/json; charset=utf-8');
    }
  });

  it('revalidates: a 304 keeps the cache rule, HEAD sends no body', async () => {
    const first = await fetch(`${server.url}/assets/index-Abc123.js`);
    await first.arrayBuffer();
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    // By hand: fetch() turns a conditional request into an uncached one (Cache-Control: no-cache).
    const again = await rawRequest(
      server.port,
      `GET /assets/index-Abc123.js HTTP/1.1\r\nHost: t\r\nIf-None-Match: ${etag}\r\nConnection: close\r\n\r\n`,
    );
    expect(again.statuses).toEqual([304]);
    expect(again.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const head = await get('/sw.js', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers.get('cache-control')).toBe('no-cache');
  });

  it('compresses text with gzip, and never fonts or images (compressed already)', async () => {
    const gzip = { headers: { 'Accept-Encoding': 'gzip' } };
    const script = await fetch(`${server.url}/assets/index-Abc123.js`, gzip);
    expect(script.headers.get('content-encoding')).toBe('gzip');
    expect(script.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(await script.text()).toBe(FIXTURE_FILES['assets/index-Abc123.js']);
    for (const path of ['/assets/noto-sans-sc-400-Abc123.woff2', '/assets/photo-640-Abc123.webp']) {
      const response = await fetch(server.url + path, gzip);
      await response.arrayBuffer();
      expect(response.headers.get('content-encoding'), path).toBeNull();
    }
  });
});

describe('a deploy that swaps dist/', () => {
  it('is served at once, without a restart', async () => {
    const a = makeFixtureDist({ ...FIXTURE_FILES, 'version.json': '{"build":"a"}' });
    const b = makeFixtureDist({
      ...FIXTURE_FILES,
      'version.json': '{"build":"b"}',
      'assets/new-B1.js': 'b',
    });
    const link = `${a.dir}-current`;
    symlinkSync(a.dir, link);
    const swapped = await startTestServer(link);
    try {
      expect(await (await fetch(`${swapped.url}/version.json`)).text()).toBe('{"build":"a"}');
      symlinkSync(b.dir, `${link}.next`);
      renameSync(`${link}.next`, link);
      expect(await (await fetch(`${swapped.url}/version.json`)).text()).toBe('{"build":"b"}');
      expect(await (await fetch(`${swapped.url}/assets/new-B1.js`)).text()).toBe('b');
    } finally {
      await swapped.close();
      a.remove();
      b.remove();
    }
  });
});
