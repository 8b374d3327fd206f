import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../../pipeline/security-headers.ts';
import { startTestServer, type TestServer } from '../../support/tour-server.ts';
import { FIXTURE_VERSION, type FixtureDist, makeFixtureDist } from '../support/fixture-dist.ts';

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

describe('GET /api/health', () => {
  it('says the server runs, which build and content it serves, and its uptime; never cached', async () => {
    const response = await fetch(`${server.url}/api/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(response.headers.get(name), name).toBe(value);
    }
    const body = await response.json();
    expect(body).toEqual({
      status: 'ok',
      ...FIXTURE_VERSION,
      uptimeSeconds: expect.any(Number),
      live: expect.objectContaining({ store: 'memory', rooms: 0, presenters: 0, followers: 0 }),
    });
    expect(body.uptimeSeconds).toBeGreaterThanOrEqual(0);
  });

  it('reads version.json on every request, so a deploy shows at once', async () => {
    const next = { ...FIXTURE_VERSION, buildId: 'next-build' };
    writeFileSync(join(dist.dir, 'version.json'), JSON.stringify(next));
    expect((await (await fetch(`${server.url}/api/health`)).json()).buildId).toBe('next-build');
  });

  it('answers 503 when no valid build is there (a load balancer then looks elsewhere)', async () => {
    for (const content of ['{"buildId": 5}', 'not json', null]) {
      if (content === null) rmSync(join(dist.dir, 'version.json'));
      else writeFileSync(join(dist.dir, 'version.json'), content);
      const response = await fetch(`${server.url}/api/health`);
      expect(response.status, String(content)).toBe(503);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const body = await response.json();
      expect(body).toEqual({
        status: 'no-build',
        uptimeSeconds: expect.any(Number),
        live: expect.any(Object),
      });
    }
    writeFileSync(join(dist.dir, 'version.json'), JSON.stringify(FIXTURE_VERSION));
  });

  it('keeps /api/ for the API: an unknown address or method is a JSON 404, never the app', async () => {
    for (const [method, path] of [
      ['GET', '/api/nothing'],
      ['GET', '/api/'],
      ['POST', '/api/health'],
      ['DELETE', '/api/health/x'],
    ]) {
      const response = await fetch(server.url + path, { method });
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(await response.text()).toBe('{"statusCode":404,"error":"Not Found"}');
    }
  });
});
