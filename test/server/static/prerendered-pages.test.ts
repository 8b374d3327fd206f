import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/tour-server.ts';
import { FIXTURE_FILES, type FixtureDist, makeFixtureDist } from '../support/fixture-dist.ts';

// A navigation to a prerendered route gets its page in the visitor's language, chosen as the app
// chooses it: `?lang=` → the saved choice (the sbc_lang cookie) → Accept-Language → the default;
// one address, so no shared cache may keep it, and a cache that does keeps one per language. An
// app-shell route (src/routing/app-shell-routes.ts) gets the shell; any other address the
// "page not found" in that language, with status 404.

const page = (lang: string, route: string) =>
  `<!doctype html><html lang="${lang}"><title>${route}</title><div id="app">${lang} ${route}</div>\n`;

const PAGES = {
  'index.html': page('zh-CN', '/'),
  'index.en.html': page('en', '/'),
  'stops/welcome/index.html': page('zh-CN', '/stops/welcome'),
  'stops/welcome/index.en.html': page('en', '/stops/welcome'),
  '404.html': page('zh-CN', '/404'),
  '404.en.html': page('en', '/404'),
  'app-shell.html': '<!doctype html><html lang="zh-CN"><title>shell</title><div id="app"></div>\n',
  'prerendered.json': JSON.stringify({
    defaultLanguage: 'zh-CN',
    languages: [
      { code: 'zh-CN', name: '中文', aliases: [] },
      { code: 'en', name: 'English', aliases: [] },
    ],
    pages: {
      '/': { 'zh-CN': 'index.html', en: 'index.en.html' },
      '/stops/welcome': { 'zh-CN': 'stops/welcome/index.html', en: 'stops/welcome/index.en.html' },
    },
    notFound: { 'zh-CN': '404.html', en: '404.en.html' },
  }),
};

let dist: FixtureDist;
let server: TestServer;

beforeAll(async () => {
  dist = makeFixtureDist({ ...FIXTURE_FILES, ...PAGES });
  server = await startTestServer(dist.dir);
});
afterAll(async () => {
  await server?.close();
  dist?.remove();
});

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(server.url + path, { headers });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

describe('prerendered pages', () => {
  it("answer in the visitor's language: ?lang=, then the saved choice, then the browser, then the default", async () => {
    const cases: [string, Record<string, string>, string][] = [
      ['/stops/welcome', {}, page('zh-CN', '/stops/welcome')],
      ['/stops/welcome?lang=en', {}, page('en', '/stops/welcome')],
      ['/stops/welcome?lang=EN-gb&tour=x', {}, page('en', '/stops/welcome')],
      ['/stops/welcome/', { cookie: 'other=1; sbc_lang=en' }, page('en', '/stops/welcome')],
      [
        '/stops/welcome',
        { 'accept-language': 'fr-CH, en;q=0.8, zh;q=0.5' },
        page('en', '/stops/welcome'),
      ],
      [
        '/stops/welcome',
        { 'accept-language': 'en;q=0.2, zh-TW;q=0.9' },
        page('zh-CN', '/stops/welcome'),
      ],
      // ?lang= beats the saved choice, which beats the browser
      ['/stops/welcome?lang=zh', { cookie: 'sbc_lang=en' }, page('zh-CN', '/stops/welcome')],
      ['/', { cookie: 'sbc_lang=en', 'accept-language': 'zh-CN' }, page('en', '/')],
      // a language the content lacks, or a hostile value, is no choice
      ['/?lang=fr', { cookie: 'sbc_lang=%ff' }, page('zh-CN', '/')],
      [
        '/',
        { cookie: `sbc_lang=${'e'.repeat(5000)}`, 'accept-language': 'x'.repeat(5000) },
        page('zh-CN', '/'),
      ],
    ];
    for (const [path, headers, body] of cases) {
      const response = await get(path, headers);
      expect(response.status, path).toBe(200);
      expect(response.body, `${path} ${JSON.stringify(headers).slice(0, 80)}`).toBe(body);
      expect(response.headers.get('cache-control'), path).toBe('private, no-cache');
      expect(response.headers.get('vary'), path).toMatch(/accept-language, cookie/i);
    }
  });

  it('leave the app-shell routes to the app shell, and files to themselves', async () => {
    for (const path of ['/kiosk', '/kiosk/stops/x', '/guide/screen', '/live/ABC123', '/live/']) {
      const response = await get(path, { cookie: 'sbc_lang=en' });
      expect(response.status, path).toBe(200);
      expect(response.body, path).toBe(PAGES['app-shell.html']);
      expect(response.headers.get('cache-control'), path).toBe('private, no-cache');
    }
    expect((await get('/stops/welcome/index.en.html')).body).toBe(page('en', '/stops/welcome'));
    expect((await get('/version.json')).headers.get('vary') ?? '').not.toMatch(/accept-language/i);
  });

  it('answer any other address with the "page not found" in the visitor\'s language: 404, never cached', async () => {
    const cases: [string, Record<string, string>, string][] = [
      ['/no-such-page', {}, '404.html'],
      ['/no-such-page?lang=en', {}, '404.en.html'],
      ['/stops/no-such-stop', { cookie: 'sbc_lang=en' }, '404.en.html'],
      ['/tours/nope', { 'accept-language': 'en-GB,en;q=0.9' }, '404.en.html'],
      ['/tours/nope/print?lang=zh', { cookie: 'sbc_lang=en' }, '404.html'],
      ['/kiosks', { cookie: 'sbc_lang=en' }, '404.en.html'],
      ['/assets', {}, '404.html'],
    ];
    for (const [path, headers, file] of cases) {
      const response = await get(path, headers);
      expect(response.status, path).toBe(404);
      expect(response.body, path).toBe(PAGES[file as keyof typeof PAGES]);
      expect(response.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control'), path).toBe('no-store');
      expect(response.headers.get('vary'), path).toMatch(/accept-language, cookie/i);
    }
    const head = await fetch(`${server.url}/no-such-page`, { method: 'HEAD' });
    expect(head.status).toBe(404);
    // A damaged address is still refused as one (400), and a missing file is not a page.
    expect((await get('/stops/%E0%A4%A')).status).toBe(400);
    const missing = await get('/stops/x.png');
    expect(missing.status).toBe(404);
    expect(missing.body).toBe('{"statusCode":404,"error":"Not Found"}');
  });

  it('fall back to the default language when the list is damaged, as a static host does', async () => {
    const damaged = makeFixtureDist({
      ...FIXTURE_FILES,
      ...PAGES,
      'prerendered.json': '{"pages": 1',
    });
    const other = await startTestServer(damaged.dir);
    try {
      const response = await fetch(`${other.url}/stops/welcome?lang=en`);
      expect(response.status).toBe(200);
      // No list to choose from: the route's folder's own index.html answers.
      expect(await response.text()).toBe(page('zh-CN', '/stops/welcome'));
      expect(await (await fetch(`${other.url}/kiosk`)).text()).toBe(PAGES['app-shell.html']);
      // Without the list, a stop cannot be told from an unknown address: the app shell decides.
      const unknown = await fetch(`${other.url}/no-such-page`);
      expect(unknown.status).toBe(200);
      expect(await unknown.text()).toBe(PAGES['app-shell.html']);
    } finally {
      await other.close();
      damaged.remove();
    }
  });
});
