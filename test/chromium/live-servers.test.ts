// The live tour across real deployments, in real Chromium: a tour server restarted in the middle
// of a tour, a static host without the relay (nginx-static.conf), the shipped nginx.conf in front
// of the tour server, and two tour servers on one redis-server. Each device is its own context.
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startRedis, type TestRedis } from '../../scripts/lib/redis-server.ts';
import { type RunningNginx, startNginx } from '../dist/support/nginx.ts';
import { startTestServer, type TestServer } from '../support/tour-server.ts';
import { launch } from './support/browser.ts';
import {
  type Devices,
  followerShows,
  followerTitle,
  presenterShows,
  sharePresenter,
  startDevices,
  tour,
  tourStops,
} from './support/live.ts';

const dist = resolve('dist');
const TABLET = { width: 1024, height: 768 };
let devices: Devices;
/** What a test started, stopped after it whatever happened. */
let stops: (() => Promise<void>)[] = [];

beforeAll(async () => {
  devices = await startDevices();
});
afterEach(async () => {
  // Devices first: nginx's graceful stop waits for their live connections to end.
  await devices.closeDevices();
  for (const stop of stops.reverse()) await stop().catch(() => undefined);
  stops = [];
});
afterAll(async () => {
  await devices?.close();
});

async function server(env: Record<string, string> = {}): Promise<TestServer> {
  const started = await startTestServer(dist, undefined, env);
  stops.push(() => started.close());
  return started;
}

describe('live tour across servers', () => {
  it('survives a restart of the tour server: phones catch up once the tablet has republished', async () => {
    const first = await server();
    const base = first.url;
    const tablet = await devices.device({ viewport: TABLET });
    const code = await sharePresenter(tablet.page, base, 'zh-CN');
    const phone = await devices.device({ locale: 'en-GB' });
    await phone.page.goto(`${base}/live/${code}?lang=en`);
    await followerShows(phone.page, 0);
    const wall = await devices.device({ viewport: { width: 1280, height: 720 } });
    await wall.page.goto(`${base}/live/${code}?screen`);
    await tablet.page.keyboard.press('PageDown');
    await followerShows(phone.page, 1);
    const wallShows = (index: number) =>
      wall.page
        .locator('.audience-screen [lang="en"] .audience-block__title')
        .filter({ hasText: tourStops[index].title.en })
        .waitFor({ timeout: 30_000 });
    await wallShows(1);

    // The server goes away (its rooms in memory with it) and comes back on the same port.
    await first.close();
    await phone.page.getByText('Reconnecting… you can keep reading.').waitFor();
    await tablet.page.locator('.live-toggle--offline').waitFor();
    // The wall screen says so in every language, and keeps the stop.
    await wall.page
      .locator('.live-wall-status [lang="zh-CN"]')
      .filter({ hasText: '正在重新连接' })
      .waitFor();
    await wall.page
      .locator('.live-wall-status [lang="en"]')
      .filter({ hasText: 'Reconnecting…' })
      .waitFor();
    await wallShows(1);
    // The tour goes on on the tablet meanwhile.
    await tablet.page.keyboard.press('PageDown');
    await presenterShows(tablet.page, 2);
    expect(await followerTitle(phone.page)).toBe(tourStops[1].title.en);
    await server({ PORT: String(first.port) });

    // The tablet re-claims the same code and republishes: the phone catches up with the move it
    // missed, then follows the next one.
    await followerShows(phone.page, 2, 'en', 30_000);
    await wallShows(2);
    expect(await wall.page.locator('.live-wall-status p').count()).toBe(0);
    await tablet.page.locator('.live-toggle--live').waitFor();
    expect(await tablet.page.locator('.live-share__code-value').innerText()).toBe(code);
    await tablet.page.keyboard.press('PageDown');
    await followerShows(phone.page, 3);
    await phone.page.getByText('Following the guide live').waitFor();
  });

  it('tells a phone over the limit that the tour is full', async () => {
    const small = await server({ LIVE_MAX_FOLLOWERS_PER_ROOM: '1' });
    const tablet = await devices.device({ viewport: TABLET });
    const code = await sharePresenter(tablet.page, small.url, 'en');
    const first = await devices.device();
    await first.page.goto(`${small.url}/live/${code}?lang=en`);
    await followerShows(first.page, 0);
    const second = await devices.device();
    await second.page.goto(`${small.url}/live/${code}?lang=en`);
    await second.page.getByRole('heading', { name: 'This tour is full' }).waitFor();
    expect(await second.page.locator('.live-closed__other[lang="zh-CN"]').innerText()).toContain(
      '本场导览人数已满',
    );
  });

  it('opens offline from the service worker with the last stop and "Reconnecting…"', async () => {
    const own = await server();
    const tablet = await devices.device({ viewport: TABLET });
    const code = await sharePresenter(tablet.page, own.url, 'en');
    await tablet.page.keyboard.press('PageDown');
    const phone = await launch({ serviceWorkers: 'allow', locale: 'en-GB' });
    stops.push(() => phone.close());
    const page = await phone.context.newPage();
    await page.goto(`${own.url}/live/${code}?lang=en`);
    await followerShows(page, 1);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await phone.context.setOffline(true);
    await page.reload();
    // The shell and the stop's content from the precache, the position kept for the tab.
    await followerShows(page, 1);
    await page.getByText('Reconnecting… you can keep reading.').waitFor();
    await page.locator('.live-stop .prose').first().waitFor();
    await phone.context.setOffline(false);
    await tablet.page.keyboard.press('PageDown');
    await followerShows(page, 2, 'en', 20_000);
  });

  it('says plainly on a static host (nginx-static.conf) that live sharing needs the tour server', async () => {
    const nginx: RunningNginx = await startNginx('docs/deploy/nginx-static.conf', { dist });
    stops.push(() => nginx.stop());
    const tablet = await devices.device({ viewport: TABLET });
    await tablet.page.goto(`${nginx.base}/guide/${tour.id}?lang=en`);
    await presenterShows(tablet.page, 0, 'en');
    await tablet.page.getByRole('button', { name: 'Share live' }).click();
    await tablet.page
      .getByRole('heading', { name: 'Live sharing needs the tour server' })
      .waitFor();
    // No code, no QR code, no button that would not work; the tour goes on.
    expect(await tablet.page.locator('.live-share__code-value, .live-share .qr').count()).toBe(0);
    await tablet.page.getByRole('button', { name: 'Close' }).click();
    await tablet.page.keyboard.press('PageDown');
    await presenterShows(tablet.page, 1, 'en');
    expect(tablet.errors.filter((error) => !error.includes('404'))).toEqual([]);
  });

  it('works through the shipped nginx.conf (WebSocket upgrade and long-polling proxied)', async () => {
    const tourServer = await server({ TRUST_PROXY: 'loopback' });
    const nginx = await startNginx('docs/deploy/nginx.conf', {
      dist,
      tourServerPort: tourServer.port,
    });
    stops.push(() => nginx.stop());
    const tablet = await devices.device({ viewport: TABLET });
    const code = await sharePresenter(tablet.page, nginx.base, 'en');
    const phone = await devices.device();
    await phone.page.goto(`${nginx.base}/live/${code}?lang=en`);
    await followerShows(phone.page, 0);
    await tablet.page.keyboard.press('PageDown');
    await followerShows(phone.page, 1);
    expect(phone.errors).toEqual([]);
  });

  it('follows a guide on instance A from a phone on instance B (two servers, one Redis)', async () => {
    const redis: TestRedis = await startRedis();
    stops.push(() => redis.stop());
    const a = await server({ REDIS_URL: redis.url });
    const b = await server({ REDIS_URL: redis.url });
    const tablet = await devices.device({ viewport: TABLET });
    const code = await sharePresenter(tablet.page, a.url, 'en');
    const phone = await devices.device();
    await phone.page.goto(`${b.url}/live/${code}?lang=en`);
    await followerShows(phone.page, 0);
    await tablet.page.keyboard.press('PageDown');
    await followerShows(phone.page, 1);
    await tablet.page.locator('.live-toggle__count').filter({ hasText: /^1$/ }).waitFor();
    expect(phone.errors).toEqual([]);
  });
});
