import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../pipeline/security-headers.ts';
import { type RunningNginx, startNginx } from './support/nginx.ts';

// docs/deploy/nginx-static.conf: a center without the tour server. The app is served as by
// nginx.conf; the API is not there, so the app's probe tells the guide live sharing is unavailable.

const dist = resolve('dist');
let nginx: RunningNginx;

beforeAll(async () => {
  nginx = await startNginx('docs/deploy/nginx-static.conf', { dist });
});
afterAll(async () => {
  await nginx?.stop();
});

describe('docs/deploy/nginx-static.conf', () => {
  it('serves the app as nginx.conf does', async () => {
    for (const [path, file] of [
      ['/', 'index.html'],
      ['/?lang=en', 'index.en.html'],
      ['/guide/screen', 'app-shell.html'],
      ['/live/ABCDEF', 'app-shell.html'],
      ['/kiosk', 'app-shell.html'],
    ]) {
      const response = await fetch(nginx.base + path);
      expect(response.status, path).toBe(200);
      expect(await response.text()).toBe(readFileSync(join(dist, file), 'utf8'));
      expect(response.headers.get('cache-control')).toBe('private, no-cache');
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(response.headers.get(name), name).toBe(value);
      }
    }
  });

  it('answers an unknown address with the "page not found" in the visitor\'s language, status 404', async () => {
    for (const [path, file] of [
      ['/no-such-page', '404.html'],
      ['/stops/no-such-stop?lang=en', '404.en.html'],
      ['/tours/nope/print?lang=en', '404.en.html'],
    ]) {
      const response = await fetch(nginx.base + path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toBe(readFileSync(join(dist, file), 'utf8'));
      expect(response.headers.get('cache-control'), path).toBe('no-store');
    }
  });

  it('has no API: the probe gets 404, creating a room 405, never the app shell', async () => {
    const probe = await fetch(`${nginx.base}/api/live`);
    expect(probe.status).toBe(404);
    expect(probe.headers.get('cache-control')).toBe('no-store');
    expect(await probe.text()).not.toContain('<div id="app"');
    expect((await fetch(`${nginx.base}/api/live`, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`${nginx.base}/api/live/socket/?EIO=4&transport=polling`)).status).toBe(
      404,
    );
  });

  it('has no studio: /studio is a 404, never the app shell', async () => {
    for (const path of ['/studio', '/studio/stop/welcome', '/studio/assets/x.js']) {
      const response = await fetch(`${nginx.base}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('<div id="app"');
    }
  });

  it('keeps the same header and cache rules as nginx.conf (only the API and the studio differ)', () => {
    const withoutApi = (file: string) =>
      readFileSync(file, 'utf8')
        .replace(/^#.*\n/gm, '')
        .replace(/\n\s*#.*$/gm, '')
        .replace(/upstream sbc_tour_server \{[^}]*\}/, '')
        .replace(/map \$http_upgrade \$sbc_connection \{[^}]*\}/, '')
        .replace(/location \^~ \/api\/ \{[^}]*\}/, '')
        .replace(/location \^~ \/api\/studio\/ \{[^}]*\}/, '')
        .replace(/location ~ \^\/studio\(\?:\/\|\$\) \{[^}]*\}/, '')
        .replace(/location = \/studio \{[^}]*\}/, '')
        .replace(/location \^~ \/studio\/ \{[^}]*\}/, '')
        .replace(/map "\$request_method \$uri" \$sbc_method_refused \{[^}]*\}/, '')
        .replace(/if \(\$sbc_method_refused\)/, 'if ($request_method !~ ^(GET|HEAD)$)')
        .replace(/\n\s*\n/g, '\n')
        .trim();
    expect(withoutApi('docs/deploy/nginx-static.conf')).toBe(withoutApi('docs/deploy/nginx.conf'));
  });
});
