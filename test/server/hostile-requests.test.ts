import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../pipeline/security-headers.ts';
import { buildServer } from '../../server/build-server.ts';
import { loadConfig } from '../../server/config.ts';
import { type RawResponse, rawRequest } from '../support/raw-http.ts';
import { startTestServer, type TestServer } from '../support/tour-server.ts';
import { FIXTURE_FILES, type FixtureDist, makeFixtureDist } from './support/fixture-dist.ts';

// No request of any shape stops the tour server or gets a stack trace: each gets a sane HTTP
// answer (a status line, the security headers, never cached, no paths), and a normal request
// still works after all of them. Sent over raw TCP, as an attacker would.

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

const send = (request: string | Buffer, options?: { halfClose?: boolean }) =>
  rawRequest(server.port, request, options);

/** A request line and headers, closed by the server after its answer. */
const get = (target: string, headers = '', method = 'GET') =>
  `${method} ${target} HTTP/1.1\r\nHost: tour.test\r\n${headers}Connection: close\r\n\r\n`;

function expectSaneError(response: RawResponse, status: number, label: string) {
  expect(response.statuses, label).toEqual([status]);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect(response.headers[name.toLowerCase()], `${name} on ${label}`).toBe(value);
  }
  expect(response.headers['cache-control'], label).toBe('no-store');
  expect(response.body.length, label).toBeLessThan(120);
  expect(response.body, label).not.toMatch(/\/tmp|sbc-server-dist|\bat \w|Error:|node:/);
}

const appShell = String(FIXTURE_FILES['index.html']);

describe('the tour server against hostile requests', () => {
  const badPaths: [string, string][] = [
    ['/%ff', 'a byte that is not UTF-8'],
    ['/%E0%A4%A', 'a cut percent-escape'],
    ['/%', 'a lone percent sign'],
    ['/stops/%c0%ae%c0%ae/x', 'overlong UTF-8 dots'],
    ['/%00', 'an encoded NUL'],
    ['/index.html%00.js', 'a NUL before an extension'],
    ['/..%2f..%2f..%2fetc%2fpasswd', 'traversal with encoded slashes'],
    ['/%2e%2e/%2e%2e/etc/passwd', 'traversal with encoded dots'],
    ['/../../etc/passwd', 'plain traversal'],
    ['/assets/../../etc/passwd', 'traversal out of a folder'],
    ['/..\\..\\etc\\passwd', 'backslashes'],
    ['/assets/..%5c..%5cindex.html', 'encoded backslashes'],
  ];
  it.each(badPaths)('answers %s (%s) with 400', async (target, label) => {
    expectSaneError(await send(get(target)), 400, label);
  });

  it('decodes once: a double-encoded traversal is a name, answered by the app shell', async () => {
    const response = await send(get('/%252e%252e/%252e%252e/etc/passwd'));
    expect(response.statuses).toEqual([200]);
    expect(response.body).toBe(appShell);
  });

  it('resolves dot segments and repeated slashes inside the app, as nginx does', async () => {
    for (const target of ['//sw.js', '/assets/../sw.js', '/./sw.js', '/print/%2e%2e/sw.js']) {
      const response = await send(get(target));
      expect(response.statuses, target).toEqual([200]);
      expect(response.body, target).toBe(FIXTURE_FILES['sw.js']);
    }
  });

  it('refuses raw bytes outside ASCII in the request line', async () => {
    const request = Buffer.concat([
      Buffer.from('GET /'),
      Buffer.from([0xff, 0xfe, 0xc3]),
      Buffer.from(' HTTP/1.1\r\nHost: tour.test\r\nConnection: close\r\n\r\n'),
    ]);
    expectSaneError(await send(request), 400, 'non-UTF-8 bytes');
  });

  it('limits URLs and headers', async () => {
    expectSaneError(await send(get(`/${'a'.repeat(9000)}`)), 414, 'a 9,000-character path');
    expectSaneError(await send(get(`/?q=${'a'.repeat(9000)}`)), 414, 'a 9,000-character query');
    expectSaneError(
      await send(get('/', `X-Big: ${'b'.repeat(20_000)}\r\n`)),
      431,
      'a 20 KB header',
    );
    const many = Array.from({ length: 400 }, (_, i) => `X-H${i}: ${'v'.repeat(40)}\r\n`).join('');
    expectSaneError(await send(get('/', many)), 431, '400 headers');
    expectSaneError(await send(get(`/${'a/'.repeat(3000)}x.js`)), 404, 'a deep missing path');
  });

  it('limits request bodies', async () => {
    const body = JSON.stringify({ filler: 'x'.repeat(64 * 1024) });
    const request = `POST /api/anything HTTP/1.1\r\nHost: tour.test\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`;
    expectSaneError(await send(request), 413, 'a 64 KB body');
  });

  it('serves GET and HEAD only: every other method gets 405 with Allow', async () => {
    for (const [method, target] of [
      ['POST', '/'],
      ['POST', '/index.html'],
      ['PUT', '/index.html'],
      ['DELETE', '/sw.js'],
      ['PATCH', '/stops/x'],
      ['POST', '/assets/missing.js'],
      ['OPTIONS', '/'],
      ['TRACE', '/'],
      ['PROPFIND', '/'],
    ]) {
      const label = `${method} ${target}`;
      const response = await send(get(target, 'Content-Length: 0\r\n', method));
      expectSaneError(response, 405, label);
      expect(response.headers.allow, label).toBe('GET, HEAD');
    }
    const head = await send(get('/stops/x', '', 'HEAD'));
    expect(head.statuses).toEqual([200]);
    expect(head.body).toBe('');
  });

  it('answers requests the HTTP parser rejects', async () => {
    const cases: [string, string | Buffer][] = [
      ['an unknown method', get('/', '', 'FOO')],
      ['CONNECT', 'CONNECT tour.test:443 HTTP/1.1\r\nHost: tour.test:443\r\n\r\n'],
      ['OPTIONS *', 'OPTIONS * HTTP/1.1\r\nHost: tour.test\r\nConnection: close\r\n\r\n'],
      ['garbage', 'hello there\r\n\r\n'],
      ['an HTTP/2 preface', 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'],
      ['a NUL in the request line', Buffer.from('GET /\0 HTTP/1.1\r\nHost: t\r\n\r\n', 'latin1')],
      ['a header without a colon', 'GET / HTTP/1.1\r\nHost: t\r\nnot a header\r\n\r\n'],
      [
        'Content-Length with chunked (request smuggling)',
        'POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
      ],
      ['HTTP/1.1 without Host', 'GET / HTTP/1.1\r\nConnection: close\r\n\r\n'],
    ];
    for (const [label, request] of cases) {
      const response = await send(request);
      expect(response.statuses, label).toHaveLength(1);
      const [status] = response.statuses;
      expect(status, label).toBeGreaterThanOrEqual(400);
      expect(status, label).toBeLessThan(500);
      expectSaneError(response, status, label);
    }
  });

  it('answers an unknown expectation with 417', async () => {
    expectSaneError(await send(get('/', 'Expect: the-impossible\r\n')), 417, 'Expect');
  });

  it('accepts a request in absolute form, routed by its path', async () => {
    const response = await send(get('http://elsewhere.example/stops/x?lang=en'));
    expect(response.statuses).toEqual([200]);
    expect(response.body).toBe(appShell);
    expectSaneError(
      await send(get('http://elsewhere.example/assets/missing.js')),
      404,
      'absolute missing',
    );
  });

  it('answers HTTP/1.0 without Host, pipelined requests and a half-closed connection', async () => {
    const old = await send('GET /sw.js HTTP/1.0\r\n\r\n');
    expect(old.statuses).toEqual([200]);
    const pipelined = await send(
      `GET /sw.js HTTP/1.1\r\nHost: t\r\n\r\nGET /%ff HTTP/1.1\r\nHost: t\r\n\r\n${get('/version.json')}`,
    );
    expect(pipelined.statuses).toEqual([200, 400, 200]);
    const halfClosed = await send('GET /favicon.svg HTTP/1.1\r\nHost: t\r\n\r\n', {
      halfClose: true,
    });
    expect(halfClosed.statuses).toEqual([200]);
  });

  it('survives connections that send nothing, half a request, or close at once', async () => {
    await send('', { halfClose: true });
    await send('GET /sw.js HTTP/1.1\r\nHost: t', { halfClose: true });
    await send('GET /sw.js HTT', { halfClose: true });
  });

  it('cuts off a client that sends its headers too slowly (slow loris) with 408', async () => {
    const started = Date.now();
    const response = await rawRequest(server.port, 'GET / HTTP/1.1\r\nHost: t\r\nX-Slow: 1', {
      idleMs: 20_000,
    });
    expectSaneError(response, 408, 'slow headers');
    // LIMITS.headersTimeout (10 s), checked every 2 s.
    expect(Date.now() - started).toBeGreaterThanOrEqual(9_000);
    expect(Date.now() - started).toBeLessThan(15_000);
  }, 20_000);

  it('still serves normally after all of that', async () => {
    const response = await fetch(`${server.url}/stops/x?lang=en`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(appShell);
    const health = await fetch(`${server.url}/api/health`);
    expect((await health.json()).status).toBe('ok');
  });
});

describe('an error inside a handler', () => {
  let boom: FastifyInstance;
  let port: number;
  let dir: FixtureDist;
  beforeAll(async () => {
    dir = makeFixtureDist();
    boom = await buildServer(loadConfig({ DIST_DIR: dir.dir, LOG_LEVEL: 'silent' }));
    // A route of a later concern that throws: the error must stay on the server.
    boom.get('/api/boom', () => {
      throw new Error(`database at ${dir.dir} is down`);
    });
    await boom.listen({ host: '127.0.0.1', port: 0 });
    port = (boom.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await boom?.close();
    dir?.remove();
  });

  it('is a short 500 without the message, and the server goes on', async () => {
    for (let i = 0; i < 3; i++) {
      const response = await rawRequest(port, get('/api/boom'));
      expectSaneError(response, 500, 'a throwing handler');
      expect(response.body).toBe('{"statusCode":500,"error":"Internal Server Error"}');
    }
    const after = await fetch(`http://127.0.0.1:${port}/sw.js`);
    expect(after.status).toBe(200);
    expect(await after.text()).toBe(FIXTURE_FILES['sw.js']);
  });
});
