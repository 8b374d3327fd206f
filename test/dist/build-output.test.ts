// Assertions on the production build (dist/): what the service worker precaches, the manifest,
// version.json, and the web font's real character map. In the `dist` project because it needs
// the build, which `npm test` makes after the unit tests.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { fontCharacters, isCjk, listFiles } from '../../pipeline/font/font-text.ts';
import { integrityOf } from '../../pipeline/precache-integrity.ts';
import { SOURCE_FONTS } from '../../pipeline/vite-plugin-font.ts';
import { precacheUrls } from '../../scripts/lib/precache-list.ts';
import { PRERENDERED_FILE, parsePrerenderedPages } from '../../src/prerender/prerendered-pages.ts';
import { appShellMode } from '../../src/routing/app-shell-routes.ts';
import { builtContent } from '../support/built-content.ts';
import { fontCodePoints } from '../support/font-code-points.ts';
import { startTestServer } from '../support/tour-server.ts';

const DIST = 'dist';
const content = builtContent();
const precached = new Set(precacheUrls(DIST));

function distFiles(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? distFiles(path) : [path.slice(DIST.length + 1)];
  });
}

describe('the production build', () => {
  it('precaches every file of the app; only the service worker, version.json, the print sheets and the studio stay out', () => {
    // The QR sign sheets (print/) are for staff at a desk, not for devices on the tour; the staff
    // studio (studio/, its own build) is never on a visitor's device.
    expect(distFiles().some((file) => file.startsWith('studio/'))).toBe(true);
    expect([...precached].filter((file) => file.startsWith('studio/'))).toEqual([]);
    const notPrecached = distFiles().filter(
      (file) => !precached.has(file) && !file.startsWith('print/') && !file.startsWith('studio/'),
    );
    // The service worker (src/sw/sw.ts) is one file, with its Workbox modules inside.
    expect(notPrecached.sort()).toEqual(['sw.js', 'version.json']);
  });

  it('gives every precached file its integrity hash, so an evicted file is refilled with its own bytes', () => {
    const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
    const entries = [...sw.matchAll(/\{[^{}]*"url":"([^"]+)"[^{}]*\}/g)];
    expect(entries.length).toBe(precached.size);
    for (const [entry, url] of entries) {
      // The web app manifest is added by vite-plugin-pwa after the transforms: it has none.
      if (url === 'manifest.webmanifest') continue;
      const integrity = /"integrity":"([^"]+)"/.exec(entry)?.[1];
      expect(integrity, url).toBe(integrityOf(readFileSync(join(DIST, url))));
    }
  });

  it('precaches each route: home, every stop, the glossary, the kiosk and the guide', () => {
    const chunks = [...precached].filter((url) => url.endsWith('.js'));
    const chunk = (name: string) => chunks.filter((url) => url.startsWith(`assets/${name}-`));
    for (const stop of content.stops) expect(chunk(stop.id), stop.id).toHaveLength(1);
    for (const name of ['glossary', 'KioskApp', 'GuideApp', 'visitor-pages']) {
      expect(chunk(name), name).toHaveLength(1);
    }
    expect(precached).toContain('index.html');
    expect(precached).toContain('manifest.webmanifest');
  });

  it('lists and precaches every prerendered page, the handouts and the "page not found" too', () => {
    const list = parsePrerenderedPages(
      JSON.parse(readFileSync(join(DIST, PRERENDERED_FILE), 'utf8')),
    );
    expect(list).toBeDefined();
    const languages = content.site.languages.map((info) => info.code);
    for (const tour of content.tours) {
      expect(Object.keys(list!.pages[`/tours/${tour.id}/print`] ?? {}), tour.id).toEqual(languages);
    }
    expect(Object.keys(list!.notFound)).toEqual(languages);
    const files = [...Object.values(list!.pages), list!.notFound].flatMap((byLanguage) =>
      Object.values(byLanguage),
    );
    for (const file of files) expect(precached, file).toContain(file);
    // No app-shell route is prerendered: the server and the worker would never answer with it.
    expect(Object.keys(list!.pages).filter((route) => appShellMode(route))).toEqual([]);
  });

  it('paints each prerendered page from one stylesheet, its scripts requested only after the first paint', () => {
    const listing = JSON.parse(readFileSync(join(DIST, 'prerendered.json'), 'utf8')) as {
      pages: Record<string, Record<string, string>>;
    };
    const files = Object.values(listing.pages).flatMap((byLanguage) => Object.values(byLanguage));
    expect(files.length).toBeGreaterThan(content.stops.length * 2);
    for (const file of files) {
      const html = readFileSync(join(DIST, file), 'utf8');
      // The visitor pages' styles are in the entry's stylesheet (src/modes/visitor/pages.ts). The
      // handout (/tours/<id>/print), opened from the tour page rather than from a sign, keeps its
      // print styles in a stylesheet of its own: in the entry's, every first page would pay them.
      const handout = /^tours\/[^/]+\/print\//.test(file);
      expect(html.match(/<link rel="stylesheet"/g), file).toHaveLength(handout ? 2 : 1);
      // No module script or preload a browser would fetch alongside the stylesheet: public/boot.js
      // requests the entry and the route's chunks once the text is painted.
      expect(html, file).not.toMatch(/<script type="module"|rel="modulepreload"/);
      const boot = /<script src="\/boot\.js" defer data-module="(\/assets\/index-[^"]+\.js)"/.exec(
        html,
      );
      expect(boot, file).not.toBeNull();
      expect(statSync(join(DIST, boot![1])).isFile(), file).toBe(true);
    }
    // The app shell (kiosk, guide, live) has nothing to paint without its script: it loads at once.
    expect(readFileSync(join(DIST, 'app-shell.html'), 'utf8')).toMatch(/<script type="module"/);
  });

  it('keeps the boot script ES5, so a browser too old for the app can still say so', () => {
    const source = readFileSync(join(DIST, 'boot.js'), 'utf8');
    expect(() => parse(source, { ecmaVersion: 5 })).not.toThrow();
  });

  it('precaches every image of the content (SVGs as sanitised)', () => {
    const images = [...precached].filter((url) => /^assets\/.*\.(svg|png|webp|jpe?g)$/.test(url));
    const shipped = (file: string) => {
      const safe = content.safeSvgs.get(file);
      return safe === undefined ? readFileSync(file) : Buffer.from(safe);
    };
    const expected = new Set(
      content.stops.flatMap((stop) =>
        stop.images.flatMap((image) => Object.values(image.files).map(shipped)),
      ),
    );
    // Identical files are emitted once; compare by content, not by name.
    const emitted = images.map((url) => readFileSync(join(DIST, url)));
    for (const file of expected) {
      expect(emitted.some((data) => data.equals(file))).toBe(true);
    }
  });

  it('ships no SVG that could run code or load anything, even opened on its own', () => {
    const svgs = distFiles().filter((file) => file.endsWith('.svg'));
    expect(svgs.filter((file) => file.startsWith('assets/')).length).toBeGreaterThanOrEqual(10);
    for (const file of svgs) {
      const text = readFileSync(join(DIST, file), 'utf8');
      expect(text, file).not.toMatch(/<script|<foreignObject|<iframe|<embed|<object|@import/i);
      expect(text, file).not.toMatch(/\son[a-z]+\s*=|javascript:/i);
      // Every reference stays inside the drawing: href="#…", url(#…).
      expect(text.match(/\s(?:xlink:)?href\s*=\s*["'](?!#)[^"']*/gi) ?? [], file).toEqual([]);
      expect(text.match(/url\(\s*["']?(?!#)[^)]*\)/gi) ?? [], file).toEqual([]);
    }
  });

  it('has a bilingual, installable web app manifest with a maskable icon', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));
    expect(manifest).toMatchObject({
      id: '/',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      lang: 'zh-CN',
      theme_color: '#1f3a5f',
      background_color: '#f5f7fa',
    });
    expect(manifest.name).toMatch(/[\u4e00-\u9fff].*[A-Za-z]/);
    expect(manifest.description).toMatch(/[\u4e00-\u9fff].*[A-Za-z]/);
    const icons: { src: string; sizes: string; purpose?: string }[] = manifest.icons;
    expect(icons).toContainEqual(
      expect.objectContaining({ sizes: '512x512', purpose: 'maskable' }),
    );
    expect(icons).toContainEqual(expect.objectContaining({ sizes: '192x192' }));
    for (const icon of icons) expect(precached).toContain(icon.src);
  });

  it("has one identity: version.json, the app and the server's /api/health say the same", async () => {
    const version = JSON.parse(readFileSync(join(DIST, 'version.json'), 'utf8'));
    expect(Object.keys(version).sort()).toEqual(['buildId', 'buildTime', 'contentVersion']);
    expect(version.contentVersion).toBe(content.version);
    const code = [...precached]
      .filter((url) => url.endsWith('.js'))
      .map((url) => readFileSync(join(DIST, url), 'utf8'))
      .join('\n');
    for (const value of Object.values<string>(version)) {
      expect(code.includes(value), `the app carries ${value}`).toBe(true);
    }
    const server = await startTestServer(DIST);
    try {
      const health = await (await fetch(`${server.url}/api/health`)).json();
      expect(health).toMatchObject({ status: 'ok', ...version });
    } finally {
      await server.close();
    }
  });

  it('cuts the web font to hold every character of the content and the UI strings', async () => {
    const needed = fontCharacters({
      content,
      localesDir: 'src/i18n/locales',
      files: ['index.html', ...listFiles('src', ['.ts', '.tsx'])],
    });
    const fonts = [...precached].filter((url) => url.endsWith('.woff2'));
    expect(fonts).toHaveLength(Object.keys(SOURCE_FONTS).length);
    // Characters the full font lacks (some rare punctuation of the base ranges) cannot be in a subset.
    const full = await fontCodePoints(
      readFileSync(new URL(import.meta.resolve(SOURCE_FONTS[400])).pathname),
    );
    // The web font is for CJK text only (Latin is drawn with system fonts everywhere).
    const shown = [...needed].filter(
      (char) => isCjk(char.codePointAt(0)!) && full.has(char.codePointAt(0)!),
    );
    for (const font of fonts) {
      const subset = await fontCodePoints(readFileSync(join(DIST, font)));
      const missing = shown.filter((char) => !subset.has(char.codePointAt(0)!));
      expect(missing, font).toEqual([]);
      expect(subset.size, font).toBeLessThanOrEqual(needed.length);
    }
    // Nothing the content or the UI shows is missing from the full font itself. Format characters
    // (the word joiner of pipeline/content/typography.ts) only steer line breaking: no glyph.
    const visible = [
      ...fontCharacters({ content, localesDir: 'src/i18n/locales', files: [] }),
    ].filter((char) => char.codePointAt(0)! > 0x7e && !/\p{Cf}/u.test(char));
    expect(visible.filter((char) => !full.has(char.codePointAt(0)!))).toEqual(
      visible.filter((char) =>
        /[\u2017\u201b\u201f\u2023\u2024\u2031\u2034\u2036-\u2038]/.test(char),
      ),
    );
  });
});
