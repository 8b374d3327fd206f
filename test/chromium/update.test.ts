// A new version reaches a device without ever breaking a tour in progress: build A (dist/) is
// served, then the served folder is switched to build B (one stop title changed). A broken
// deploy of B is tried first: it must leave A working.
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { contentDirFrom } from '../../pipeline/tour-build.ts';
import { precacheUrls } from '../../scripts/lib/precache-list.ts';
import { builtContent } from '../support/built-content.ts';
import { startTestServer, type TestServer } from '../support/tour-server.ts';
import { viteBuild } from '../support/vite-build.ts';
import { axeViolations, type Browser, collectErrors, launch } from './support/browser.ts';
import { serviceWorkerInControl, strings, waitInPage } from './support/offline.ts';

const content = builtContent();
const stop = content.stops.find((s) => s.id === content.tours[0].stops[0].stop)!;
/** B's change: characters the font already has, so B reuses A's font and only content changes. */
const titleB = { 'zh-CN': `${stop.title['zh-CN']} (v2)`, en: `${stop.title.en} (v2)` };

const work = mkdtempSync(join(tmpdir(), 'sbc-update-'));
const buildA = resolve('dist');
const buildB = join(work, 'build-b');
const brokenB = join(work, 'build-b-broken');
const served = join(work, 'served');
let server: TestServer;
let browser: Browser;

/** Points the server at another build at once (an atomic rename, as a deploy would). */
function deploy(build: string): void {
  const next = `${served}.next`;
  symlinkSync(build, next);
  renameSync(next, served);
}

beforeAll(async () => {
  // Build B from a copy of the same content with one stop title changed.
  const contentB = join(work, 'content-b');
  cpSync(contentDirFrom(process.env), contentB, { recursive: true });
  const yamlFile = join(contentB, 'stops', stop.id, 'stop.yaml');
  const document = parseDocument(readFileSync(yamlFile, 'utf8'));
  document.setIn(['title', 'zh-CN'], titleB['zh-CN']);
  document.setIn(['title', 'en'], titleB.en);
  writeFileSync(yamlFile, document.toString());
  await viteBuild(contentB, buildB);

  // A partial deploy of B: the changed stop's new chunk did not arrive (a file A lacks, so the
  // browser must fetch it; files A already has are reused from its cache).
  cpSync(buildB, brokenB, { recursive: true });
  const newInB = precacheUrls(buildB).filter((url) => !precacheUrls(buildA).includes(url));
  const stopChunk = newInB.find((url) => url.startsWith(`assets/${stop.id}-`));
  rmSync(join(brokenB, stopChunk!));

  deploy(buildA);
  server = await startTestServer(served);
  browser = await launch({ serviceWorkers: 'allow' });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

const stopUrl = (query = '') => `${server.url}/stops/${stop.id}?lang=en${query}`;
const h1 = (page: import('playwright-core').Page) => page.locator('h1').first().innerText();

describe('updates', () => {
  it('clamps ?updateCheck=: a huge value neither overflows the timer nor is kept as it is', async () => {
    deploy(buildA);
    const page = await browser.context.newPage();
    let checks = 0;
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/version.json') checks++;
    });
    // 1e12 s overflows setInterval's 2^31−1 ms: unclamped, it polls hundreds of times a second.
    await page.goto(stopUrl('&updateCheck=1e12'));
    await serviceWorkerInControl(page);
    await page.waitForFunction(() => sessionStorage.getItem('sbc-tour.updateCheck') !== null);
    await page.waitForTimeout(3000);
    expect(checks).toBeLessThanOrEqual(2);
    // The tab remembers the interval in force (a day), not the absurd value.
    expect(await page.evaluate(() => sessionStorage.getItem('sbc-tour.updateCheck'))).toBe('86400');
    await page.close();
  });

  it('keeps the current version working when an update fails to install', async () => {
    deploy(buildA);
    const page = await browser.context.newPage();
    await page.goto(stopUrl());
    await serviceWorkerInControl(page);
    expect(await h1(page)).toBe(stop.title.en);

    deploy(brokenB);
    const outcome = await page.evaluate(async () => {
      const registration = (await navigator.serviceWorker.getRegistration())!;
      await registration.update();
      const worker = registration.installing;
      if (!worker) return 'no update found';
      return new Promise<string>((done) => {
        worker.addEventListener('statechange', () => {
          if (worker.state === 'redundant' || worker.state === 'installed') done(worker.state);
        });
      });
    });
    expect(outcome).toBe('redundant');
    expect(
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting)),
    ).toBeNull();
    expect(await page.locator('.update-banner').count()).toBe(0);

    // Version A still answers everything offline, including the stop whose new chunk was lost.
    await browser.context.setOffline(true);
    try {
      const tab = await browser.context.newPage();
      await tab.goto(stopUrl());
      await tab.locator('.prose').waitFor();
      expect(await h1(tab)).toBe(stop.title.en);
      await tab.goto(`${server.url}/glossary?lang=en`);
      await tab.locator('.glossary-entry').first().waitFor();
      await tab.close();
    } finally {
      await browser.context.setOffline(false);
    }
    await page.close();
  });

  it('shows the phone a banner, changes nothing until the visitor accepts, then shows B', async () => {
    deploy(buildA);
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    // A 2-second update check, as a long-running tablet does every 30 minutes.
    await page.goto(stopUrl('&updateCheck=2'));
    await serviceWorkerInControl(page);
    expect(await h1(page)).toBe(stop.title.en);

    deploy(buildB);
    const en = strings('pwa', 'en');
    const banner = page.locator('.update-banner');
    await banner.waitFor({ timeout: 30_000 });
    expect(await banner.locator('.update-banner__text').innerText()).toBe(en.updateAvailable);
    expect(await axeViolations(page)).toEqual([]);

    // Nothing changes under the reader, nor in a new tab, until they accept.
    expect(await h1(page)).toBe(stop.title.en);
    const tab = await browser.context.newPage();
    await tab.goto(stopUrl());
    expect(await h1(tab)).toBe(stop.title.en);
    await tab.close();

    // "Later" hides the banner for this visit, without applying anything.
    await page.getByRole('button', { name: en.later }).click();
    expect(await banner.count()).toBe(0);
    await page.reload();
    expect(await h1(page)).toBe(stop.title.en);

    await banner.waitFor();
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: en.update }).click(),
    ]);
    await page.locator('.prose').waitFor();
    expect(await h1(page)).toBe(titleB.en);
    expect(await banner.count()).toBe(0);

    // Old caches are cleaned: nothing of A that B does not have is left.
    const onlyInA = precacheUrls(buildA).filter((url) => !precacheUrls(buildB).includes(url));
    expect(onlyInA.length).toBeGreaterThan(0);
    await waitInPage(
      page,
      async (gone) => {
        const cached: string[] = [];
        for (const name of await caches.keys()) {
          for (const request of await (await caches.open(name)).keys()) {
            cached.push(new URL(request.url).pathname.slice(1));
          }
        }
        return gone.every((url) => !cached.includes(url));
      },
      onlyInA,
    );

    const versionB = JSON.parse(readFileSync(join(buildB, 'version.json'), 'utf8'));
    expect(await page.evaluate(() => fetch('/version.json').then((r) => r.json()))).toEqual(
      versionB,
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
