// The studio's API through the real server factory (buildServer) and app.inject: sessions, CSRF,
// roles, failed-login limits, path confinement, uploads, saves and the concurrency check.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../../server/build-server.ts';
import { loadConfig } from '../../../server/config.ts';
import { type FixtureDist, makeFixtureDist } from '../support/fixture-dist.ts';
import { makeStudioFixture, PASSWORD, type StudioFixture } from './support.ts';

let fixture: StudioFixture;
let dist: FixtureDist;
let app: FastifyInstance;

beforeAll(async () => {
  fixture = await makeStudioFixture({
    git: true,
    users: [
      ['ada', 'editor'],
      ['pat', 'publisher'],
      ['rae', 'publisher'],
    ],
  });
  dist = makeFixtureDist({
    'index.html': '<!doctype html><title>visitor app shell</title>',
    'studio/studio.html': '<!doctype html><title>studio</title>',
  });
  const config = loadConfig({
    DIST_DIR: dist.dir,
    LOG_LEVEL: 'silent',
    CONTENT_DIR: fixture.contentDir,
    STUDIO_DATA_DIR: fixture.dataDir,
  });
  app = await buildServer(config);
});
afterAll(async () => {
  await app?.close();
  dist?.remove();
  fixture?.remove();
});

interface Session {
  cookie: string;
  csrf: string;
}

async function login(name: string, password = PASSWORD, address = '127.0.0.1') {
  return app.inject({
    method: 'POST',
    url: '/api/studio/login',
    payload: { name, password },
    remoteAddress: address,
  });
}

async function session(name: string): Promise<Session> {
  const response = await login(name);
  expect(response.statusCode).toBe(200);
  const cookie = String(response.headers['set-cookie']).split(';')[0];
  return { cookie, csrf: response.json().csrfToken };
}

const as = (s: Session, withCsrf = true) => ({
  cookie: s.cookie,
  ...(withCsrf ? { 'x-csrf-token': s.csrf } : {}),
});

// A content check takes about a second on this machine.
describe('the studio API', { timeout: 30_000 }, () => {
  it('answers nothing without a session, the UI pages with the studio, never the visitor shell', async () => {
    for (const url of [
      '/api/studio/documents',
      '/api/studio/documents/stop/welcome',
      '/api/studio/anything',
    ]) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(401);
    }
    const page = await app.inject({ url: '/studio/stops/welcome' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>studio</title>');
    expect((await app.inject({ url: '/studio' })).body).toContain('<title>studio</title>');
  });

  it('sets an HttpOnly, SameSite=Strict session cookie that expires', async () => {
    const response = await login('ada');
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Expires=/i);
    expect(cookie).not.toMatch(/Secure/i);
    const behindHttps = await app.inject({
      method: 'POST',
      url: '/api/studio/login',
      payload: { name: 'ada', password: PASSWORD },
      headers: { 'x-forwarded-proto': 'https' },
    });
    // No proxy is trusted here: the header is not believed, so no Secure flag.
    expect(String(behindHttps.headers['set-cookie'])).not.toMatch(/Secure/i);
  });

  it('refuses a write without the CSRF token, or without a session', async () => {
    const ada = await session('ada');
    const document = (
      await app.inject({ url: '/api/studio/documents/stop/welcome', headers: as(ada) })
    ).json();
    const payload = { baseVersion: document.version, data: document.data, texts: {} };
    const noToken = await app.inject({
      method: 'PUT',
      url: '/api/studio/documents/stop/welcome',
      headers: as(ada, false),
      payload,
    });
    expect(noToken.statusCode).toBe(403);
    const noSession = await app.inject({
      method: 'PUT',
      url: '/api/studio/documents/stop/welcome',
      headers: { 'x-csrf-token': ada.csrf },
      payload,
    });
    expect(noSession.statusCode).toBe(401);
  });

  it('slows repeated wrong passwords for a name (429), whatever the address', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 7; attempt++) {
      statuses.push((await login('rae', 'wrong password', `10.0.0.${attempt}`)).statusCode);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    // Even the right password waits now.
    const right = await login('rae', PASSWORD, '10.0.0.99');
    expect(right.statusCode).toBe(429);
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('refuses an id or a file name that leaves the content folder', async () => {
    const ada = await session('ada');
    for (const url of [
      '/api/studio/documents/stop/..%2F..%2Fetc',
      '/api/studio/documents/stop/Welcome',
      '/api/studio/documents/site/glossary',
      '/api/studio/media/welcome/..%2Fstop.yaml',
    ]) {
      const response = await app.inject({ url, headers: as(ada) });
      expect(response.statusCode, url).toBe(400);
    }
    const document = (
      await app.inject({ url: '/api/studio/documents/stop/welcome', headers: as(ada) })
    ).json();
    for (const name of ['../body.en.md', '/etc/passwd', 'body.en.md/../../x', 'notes.txt']) {
      const response = await app.inject({
        method: 'PUT',
        url: '/api/studio/documents/stop/welcome',
        headers: as(ada),
        payload: { baseVersion: document.version, data: document.data, texts: { [name]: 'x' } },
      });
      expect(response.statusCode, name).toBe(400);
    }
    expect(existsSync(join(fixture.contentDir, 'body.en.md'))).toBe(false);
    // A stop that does not exist is not made by a save or an upload.
    const missing = await app.inject({
      method: 'PUT',
      url: '/api/studio/documents/stop/no-such-stop',
      headers: as(ada),
      payload: { baseVersion: document.version, data: document.data, texts: {} },
    });
    expect(missing.statusCode).toBe(404);
    expect(existsSync(join(fixture.contentDir, 'stops/no-such-stop'))).toBe(false);
  });

  it('saves a change as a small commit by the staff member; a save from an older version is refused with who and when', async () => {
    const ada = await session('ada');
    const pat = await session('pat');
    const url = '/api/studio/documents/stop/cord-blood-bank';
    const start = (await app.inject({ url, headers: as(ada) })).json();
    const adaEdit = structuredClone(start.data);
    adaEdit.title.en = 'Cord blood bank (edited by Ada)';
    const first = await app.inject({
      method: 'PUT',
      url,
      headers: as(ada),
      payload: { baseVersion: start.version, data: adaEdit, texts: {} },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().files).toEqual(['stops/cord-blood-bank/stop.yaml']);
    const log = execFileSync('git', [
      '-C',
      fixture.contentDir,
      'log',
      '-1',
      '--format=%an <%ae>|%s',
    ])
      .toString()
      .trim();
    expect(log).toBe('ada <ada@studio.invalid>|Studio: stop cord-blood-bank');
    const diff = execFileSync('git', [
      '-C',
      fixture.contentDir,
      'show',
      '--format=',
      '--unified=0',
    ]).toString();
    expect(diff.split('\n').filter((line) => /^[+-][^+-]/.test(line))).toEqual([
      '-  en: Cord blood stem cell bank',
      '+  en: Cord blood bank (edited by Ada)',
    ]);

    // Pat edited the same stop from the version before Ada's save.
    const patEdit = structuredClone(start.data);
    patEdit.summary.en = 'Pat’s summary';
    const second = await app.inject({
      method: 'PUT',
      url,
      headers: as(pat),
      payload: { baseVersion: start.version, data: patEdit, texts: {} },
    });
    expect(second.statusCode).toBe(409);
    const conflict = second.json();
    expect(conflict.changedBy).toBe('ada');
    expect(Date.parse(conflict.changedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(conflict.current.data.title.en).toBe('Cord blood bank (edited by Ada)');
    // Nothing of Pat's was written; Ada's change is still there.
    const onDisk = readFileSync(
      join(fixture.contentDir, 'stops/cord-blood-bank/stop.yaml'),
      'utf8',
    );
    expect(onDisk).toContain('Cord blood bank (edited by Ada)');
    expect(onDisk).not.toContain('Pat’s summary');
  });

  it("checks a draft with the build's validator without saving it: an empty Chinese title is a problem on its field", async () => {
    const ada = await session('ada');
    const start = (
      await app.inject({ url: '/api/studio/documents/stop/welcome', headers: as(ada) })
    ).json();
    const draft = structuredClone(start.data);
    draft.title['zh-CN'] = '';
    const check = await app.inject({
      method: 'POST',
      url: '/api/studio/check/stop/welcome',
      headers: as(ada),
      payload: { data: draft, texts: start.texts },
    });
    expect(check.statusCode).toBe(200);
    expect(check.json().problems).toEqual([
      expect.objectContaining({ file: 'stops/welcome/stop.yaml', field: 'title.zh-CN', line: 3 }),
    ]);
    const saved = (
      await app.inject({ url: '/api/studio/documents/stop/welcome', headers: as(ada) })
    ).json();
    expect(saved.version).toBe(start.version);
  });

  it("renders a preview with the build's Markdown pipeline: raw HTML and javascript: links never become markup", async () => {
    const ada = await session('ada');
    const start = (
      await app.inject({ url: '/api/studio/documents/stop/welcome', headers: as(ada) })
    ).json();
    const texts = {
      ...start.texts,
      'body.en.md':
        'Hello <script>alert(1)</script><img src=x onerror=alert(2)> [click](javascript:alert(3))',
    };
    const preview = await app.inject({
      method: 'POST',
      url: '/api/studio/preview/welcome',
      headers: as(ada),
      payload: { data: start.data, texts },
    });
    expect(preview.statusCode).toBe(200);
    const html: string = preview.json().body.en;
    expect(html).toContain('Hello');
    expect(html).not.toMatch(/<script|<img|<a [^>]*javascript:/i);
    expect(html).toContain('&lt;script&gt;');
    // The in-depth layer, rendered the same way, for the phone's "In depth" switch.
    expect(preview.json().depth.body.en).toMatch(/^<(p|h2)/);
  });

  it('takes a photo upload by its bytes, refusing anything that is not a JPEG, PNG or WebP', async () => {
    const ada = await session('ada');
    const upload = (name: string, bytes: Buffer, type: string) => {
      const boundary = 'x-boundary';
      const body = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`,
        ),
        bytes,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return app.inject({
        method: 'POST',
        url: '/api/studio/images/welcome',
        headers: { ...as(ada), 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: body,
      });
    };
    const html = await upload(
      'photo.jpg',
      Buffer.from('<html><script>alert(1)</script></html>'),
      'image/jpeg',
    );
    expect(html.statusCode).toBe(415);
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const good = await upload('../../evil.png', png, 'image/png');
    expect(good.statusCode).toBe(200);
    const { file } = good.json();
    expect(file).toMatch(/^photo-\d{8}-[0-9a-f]{8}\.png$/);
    expect(existsSync(join(fixture.contentDir, 'stops/welcome', file))).toBe(true);
    // A camera photo of a few MB is taken; past the limit (8 MB) it is refused.
    const photo = Buffer.concat([Buffer.from('ffd8ffe0', 'hex'), Buffer.alloc(3 * 1024 * 1024)]);
    expect((await upload('camera.jpg', photo, 'image/jpeg')).statusCode).toBe(200);
    const huge = Buffer.concat([Buffer.from('ffd8ffe0', 'hex'), Buffer.alloc(9 * 1024 * 1024)]);
    expect((await upload('huge.jpg', huge, 'image/jpeg')).statusCode).toBe(413);
  });

  it('lets only a publisher publish or roll back', async () => {
    const ada = await session('ada');
    const publish = await app.inject({
      method: 'POST',
      url: '/api/studio/publish',
      headers: as(ada),
    });
    expect(publish.statusCode).toBe(403);
    const rollback = await app.inject({
      method: 'POST',
      url: '/api/studio/rollback',
      headers: as(ada),
      payload: { id: 'x' },
    });
    expect(rollback.statusCode).toBe(403);
  });
});

describe('the studio behind an HTTPS proxy', () => {
  it('marks the session cookie Secure when a trusted proxy says the request came over HTTPS', async () => {
    const proxied = await buildServer(
      loadConfig({
        DIST_DIR: dist.dir,
        LOG_LEVEL: 'silent',
        TRUST_PROXY: 'loopback',
        CONTENT_DIR: fixture.contentDir,
        STUDIO_DATA_DIR: fixture.dataDir,
      }),
    );
    try {
      const login = (proto: string) =>
        proxied.inject({
          method: 'POST',
          url: '/api/studio/login',
          payload: { name: 'ada', password: PASSWORD },
          headers: { 'x-forwarded-proto': proto, 'x-forwarded-for': '203.0.113.9' },
        });
      const https = String((await login('https')).headers['set-cookie']);
      expect(https).toMatch(/; Secure/);
      expect(https).toMatch(/SameSite=Strict/i);
      expect(String((await login('http')).headers['set-cookie'])).not.toMatch(/Secure/i);
    } finally {
      await proxied.close();
    }
  });
});
