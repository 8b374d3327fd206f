// A small built app on disk, shaped like dist/ (hashed assets, the service worker, the manifest,
// version.json, a font, an image, a print page), so the server tests need no build.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const FIXTURE_VERSION = {
  buildId: '202612010000-test',
  buildTime: '2026-12-01T00:00:00.000Z',
  contentVersion: 'content-test-1',
};

/** Text long enough to be compressed (the server gzips from 512 bytes, as nginx does). */
const SCRIPT = `export const stops = ${JSON.stringify(Array.from({ length: 60 }, (_, i) => `stop-${i}`))};\n`;

export const FIXTURE_FILES: Readonly<Record<string, string | Buffer>> = {
  'index.html':
    '<!doctype html><html lang="zh-CN"><title>导览 app shell</title><div id="app"></div>\n',
  'assets/index-Abc123.js': SCRIPT,
  'assets/index-Abc123.css': 'body { margin: 0 }\n',
  'assets/noto-sans-sc-400-Abc123.woff2': Buffer.from('wOF2 not really a font'),
  'assets/photo-640-Abc123.webp': Buffer.from('RIFF....WEBPVP8 '),
  'sw.js': "self.addEventListener('install', () => {});\n",
  'registerSW.js': "navigator.serviceWorker.register('/sw.js');\n",
  'manifest.webmanifest': '{"name":"导览","start_url":"/"}\n',
  'version.json': `${JSON.stringify(FIXTURE_VERSION, null, 2)}\n`,
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>\n',
  'print/signs.html': '<!doctype html><title>signs</title>\n',
};

export interface FixtureDist {
  dir: string;
  remove(): void;
}

export function makeFixtureDist(files = FIXTURE_FILES): FixtureDist {
  const dir = mkdtempSync(join(tmpdir(), 'sbc-server-dist-'));
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
