// The live tour in real Chromium against the real tour server (the relay on the same origin):
// the guide's tablet and every phone or wall screen are separate devices (browser contexts).
import { io } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LIVE_SOCKET_PATH, type LivePosition } from '../../src/live/protocol.ts';
import { builtPublicBaseUrl } from '../support/built-content.ts';
import { startTestServer, type TestServer } from '../support/tour-server.ts';
import { axeViolations } from './support/browser.ts';
import {
  type Devices,
  followerShows,
  followersShown,
  followerTitle,
  presenterShows,
  sharePresenter,
  startDevices,
  tour,
  tourStops,
} from './support/live.ts';
import { decodeQrElement } from './support/qr.ts';

const TABLET = { width: 1024, height: 768 };
let devices: Devices;
let server: TestServer;
let baseUrl: string;

beforeAll(async () => {
  // A tour server of this file's own (the build in dist/), trusting its loopback "proxy": each
  // device has its own address, so the per-address limits (20 creates or re-claims a minute)
  // count per device, as for real phones, and no other test file shares them.
  server = await startTestServer('dist', undefined, { TRUST_PROXY: 'loopback' });
  baseUrl = server.url;
  devices = await startDevices();
});
afterEach(async () => {
  await devices.closeDevices();
});
afterAll(async () => {
  await devices?.close();
  await server?.close();
});

describe('live tour', () => {
  it('moves every phone with PageDown, each in its own language, and a late joiner lands at once', async () => {
    const tablet = await devices.device({ viewport: TABLET });
    const code = await sharePresenter(tablet.page, baseUrl, 'zh-CN');
    expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    // The QR code and the address: the one public base URL the build resolved.
    const url = `${builtPublicBaseUrl()}/live/${code}`;
    await expect
      .poll(() => tablet.page.locator('.live-share .qr').getAttribute('data-url'))
      .toBe(url);
    await tablet.page.locator('.live-share .qr img').waitFor();
    expect(await tablet.page.locator('.live-share .qr__url').innerText()).toBe(url);
    // The QR code reads, as a phone's camera would, to the same address.
    expect(await decodeQrElement(tablet.page.locator('.live-share .qr img'))).toBe(url);
    expect(await axeViolations(tablet.page)).toEqual([]);

    const english = await devices.device({ locale: 'en-GB' });
    await english.page.goto(`${baseUrl}/live/${code}?lang=en`);
    await followerShows(english.page, 0, 'en');
    const chinese = await devices.device();
    await chinese.page.goto(`${baseUrl}/live/${code}`);
    await followerShows(chinese.page, 0, 'zh-CN');
    await followersShown(tablet.page, 2);

    for (const index of [1, 2]) {
      const pressed = Date.now();
      await tablet.page.keyboard.press('PageDown');
      await presenterShows(tablet.page, index);
      await Promise.all([
        followerShows(english.page, index, 'en'),
        followerShows(chinese.page, index, 'zh-CN'),
      ]);
      // "Within a second" (with slack for two shared cores).
      expect(Date.now() - pressed).toBeLessThan(2000);
    }
    // Screen readers hear where the group is now.
    await expect
      .poll(() => english.page.locator('.live-announcer').innerText())
      .toBe(`Now: ${tourStops[2].title.en}`);
    // The full stop, from the phone's own content: body text, key facts.
    await english.page.locator('.live-stop .prose').first().waitFor();

    // A late joiner who typed the code by hand (case and a hyphen forgiven).
    const late = await devices.device({ locale: 'en-GB' });
    const typed = `${code.slice(0, 3).toLowerCase()}-${code.slice(3)}`;
    await late.page.goto(`${baseUrl}/live/${typed}?lang=en`);
    await followerShows(late.page, 2, 'en');
    expect(new URL(late.page.url()).pathname).toBe(`/live/${code}`);
    await followersShown(tablet.page, 3);

    // The guide hides the code once the group is in; the badge still counts and shows it again.
    await tablet.page.getByRole('button', { name: '隐藏代码' }).click();
    expect(await tablet.page.locator('.live-share').count()).toBe(0);
    await followersShown(tablet.page, 3);
    await tablet.page.locator('.live-toggle').click();
    expect(await tablet.page.locator('.live-share__code-value').innerText()).toBe(code);
    for (const device of [tablet, english, chinese, late]) expect(device.errors).toEqual([]);
  });

  it('does not yank a reader who scrolled or read ahead: "Back to the guide", then follows again', async () => {
    const tablet = await devices.device({ viewport: TABLET });
    const code = await sharePresenter(tablet.page, baseUrl, 'en');
    const phone = await devices.device({ viewport: { width: 390, height: 500 } });
    await phone.page.goto(`${baseUrl}/live/${code}?lang=en`);
    await followerShows(phone.page, 0);

    // Scrolled down into the text.
    await phone.page.evaluate(() => window.scrollTo(0, 400));
    expect(await phone.page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    await tablet.page.keyboard.press('PageDown');
    await presenterShows(tablet.page, 1, 'en');
    await phone.page
      .locator('.live-away__text')
      .filter({ hasText: `The guide has moved on to “${tourStops[1].title.en}”.` })
      .waitFor();
    expect(await followerTitle(phone.page)).toBe(tourStops[0].title.en);
    expect(await axeViolations(phone.page)).toEqual([]);
    await phone.page.getByRole('button', { name: 'Back to the guide' }).click();
    await followerShows(phone.page, 1);
    expect(await phone.page.getByRole('button', { name: 'Back to the guide' }).count()).toBe(0);

    // Following again: the next move takes the phone along.
    await tablet.page.keyboard.press('PageDown');
    await followerShows(phone.page, 2);

    // Reading ahead: the phone stays on the stop its reader chose.
    await phone.page.getByRole('button', { name: 'Next stop' }).click();
    await followerShows(phone.page, 3);
    await tablet.page.keyboard.press('PageUp');
    await presenterShows(tablet.page, 1, 'en');
    await phone.page
      .locator('.live-away__text')
      .filter({ hasText: `The guide has moved on to “${tourStops[1].title.en}”.` })
      .waitFor();
    expect(await followerTitle(phone.page)).toBe(tourStops[3].title.en);
    await phone.page.getByRole('button', { name: 'Back to the guide' }).click();
    await followerShows(phone.page, 1);
    expect(phone.errors).toEqual([]);
  });

  it('sends the position, never text, at every change of stop, clock and audience language', async () => {
    const tablet = await devices.device({ viewport: TABLET });
    const code = await sharePresenter(tablet.page, baseUrl, 'en');
    const listener = io(baseUrl, { path: LIVE_SOCKET_PATH, transports: ['websocket'] });
    const received: { position: LivePosition }[] = [];
    listener.on('position', (message) => received.push(message));
    try {
      await new Promise<void>((done) => listener.once('connect', () => done()));
      const joined = await listener.timeout(5000).emitWithAck('join', { code });
      expect(joined.ok).toBe(true);
      let seq = joined.position.seq;
      const next = async () => {
        await expect.poll(() => received.at(-1)?.position.seq ?? seq).toBeGreaterThan(seq);
        const { position } = received.at(-1)!;
        seq = position.seq;
        return position;
      };
      await tablet.page.getByRole('button', { name: 'Start the clock' }).click();
      const started = await next();
      expect(started.clock.clockStarted).toBe(true);
      expect(started.clock.pausedAt).toBeNull();
      await tablet.page.getByRole('radio', { name: 'English' }).check();
      expect((await next()).audience).toBe('en');
      await tablet.page.keyboard.press('PageDown');
      const moved = await next();
      expect(moved.index).toBe(1);
      expect(moved.stops).toEqual(tour.stops.map(({ stop, minutes }) => ({ stop, minutes })));
      // Only the position: no title, summary or body of any stop travels.
      const sent = JSON.stringify(received);
      for (const stop of tourStops) {
        for (const text of [stop.title.en, stop.title['zh-CN'], stop.summary.en]) {
          expect(sent).not.toContain(text);
        }
      }
    } finally {
      listener.close();
    }
  });

  it('ignores a forged move without the secret', async () => {
    const tablet = await devices.device({ viewport: TABLET });
    const code = await sharePresenter(tablet.page, baseUrl, 'en');
    const phone = await devices.device();
    await phone.page.goto(`${baseUrl}/live/${code}?lang=en`);
    await followerShows(phone.page, 0);

    const forger = io(baseUrl, { path: LIVE_SOCKET_PATH, transports: ['websocket'] });
    try {
      await new Promise<void>((done) => forger.once('connect', () => done()));
      const position = {
        sessionId: 'forged',
        tourId: tour.id,
        stops: tour.stops,
        index: tour.stops.length - 1,
        audience: 'en',
        clock: {
          startedAt: Date.now(),
          pausedAt: null,
          pausedTotal: 0,
          clockStarted: true,
          enteredAt: 0,
        },
        contentVersion: 'forged',
        seq: 1_000_000,
      };
      const answer = await forger
        .timeout(5000)
        .emitWithAck('move', { code, secret: 'A'.repeat(43), position });
      expect(answer).toEqual({ ok: false, error: 'forbidden' });
    } finally {
      forger.close();
    }
    await phone.page.waitForTimeout(500);
    expect(await followerTitle(phone.page)).toBe(tourStops[0].title.en);
    // The real guide still moves it.
    await tablet.page.keyboard.press('PageDown');
    await followerShows(phone.page, 1);
  });

  it('keeps the page offline ("Reconnecting…") and catches up when the phone is back', async () => {
    const tablet = await devices.device({ viewport: TABLET });
    const code = await sharePresenter(tablet.page, baseUrl, 'en');
    const phone = await devices.device();
    await phone.page.goto(`${baseUrl}/live/${code}?lang=en`);
    await followerShows(phone.page, 0);

    await phone.context.setOffline(true);
    await phone.page.getByText('Reconnecting… you can keep reading.').waitFor();
    for (const index of [1, 2, 3]) {
      await tablet.page.keyboard.press('PageDown');
      await presenterShows(tablet.page, index, 'en');
    }
    // The page is kept while offline.
    expect(await followerTitle(phone.page)).toBe(tourStops[0].title.en);
    await phone.context.setOffline(false);
    await followerShows(phone.page, 3, 'en', 20_000);
    await phone.page.getByText('Following the guide live').waitFor();
  });

  it('goes on offline on the tablet and republishes when its network is back', async () => {
    const tablet = await devices.device({ viewport: TABLET });
    const code = await sharePresenter(tablet.page, baseUrl, 'en');
    const phone = await devices.device();
    await phone.page.goto(`${baseUrl}/live/${code}?lang=en`);
    await followerShows(phone.page, 0);

    await tablet.context.setOffline(true);
    await tablet.page.locator('.live-toggle--offline').waitFor();
    for (const index of [1, 2]) {
      await tablet.page.keyboard.press('PageDown');
      await presenterShows(tablet.page, index, 'en');
    }
    expect(await followerTitle(phone.page)).toBe(tourStops[0].title.en);
    await tablet.context.setOffline(false);
    await followerShows(phone.page, 2, 'en', 20_000);
    await tablet.page.locator('.live-toggle--live').waitFor();
    expect(await tablet.page.locator('.live-share__code-value').innerText()).toBe(code);
  });

  it('ends for everyone when the guide ends the live tour', async () => {
    const tablet = await devices.device({ viewport: TABLET });
    const code = await sharePresenter(tablet.page, baseUrl, 'en');
    const phone = await devices.device();
    await phone.page.goto(`${baseUrl}/live/${code}?lang=en`);
    await followerShows(phone.page, 0);
    await tablet.page.getByRole('button', { name: 'End live tour' }).click();
    await tablet.page
      .locator('#live-end-dialog')
      .getByRole('button', { name: 'End live tour' })
      .click();
    await phone.page.getByRole('heading', { name: 'This live tour has ended' }).waitFor();
    expect(await axeViolations(phone.page)).toEqual([]);
    expect(
      await phone.page.locator('[lang="zh-CN"]').filter({ hasText: '本场现场导览已结束' }).count(),
    ).toBe(1);
    expect(
      await phone.page
        .getByRole('link', { name: /Take the self-guided tour/ })
        .getAttribute('href'),
    ).toBe(`/tours/${tour.id}`);
    // The tablet can share again, with a new code.
    await tablet.page.locator('.live-start').waitFor();
  });

  it('ends the live tour when the guide ends the tour', async () => {
    const tablet = await devices.device({ viewport: TABLET });
    const code = await sharePresenter(tablet.page, baseUrl, 'en');
    const phone = await devices.device();
    await phone.page.goto(`${baseUrl}/live/${code}?lang=en`);
    await followerShows(phone.page, 0);
    await tablet.page.keyboard.press('End');
    await presenterShows(tablet.page, tourStops.length - 1, 'en');
    await followerShows(phone.page, tourStops.length - 1);
    await tablet.page.locator('.presenter-nav__next').click();
    await tablet.page.locator('#end-dialog').getByRole('button', { name: 'End the tour' }).click();
    await phone.page.getByRole('heading', { name: 'This live tour has ended' }).waitFor();
  });

  it('waits for the guide, then shows the stop; another content version is told, a missing stop named', async () => {
    // A presenter from outside the app (a plain client with the secret): the room exists, no move yet.
    const room = await (
      await fetch(`${baseUrl}/api/live`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      })
    ).json();
    const phone = await devices.device();
    await phone.page.goto(`${baseUrl}/live/${room.code}?lang=en`);
    await phone.page.getByRole('heading', { name: 'Waiting for the guide' }).waitFor();

    const presenter = io(baseUrl, { path: LIVE_SOCKET_PATH, transports: ['websocket'] });
    try {
      await new Promise<void>((done) => presenter.once('connect', () => done()));
      const position = (index: number, seq: number) => ({
        sessionId: 'other-tablet',
        tourId: 'custom',
        stops: [...tour.stops.slice(0, 2), { stop: 'a-stop-from-a-newer-version', minutes: 5 }],
        index,
        audience: 'en',
        clock: {
          startedAt: Date.now(),
          pausedAt: null,
          pausedTotal: 0,
          clockStarted: true,
          enteredAt: 0,
        },
        contentVersion: 'a-newer-version',
        seq,
      });
      expect(
        await presenter.timeout(5000).emitWithAck('move', { ...room, position: position(1, 1) }),
      ).toEqual({
        ok: true,
      });
      await followerShows(phone.page, 1);
      await phone.page
        .getByText("This phone has a different version of the tour's texts than the guide's.", {
          exact: false,
        })
        .waitFor();
      await presenter.timeout(5000).emitWithAck('move', { ...room, position: position(2, 2) });
      await phone.page
        .getByRole('heading', {
          name: 'The guide is at a stop this phone does not have yet (“a-stop-from-a-newer-version”).',
        })
        .waitFor();
      // Every stop it has is still there to read.
      await phone.page.getByRole('button', { name: 'Previous stop' }).click();
      await followerShows(phone.page, 1);
    } finally {
      presenter.close();
    }
    expect(phone.errors).toEqual([]);
  });

  it('ends the live tour when the guide ends the tour on /guide after a reload (no connection there)', async () => {
    const tablet = await devices.device({ viewport: TABLET });
    const code = await sharePresenter(tablet.page, baseUrl, 'en');
    const phone = await devices.device();
    await phone.page.goto(`${baseUrl}/live/${code}?lang=en`);
    await followerShows(phone.page, 0);
    // A reload keeps the share (same code) ...
    await tablet.page.reload();
    await tablet.page.locator('.live-toggle--live').waitFor();
    expect(await tablet.page.locator('.live-share__code-value').innerText()).toBe(code);
    // ... and ending the tour from the guide's home page, freshly loaded, ends it for the phones.
    await tablet.page.goto(`${baseUrl}/guide?lang=en`);
    await tablet.page.locator('.guide-home').getByRole('button', { name: 'End the tour' }).click();
    await tablet.page
      .locator('#home-end-dialog')
      .getByRole('button', { name: 'End the tour' })
      .click();
    await phone.page.getByRole('heading', { name: 'This live tour has ended' }).waitFor();
  });

  it('shows a clear page in every language for an unknown code', async () => {
    const phone = await devices.device();
    for (const path of ['/live/ZZZZZZ?lang=en', '/live/not-a-code?lang=en', '/live?lang=en']) {
      await phone.page.goto(baseUrl + path);
      await phone.page.getByRole('heading', { name: 'No live tour with this code' }).waitFor();
      expect(await phone.page.locator('.live-closed__other[lang="zh-CN"]').innerText()).toContain(
        '没有使用此代码的现场导览',
      );
      expect(await phone.page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await phone.page.locator('.live-closed__link').getAttribute('href')).toBe('/');
    }
    expect(await axeViolations(phone.page)).toEqual([]);
    expect(phone.errors).toEqual([]);
  });

  it('passes axe on the follower page in both languages, with the right lang', async () => {
    const tablet = await devices.device({ viewport: TABLET });
    const code = await sharePresenter(tablet.page, baseUrl, 'en');
    const phone = await devices.device();
    for (const lang of ['zh-CN', 'en']) {
      await phone.page.goto(`${baseUrl}/live/${code}?lang=${lang}`);
      await followerShows(phone.page, 0, lang);
      await phone.page.locator('.live-stop .prose').first().waitFor();
      expect(await phone.page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(await axeViolations(phone.page), lang).toEqual([]);
    }
    // The usual language switch, while following: the same stop, now in Chinese.
    await phone.page.locator('.language-switch').click();
    await followerShows(phone.page, 0, 'zh-CN');
  });
});

describe('live wall screen', () => {
  it('shows the audience view in the group language the guide chose, all side by side with "both"', async () => {
    const tablet = await devices.device({ viewport: TABLET });
    const code = await sharePresenter(tablet.page, baseUrl, 'en');
    const wall = await devices.device({ viewport: { width: 1280, height: 720 } });
    await wall.page.goto(`${baseUrl}/live/${code}?screen`);
    // 'both' (the default audience): one block per language, each with its lang.
    await tablet.page.getByRole('radio', { name: 'Both' }).check();
    for (const lang of ['zh-CN', 'en']) {
      await wall.page
        .locator(`.audience-screen [lang="${lang}"] .audience-block__title`)
        .filter({ hasText: tourStops[0].title[lang] })
        .waitFor();
    }
    await tablet.page.keyboard.press('PageDown');
    await wall.page
      .locator('.audience-screen [lang="en"] .audience-block__title')
      .filter({ hasText: tourStops[1].title.en })
      .waitFor();
    // One language for the group: the wall follows the choice.
    await tablet.page.getByRole('radio', { name: 'English' }).check();
    await expect.poll(() => wall.page.locator('.audience-screen .audience-block').count()).toBe(1);
    expect(await wall.page.locator('.audience-block').getAttribute('lang')).toBe('en');
    expect(await axeViolations(wall.page)).toEqual([]);
    expect(wall.errors).toEqual([]);
  });
});
