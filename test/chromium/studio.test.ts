// The studio in real Chromium against the real tour server: a temp copy of content/ in a temp git
// repository, a temp data folder with an editor and a publisher, and the production build (dist/,
// with dist/studio/). A communications officer fixes the cord blood stop's English title, sees it
// in the preview, publishes it, and a visitor's phone with the app installed gets it through its
// update; a rollback reaches the phone the same way. Then what must be refused is refused.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStudioFixture, PASSWORD, type StudioFixture } from '../server/studio/support.ts';
import { startTestServer, type TestServer } from '../support/tour-server.ts';
import { axeViolations, type Browser, collectErrors, launch } from './support/browser.ts';
import { serviceWorkerInControl, strings } from './support/offline.ts';

const STOP = 'cord-blood-bank';
const ORIGINAL = 'Cord blood stem cell bank';
const FIXED = 'Cord blood stem-cell bank';

let fixture: StudioFixture;
let server: TestServer;
let studio: Browser;
let phone: Browser;

beforeAll(async () => {
  fixture = await makeStudioFixture({
    git: true,
    users: [
      ['ada', 'editor'],
      ['pat', 'publisher'],
      ['lee', 'editor'],
    ],
  });
  server = await startTestServer('dist', undefined, {
    CONTENT_DIR: fixture.contentDir,
    STUDIO_DATA_DIR: fixture.dataDir,
  });
  studio = await launch({ viewport: { width: 1440, height: 1000 }, locale: 'en-GB' });
  phone = await launch({ serviceWorkers: 'allow', locale: 'en-GB' });
}, 60_000);

afterAll(async () => {
  await studio?.close();
  await phone?.close();
  await server?.close();
  fixture?.remove();
});

/** Logs in, unless this browser's session is already `name`'s. */
async function logIn(page: Page, name: string, password = PASSWORD): Promise<void> {
  await page.goto(`${server.url}/studio`);
  const form = page.getByLabel('Name');
  const user = page.locator('.studio-header__user');
  await form.or(user).waitFor();
  if ((await user.count()) > 0 && (await user.innerText()).startsWith(name)) return;
  await form.fill(name);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  if (password === PASSWORD) await user.waitFor();
}

async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  expect(await axeViolations(page), what).toEqual([]);
}

const visitorTitle = (page: Page) => page.locator('h1').first().innerText();
const pwa = strings('pwa', 'en');

/** The phone takes the waiting update when the visitor accepts the banner, and reloads. */
async function acceptUpdate(page: Page): Promise<void> {
  await page.locator('.update-banner').waitFor({ timeout: 60_000 });
  await Promise.all([
    page.waitForEvent('load'),
    page.getByRole('button', { name: pwa.update }).click(),
  ]);
  await page.locator('.prose').waitFor();
}

describe('the studio', () => {
  it('a typo in the English title of the cord blood stop: fixed, previewed as a phone and a kiosk, published, on a visitor’s phone after its update; rolled back the same way', async () => {
    const visitor = await phone.context.newPage();
    await visitor.goto(`${server.url}/stops/${STOP}?lang=en&updateCheck=2`);
    await serviceWorkerInControl(visitor);
    expect(await visitorTitle(visitor)).toBe(ORIGINAL);

    const page = await studio.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}/studio`);
    await page.getByLabel('Name').waitFor();
    await expectNoAxeViolations(page, 'login');
    await logIn(page, 'pat');
    const entry = page.getByRole('link', { name: ORIGINAL });
    await entry.waitFor();
    await expectNoAxeViolations(page, 'list');
    await entry.click();

    const title = page.getByLabel('Title (English)', { exact: true });
    await title.waitFor();
    expect(await title.inputValue()).toBe(ORIGINAL);
    await title.fill(FIXED);
    const preview = page.locator('.studio-device');
    await expect.poll(() => preview.locator('h1').innerText(), { timeout: 15_000 }).toBe(FIXED);
    expect(await preview.getAttribute('data-layout')).toBe('phone');
    expect((await preview.boundingBox())?.width).toBe(390);
    // The app's own stop components draw it: the body's prose, the key facts.
    expect(await preview.locator('.prose').count()).toBeGreaterThan(0);
    expect(await preview.locator('.key-facts').count()).toBe(1);
    await page.getByRole('button', { name: 'Kiosk' }).click();
    expect(await preview.getAttribute('data-layout')).toBe('kiosk');
    expect(await preview.locator('h1').innerText()).toBe(FIXED);
    expect(await preview.locator('.key-facts--kiosk').count()).toBe(1);
    await page.getByRole('button', { name: 'Presenter' }).click();
    expect(await preview.getAttribute('data-layout')).toBe('presenter');
    expect(await preview.locator('h1').innerText()).toBe(FIXED);
    expect(await preview.locator('.presenter-preview__notes li').count()).toBeGreaterThan(0);
    // Either language: the Chinese text as the app shows it.
    await page.getByRole('button', { name: 'Chinese' }).click();
    expect(await preview.getAttribute('lang')).toBe('zh-CN');
    expect(await preview.locator('h1').innerText()).toBe('脐带血造血干细胞库');
    await page.getByRole('button', { name: 'Kiosk' }).click();
    await page.getByRole('button', { name: 'English' }).click();
    await expectNoAxeViolations(page, 'editor');

    const started = Date.now();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved$/ })
      .waitFor();
    const saveMs = Date.now() - started;
    // Saved as a commit by the staff member, the one line changed.
    const stopYaml = readFileSync(join(fixture.contentDir, 'stops', STOP, 'stop.yaml'), 'utf8');
    expect(stopYaml).toContain(`  en: ${FIXED}\n`);

    await page.getByRole('link', { name: 'Publish' }).click();
    await page.getByRole('button', { name: 'Publish', exact: true }).waitFor();
    await expectNoAxeViolations(page, 'publish');
    const publishStarted = Date.now();
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Published' }).waitFor({ timeout: 180_000 });
    const publishMs = Date.now() - publishStarted;
    await page.locator('strong', { hasText: 'Live now' }).waitFor();
    expect(await page.locator('tbody tr').first().innerText()).toContain('pat');
    await expectNoAxeViolations(page, 'history');

    // The server now serves the new release, and its health check says so.
    const served = await (await fetch(`${server.url}/version.json`)).json();
    const health = await (await fetch(`${server.url}/api/health`)).json();
    expect(health.buildId).toBe(served.buildId);
    expect(served.buildId).not.toBe(JSON.parse(readFileSync('dist/version.json', 'utf8')).buildId);

    // The visitor's phone: the usual banner, then the new title.
    await acceptUpdate(visitor);
    expect(await visitorTitle(visitor)).toBe(FIXED);

    // Roll back to the version installed with the server: it reaches the phone the same way.
    await page.getByRole('button', { name: /Switch back to this version.*installed/ }).click();
    await expect.poll(() => page.locator('tbody tr').last().innerText()).toContain('Live now');
    await acceptUpdate(visitor);
    expect(await visitorTitle(visitor)).toBe(ORIGINAL);

    console.log(`studio (browser): save ${saveMs} ms, publish ${publishMs} ms`);
    expect(errors).toEqual([]);
    await page.close();
    await visitor.close();
  }, 300_000);

  it('an emptied Chinese title, raw HTML and a javascript: link: problems on their fields, never markup, and publishing is refused', async () => {
    const page = await studio.context.newPage();
    await logIn(page, 'pat');
    await page
      .getByRole('link', { name: ORIGINAL })
      .or(page.getByRole('link', { name: FIXED }))
      .waitFor();
    await page.goto(`${server.url}/studio/stop/${STOP}`);
    const chinese = page.getByLabel('Title (Chinese)', { exact: true });
    await chinese.waitFor();
    await chinese.fill('');
    const field = page.locator('.studio-text', { has: chinese });
    await field.getByText('No Chinese yet').waitFor();
    await field
      .getByText('the Chinese (zh-CN) text is empty: write it')
      .waitFor({ timeout: 15_000 });
    expect(await page.locator('.studio-badge--missing').first().innerText()).toMatch(
      /1 texts? ha(s|ve) no Chinese/,
    );

    const body = page.getByLabel('Body (English)', { exact: true }).and(page.locator('textarea'));
    await body.fill(
      'Hello <img src="x" onerror="window.__studioXss = 1"> and [a link](javascript:window.__studioXss=2).',
    );
    const preview = page.locator('.studio-device');
    await expect
      .poll(() => preview.locator('.prose').first().innerText(), { timeout: 15_000 })
      .toContain('Hello');
    expect(await preview.locator('img[src="x"], [onerror]').count()).toBe(0);
    expect(await preview.locator('a[href^="javascript" i]').count()).toBe(0);
    expect(
      await page.evaluate(() => (window as { __studioXss?: number }).__studioXss),
    ).toBeUndefined();
    await page
      .locator('.studio-text--markdown')
      .getByText(/raw HTML|HTML/i)
      .first()
      .waitFor();

    // Saved as work in progress; publishing is refused while a problem is left.
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'work in progress' }).waitFor();
    await page.getByRole('button', { name: 'Show all problems' }).click();
    await expectNoAxeViolations(page, 'editor with problems');
    await page.goto(`${server.url}/studio/publish`);
    const releasesFile = join(fixture.dataDir, 'releases.json');
    const releases = () => (existsSync(releasesFile) ? readFileSync(releasesFile, 'utf8') : null);
    const releasesBefore = releases();
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText('The content has problems').waitFor({ timeout: 30_000 });
    expect(await page.locator('.studio-problems li').count()).toBeGreaterThan(0);
    expect(releases()).toBe(releasesBefore);
    await page.goto(`${server.url}/studio/problems`);
    await page.locator('.studio-problems li').first().waitFor();
    await expectNoAxeViolations(page, 'problems');
    await page.close();
  });

  it('two colleagues edit the same stop: the second save is refused with who and when, nothing typed is lost, and the merge keeps both', async () => {
    const colleague = await launch({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    try {
      const mine = await studio.context.newPage();
      await logIn(mine, 'pat');
      const theirs = await colleague.context.newPage();
      await logIn(theirs, 'lee');
      for (const page of [mine, theirs]) {
        await page.goto(`${server.url}/studio/stop/apheresis`);
        await page.getByLabel('Summary (English)', { exact: true }).waitFor();
      }
      // Both start from the same version; Lee saves first.
      const theirSummary = 'Lee’s summary of apheresis.';
      await theirs.getByLabel('Summary (English)', { exact: true }).fill(theirSummary);
      await theirs.getByRole('button', { name: 'Save', exact: true }).click();
      await theirs
        .getByRole('status')
        .filter({ hasText: /^Saved/ })
        .waitFor();

      const myTitle = 'Apheresis: one component at a time';
      await mine.getByLabel('Title (English)', { exact: true }).fill(myTitle);
      await mine.getByRole('button', { name: 'Save', exact: true }).click();
      const conflict = mine.locator('.studio-conflict');
      await conflict.waitFor();
      expect(await conflict.innerText()).toContain('lee saved a new version');
      await expectNoAxeViolations(mine, 'conflict');
      // What I typed is still there; their text is shown beside mine.
      expect(await mine.getByLabel('Title (English)', { exact: true }).inputValue()).toBe(myTitle);
      const summaryRow = conflict.locator('tr', { hasText: 'summary.en' });
      expect(await summaryRow.locator('.studio-conflict__theirs').innerText()).toBe(theirSummary);
      const stopYaml = () =>
        readFileSync(join(fixture.contentDir, 'stops/apheresis/stop.yaml'), 'utf8');
      expect(stopYaml()).not.toContain(myTitle);

      // Merge by hand: take their summary, keep my title, save over their version.
      await summaryRow.getByRole('button', { name: /Use theirs/ }).click();
      await conflict.getByRole('button', { name: 'Merged: save' }).click();
      await mine
        .getByRole('status')
        .filter({ hasText: /^Saved/ })
        .waitFor();
      expect(stopYaml()).toContain(myTitle);
      expect(stopYaml()).toContain(theirSummary);
    } finally {
      await colleague.close();
    }
  });

  it('an editor cannot publish; writes without the CSRF token or a session, ../ names and non-images are refused', async () => {
    const editor = await launch({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    try {
      const page = await editor.context.newPage();
      await logIn(page, 'ada');
      await page.getByRole('link', { name: 'History' }).click();
      await page.getByText('Only publishers can publish and roll back.').waitFor();
      expect(await page.getByRole('button', { name: 'Publish', exact: true }).count()).toBe(0);
      const statuses = await page.evaluate(async (stop) => {
        const session = await (await fetch('/api/studio/session')).json();
        const json = { 'content-type': 'application/json' };
        const document = await (await fetch(`/api/studio/documents/stop/${stop}`)).json();
        const save = (headers: Record<string, string>, texts: Record<string, string> = {}) =>
          fetch(`/api/studio/documents/stop/${stop}`, {
            method: 'PUT',
            headers: { ...json, ...headers },
            body: JSON.stringify({ baseVersion: document.version, data: document.data, texts }),
          }).then((r) => r.status);
        return {
          publish: await fetch('/api/studio/publish', {
            method: 'POST',
            headers: { 'x-csrf-token': session.csrfToken },
          }).then((r) => r.status),
          noToken: await save({}),
          wrongToken: await save({ 'x-csrf-token': 'forged' }),
          dotDot: await save({ 'x-csrf-token': session.csrfToken }, { '../body.en.md': 'x' }),
          media: await fetch(`/api/studio/media/${stop}/..%2Fstop.yaml`).then((r) => r.status),
        };
      }, STOP);
      expect(statuses).toEqual({
        publish: 403,
        noToken: 403,
        wrongToken: 403,
        dotDot: 400,
        media: 400,
      });

      // An upload that only calls itself a photo.
      await page.goto(`${server.url}/studio/stop/${STOP}`);
      await page.getByLabel('Upload a photo (JPEG, PNG, WebP)').setInputFiles({
        name: 'holiday.jpg',
        mimeType: 'image/jpeg',
        buffer: Buffer.from('<html><script>alert(1)</script></html>'),
      });
      await page.getByText('This is not a JPEG, PNG or WebP photo').waitFor();

      // Without a session (a fresh browser): nothing of the studio's API answers.
      const stranger = await phone.context.newPage();
      await stranger.goto(`${server.url}/studio`);
      const anonymous = await stranger.evaluate(
        async (stop) => ({
          read: (await fetch(`/api/studio/documents/stop/${stop}`)).status,
          write: (
            await fetch(`/api/studio/documents/stop/${stop}`, {
              method: 'PUT',
              headers: { 'content-type': 'application/json' },
              body: '{}',
            })
          ).status,
        }),
        STOP,
      );
      expect(anonymous).toEqual({ read: 401, write: 401 });
      // The studio page is the server's, not the visitor app's shell from the service worker.
      expect(await stranger.title()).toContain('Tour studio');
      await stranger.close();
    } finally {
      await editor.close();
    }
  });

  it('repeated wrong passwords are slowed down (429)', async () => {
    const other = await launch({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    try {
      const page = await other.context.newPage();
      const statuses: number[] = [];
      page.on('response', (response) => {
        if (response.url().endsWith('/api/studio/login')) statuses.push(response.status());
      });
      await page.goto(`${server.url}/studio`);
      for (let attempt = 0; attempt < 6; attempt++) {
        await page.getByLabel('Password').fill(`wrong-${attempt}`);
        await page.getByLabel('Name').fill('lee');
        await page.getByRole('button', { name: 'Log in' }).click();
        await expect.poll(() => statuses.length, { timeout: 10_000 }).toBe(attempt + 1);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
      await page.getByText('Too many wrong attempts').waitFor();
    } finally {
      await other.close();
    }
  });

  it('a tour’s stops are reordered by keyboard and by drag, with their planned minutes; an uploaded photo asks for its alt text in every language', async () => {
    const page = await studio.context.newPage();
    await logIn(page, 'pat');
    await page.goto(`${server.url}/studio/tour/highlights`);
    const stopInputs = page.locator('input[id^="field-stops_"][id$="_stop"]');
    const stopIds = () =>
      stopInputs.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    await stopInputs.first().waitFor();
    expect(await stopIds()).toEqual([
      'welcome',
      'component-preparation',
      'apheresis',
      'cord-blood-bank',
    ]);
    await expectNoAxeViolations(page, 'tour editor');

    // Keyboard: focus "Move down" of the first stop and press Enter.
    await page.getByRole('button', { name: /^Move down\s*: .*\(welcome\)$/ }).focus();
    await page.keyboard.press('Enter');
    expect(await stopIds()).toEqual([
      'component-preparation',
      'welcome',
      'apheresis',
      'cord-blood-bank',
    ]);
    // Drag: the last stop onto the first place.
    const items = page.locator('.studio-list-field li');
    await items.nth(3).dragTo(items.nth(0));
    expect(await stopIds()).toEqual([
      'cord-blood-bank',
      'component-preparation',
      'welcome',
      'apheresis',
    ]);
    await page.locator('#field-stops_0__minutes').fill('8');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved/ })
      .waitFor();
    const tour = readFileSync(join(fixture.contentDir, 'tours/highlights.yaml'), 'utf8');
    expect(
      [...tour.matchAll(/- stop: ([\w-]+)\n\s+minutes: (\d+)/g)].map((m) => `${m[1]}:${m[2]}`),
    ).toEqual(['cord-blood-bank:8', 'component-preparation:5', 'welcome:5', 'apheresis:5']);

    // A real PNG, uploaded to the cord blood stop: a new image whose alt text is still to write.
    const sharp = (await import('sharp')).default;
    const png = await sharp({
      create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 30, b: 40 } },
    })
      .png()
      .toBuffer();
    await page.goto(`${server.url}/studio/stop/${STOP}`);
    await page.getByLabel('Upload a photo (JPEG, PNG, WebP)').setInputFiles({
      name: 'donor.png',
      mimeType: 'image/png',
      buffer: png,
    });
    const altEnglish = page.getByLabel('Alt text (for people who cannot see it) (English)', {
      exact: true,
    });
    await expect.poll(() => altEnglish.count()).toBe(2);
    const newAlt = page.locator('.studio-text__language', {
      has: page.locator('#field-images_1__alt_en'),
    });
    await newAlt.getByText('No English yet').waitFor();
    await newAlt.getByText('the English (en) text is empty: write it').waitFor({ timeout: 15_000 });
    expect(await page.locator('#field-images_1__file').inputValue()).toMatch(
      /^photo-\d{8}-[0-9a-f]{8}\.png$/,
    );
    // A caption is optional: offered, then edited like any text.
    await page.getByRole('button', { name: /^Add: Caption \(Images 2\)$/ }).click();
    await page.locator('#field-images_1__caption_en').fill('A donor at the reception desk');
    await expect
      .poll(() => page.locator('.studio-device figcaption').last().innerText(), { timeout: 15_000 })
      .toContain('A donor at the reception desk');
    await page.close();
  });

  it('the body’s toolbar and term picker write Markdown; the glossary and the site texts have editors of their own', async () => {
    const page = await studio.context.newPage();
    await logIn(page, 'pat');
    await page.goto(`${server.url}/studio/stop/welcome`);
    const body = page.locator('#markdown-body_en_md');
    await body.waitFor();
    await body.fill('Give blood');
    await body.evaluate((area: HTMLTextAreaElement) => area.setSelectionRange(5, 10));
    await page
      .getByRole('toolbar', { name: 'Body (English)' })
      .getByRole('button', { name: 'Bold' })
      .click();
    await expect.poll(() => body.inputValue()).toBe('Give **blood**');
    await body.evaluate((area: HTMLTextAreaElement) =>
      area.setSelectionRange(area.value.length, area.value.length),
    );
    await page.getByLabel('Choose a term: Body (English)').selectOption('voluntary-donation');
    await page
      .getByRole('toolbar', { name: 'Body (English)' })
      .getByRole('button', { name: 'Insert term' })
      .click();
    await expect.poll(() => body.inputValue()).toBe('Give **blood**[[voluntary-donation]]');
    // The preview renders both as the app does: bold text and the term's button.
    const prose = page.locator('.studio-device .prose').first();
    await expect.poll(() => prose.locator('strong').count(), { timeout: 15_000 }).toBe(1);
    expect(await prose.locator('button.term[data-term="voluntary-donation"]').count()).toBe(1);

    for (const [path, field] of [
      ['/studio/glossary', 'Term (English)'],
      ['/studio/site', 'Name (English)'],
    ]) {
      await page.goto(`${server.url}${path}`);
      await page.getByLabel(field, { exact: true }).first().waitFor();
      await expectNoAxeViolations(page, path);
    }
    await page.close();
  });
});
