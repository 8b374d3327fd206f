import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { startTestServer, type TestServer } from '../support/tour-server.ts';
import { type Browser, launch } from './support/browser.ts';
import { buildApp } from './support/build-fixture.ts';
import { decodeQrElement } from './support/qr.ts';

// One extra build, from the test fixture content made hostile, with PUBLIC_BASE_URL set:
// - content cannot inject script: Markdown bodies and YAML texts carrying <script>, onerror= and
//   javascript: links are shown as text and never run. The build is served WITHOUT the CSP here,
//   so it is the build-time sanitising that is tested (the CSP is a second, separate defence).
// - the QR signs follow PUBLIC_BASE_URL.

const OVERRIDE = 'https://override.example.net';
const STOP = 'first-stop';
const HOSTILE_MARKDOWN = [
  '',
  'Script: <script>window.__pwned = 1</script>',
  '',
  'Image: <img src=x onerror="window.__pwned = 2">',
  '',
  'Link: [click me](javascript:window.__pwned=3)',
  '',
  'Raw link: <a href="javascript:window.__pwned=4">raw link</a>',
  '',
  'Autolink: <javascript:window.__pwned=5>',
  '',
  'Data link: [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '',
].join('\n');
const HOSTILE_SUMMARY = '<img src=x onerror="window.__pwned = 6">';

let work: string;
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'sbc-fixture-'));
  const contentDir = join(work, 'content');
  cpSync('test/fixtures/content/valid', contentDir, { recursive: true });
  const stopDir = join(contentDir, 'stops', STOP);
  for (const lang of ['en', 'zh-CN'])
    appendFileSync(join(stopDir, `body.${lang}.md`), HOSTILE_MARKDOWN);
  const stopYaml = join(stopDir, 'stop.yaml');
  const stop = parse(readFileSync(stopYaml, 'utf8'));
  stop.summary.en = HOSTILE_SUMMARY;
  writeFileSync(stopYaml, stringify(stop));

  await buildApp(contentDir, join(work, 'dist'), { PUBLIC_BASE_URL: `${OVERRIDE}/` });
  server = await startTestServer(join(work, 'dist'), { securityHeaders: {} });
  browser = await launch({ viewport: { width: 1024, height: 900 } });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const pwned = (page: Page) => page.evaluate(() => (window as { __pwned?: unknown }).__pwned);

/** Two frames and a task: a javascript: navigation started by a click would have run by then. */
const afterClick = (page: Page) =>
  page.evaluate(
    () =>
      new Promise((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done))),
      ),
  );

describe('content cannot inject script', () => {
  it('shows script, onerror and javascript: links in a stop body as text, and runs none', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/stops/${STOP}?lang=en`);
    const prose = page.locator('.prose');
    await prose.waitFor();

    expect(await prose.locator('script, img, iframe, object, [onerror]').count()).toBe(0);
    const hrefs = await prose
      .locator('a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.filter((href) => !/^(https?:|mailto:|tel:)/i.test(href))).toEqual([]);

    const text = await prose.innerText();
    expect(text).toContain('<script>window.__pwned = 1</script>');
    expect(text).toContain('<img src=x onerror="window.__pwned = 2">');
    expect(text).toContain('[click me](javascript:window.__pwned=3)');
    expect(text).toContain('<a href="javascript:window.__pwned=4">raw link</a>');

    // Press everything in the body that looks like a link, as a curious visitor would.
    for (const words of ['click me', 'raw link', 'javascript:window.__pwned=5', 'data']) {
      await prose.getByText(words).first().click();
      await afterClick(page);
    }
    expect(page.url()).toBe(`${server.url}/stops/${STOP}?lang=en`);
    expect(await pwned(page)).toBeUndefined();

    // A YAML text (the summary) is text too.
    expect(await page.locator('.stop-page__summary').innerText()).toBe(HOSTILE_SUMMARY);
    await page.goto(`${server.url}/?lang=en`);
    await page.locator('.stop-link').first().waitFor();
    expect(await page.locator('.stop-link img').count()).toBe(0);
    expect(await pwned(page)).toBeUndefined();
    await page.close();
  });
});

describe('PUBLIC_BASE_URL', () => {
  it('sets the address on every QR sign, overriding site.yaml', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/print/signs.html`);
    await page.locator(`.sign[data-stop="${STOP}"] .sign__qr`).waitFor();
    await page.waitForFunction(() =>
      [...document.images].every((img) => img.complete && img.naturalWidth > 0),
    );
    const sign = page.locator(`.sign[data-stop="${STOP}"]`);
    expect(await decodeQrElement(sign.locator('.sign__qr'))).toBe(`${OVERRIDE}/stops/${STOP}`);
    expect(await sign.locator('.sign__url').innerText()).toBe(`${OVERRIDE}/stops/${STOP}`);
    const home = page.locator('.sign[data-sign="home"] .sign__qr');
    expect(await decodeQrElement(home)).toBe(`${OVERRIDE}/`);
    await page.close();
  });
});
