// The kiosk moves to every new version at its idle reset, over many deploys in a row (A → B →
// A …), whenever the new version arrives: before the visit, during it, or just after the reset.
// And when the new worker does not take over (the old one still serving a slow request), the
// kiosk says so in the staff panel and tries again at the next reset, until it has moved.
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
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { precacheUrls } from '../../scripts/lib/precache-list.ts';
import { builtContent } from '../support/built-content.ts';
import { startTestServer, type TestServer } from '../support/tour-server.ts';
import { viteBuild } from '../support/vite-build.ts';
import { type Browser, collectErrors, launch } from './support/browser.ts';
import { strings, waitInPage } from './support/offline.ts';
import { type StallingProxy, stallingProxy } from './support/stalling-proxy.ts';

const content = builtContent();
const PIN = process.env.KIOSK_TEST_PIN ?? '2468';
const work = mkdtempSync(join(tmpdir(), 'sbc-kiosk-update-'));
const buildA = resolve('dist');
const buildB = join(work, 'build-b');
const served = join(work, 'served');
let server: TestServer;
let proxy: StallingProxy;
let browser: Browser;

/** Points the server at another build at once (an atomic rename, as a deploy would). */
function deploy(build: string): void {
  const next = `${served}.next`;
  symlinkSync(build, next);
  renameSync(next, served);
}

/** The build's entry script: which version a page runs. */
function entryScript(build: string): string {
  // The app shell (the kiosk's page) names it in its module script.
  return /<script type="module"[^>]*src="([^"]+)"/.exec(
    readFileSync(join(build, 'app-shell.html'), 'utf8'),
  )![1];
}

const running = (page: Page) =>
  page.evaluate(
    () => new URL(document.querySelector<HTMLScriptElement>('script[type=module]')!.src).pathname,
  );

const waitForWaitingWorker = (page: Page) =>
  waitInPage(
    page,
    async () => (await navigator.serviceWorker.getRegistration())?.waiting != null,
    undefined,
  );

/** A visitor begins and walks away: idle 1 s, countdown 1 s, then the reset. */
async function visit(page: Page): Promise<void> {
  await page.locator('.attract__begin').click();
  await page.locator('.kiosk-tours').waitFor();
}

/** The staff panel (3-second press on the logo, then the PIN) and its update line. */
async function staffUpdateLine(page: Page): Promise<string> {
  return staffLine(page, 'updateStatus');
}

/** One line of the staff panel, by its label's key in the kiosk strings (opens the panel). */
async function staffLine(page: Page, key: string): Promise<string> {
  if ((await page.locator('dialog.staff-panel[open]').count()) === 0) {
    const box = (await page.locator('[data-staff-corner]').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.locator('dialog.pin-dialog[open]').waitFor({ timeout: 10_000 });
    await page.mouse.up();
    for (const digit of PIN) await page.locator(`.pin-pad__key[data-key="${digit}"]`).click();
    await page.locator('.pin-pad__key[data-key="ok"]').click();
  }
  const label = strings('kiosk', content.site.defaultLanguage)[key];
  return page.locator(`dialog.staff-panel[open] dd[data-status="${label}"]`).innerText();
}

beforeAll(async () => {
  // B: the same content with one stop title changed.
  const stop = content.stops[0];
  const contentB = join(work, 'content-b');
  cpSync(process.env.CONTENT_DIR ?? 'content', contentB, { recursive: true });
  const yamlFile = join(contentB, 'stops', stop.id, 'stop.yaml');
  const document = parseDocument(readFileSync(yamlFile, 'utf8'));
  document.setIn(['title', 'en'], `${stop.title.en} (v2)`);
  writeFileSync(yamlFile, document.toString());
  await viteBuild(contentB, buildB);
  if (entryScript(buildA) === entryScript(buildB)) throw new Error('A and B share an entry script');

  deploy(buildA);
  server = await startTestServer(served);
  proxy = await stallingProxy(server.url);
  browser = await launch({ serviceWorkers: 'allow', viewport: { width: 1920, height: 1080 } });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await proxy?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('kiosk updates', () => {
  it('moves to each new version at the first idle reset after it arrives, deploy after deploy', {
    timeout: 120_000,
  }, async () => {
    deploy(buildA);
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${proxy.url}/kiosk?idle=1&countdown=1&updateCheck=2`);
    await page.locator('.attract').waitFor();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    expect(await running(page)).toBe(entryScript(buildA));

    // When the new version is ready, relative to the visit: each timing twice, A → B → A → …
    const timings = ['before the visit', 'during the visit', 'after the reset'] as const;
    for (let cycle = 0; cycle < 6; cycle++) {
      const next = cycle % 2 === 0 ? buildB : buildA;
      const timing = timings[cycle % timings.length];
      const reloaded = page.waitForEvent('load', { timeout: 30_000 });
      if (timing === 'before the visit') {
        deploy(next);
        await waitForWaitingWorker(page);
        await visit(page);
      } else if (timing === 'during the visit') {
        await visit(page);
        deploy(next);
      } else {
        await visit(page);
        await page.locator('dialog.idle-prompt[open]').waitFor({ timeout: 10_000 });
        await page.locator('.attract').waitFor({ timeout: 10_000 });
        deploy(next);
      }
      // No second visitor: the kiosk reloads into the new version on its attract screen.
      await reloaded.catch(() => {
        throw new Error(
          `cycle ${cycle + 1} (${timing}): the kiosk did not reload into the new version`,
        );
      });
      await page.locator('.attract').waitFor();
      expect(await running(page), `cycle ${cycle + 1}, ${timing}`).toBe(entryScript(next));
      expect(
        await page.evaluate(() =>
          navigator.serviceWorker.getRegistration().then((r) => r?.waiting),
        ),
      ).toBeNull();
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('tries again at the next reset when the new worker does not take control, and says so', {
    timeout: 120_000,
  }, async () => {
    deploy(buildA);
    const page = await browser.context.newPage();
    await page.goto(`${proxy.url}/kiosk?idle=1&countdown=1&updateCheck=2`);
    await page.locator('.attract').waitFor();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const startedOn = await running(page);
    const next = startedOn === entryScript(buildA) ? buildB : buildA;
    deploy(next);
    await waitForWaitingWorker(page);

    // The old worker is busy: a file the browser evicted from its precache is on its way back
    // over a slow network. The browser activates the new worker only once that is done.
    const slow = `/${precacheUrls(buildA).find((url) => url.endsWith('.svg'))}`;
    proxy.stall(slow);
    await page.evaluate(async (path) => {
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          if (new URL(request.url).pathname === path) await cache.delete(request);
        }
      }
      void fetch(path).catch(() => undefined);
    }, slow);
    await expect.poll(() => proxy.held()).toBeGreaterThan(0);

    const attempt = () => page.evaluate(() => sessionStorage.getItem('sbc-tour.updateAttempt'));
    const line = strings('kiosk', content.site.defaultLanguage);

    // First reset: asked, not taken within the bound; the staff panel tells the truth.
    await visit(page);
    await expect.poll(attempt, { timeout: 15_000 }).toContain('"failures":1');
    expect(await running(page)).toBe(startedOn);
    expect(await staffUpdateLine(page)).toBe(line.updateRetrying.replace('{{count}}', '1'));
    // The panel also names the build the server has, so staff see the kiosk runs stale code.
    const nextBuild = JSON.parse(readFileSync(join(next, 'version.json'), 'utf8')).buildId;
    expect(await staffLine(page, 'serverBuild')).toBe(nextBuild);

    // The staff panel's own idle reset asks again: still busy, a second failure.
    await expect.poll(attempt, { timeout: 20_000 }).toContain('"failures":2');

    // Third time, the kiosk reloads at the reset (the unload retries the activation); the old
    // worker is still busy, so the new page runs the old version and counts a third failure.
    let reloaded = page.waitForEvent('load', { timeout: 20_000 });
    await visit(page);
    await reloaded;
    await page.locator('.attract').waitFor();
    expect(await running(page)).toBe(startedOn);
    await expect.poll(attempt).toContain('"failures":3');

    // The slow response arrives: the new worker takes over, and the next reset shows it.
    proxy.release();
    reloaded = page.waitForEvent('load', { timeout: 30_000 });
    await visit(page);
    await reloaded;
    await page.locator('.attract').waitFor();
    expect(await running(page)).toBe(entryScript(next));
    expect(await staffUpdateLine(page)).toMatch(
      new RegExp(`^${line.updateApplied.split('{{')[0]}`),
    );
    await page.close();
  });
});
