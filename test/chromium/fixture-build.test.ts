import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { startTestServer, type TestServer } from '../support/tour-server.ts';
import { appStarted, type Browser, launch } from './support/browser.ts';
import { buildApp } from './support/build-fixture.ts';
import { decodeQrElement } from './support/qr.ts';

// One extra build, from the test fixture content made hostile, with PUBLIC_BASE_URL set:
// - content cannot inject script: a YAML text carrying <img onerror=…> is shown as text and never
//   runs (raw HTML and unsafe links in Markdown fail the content check: test/pipeline/content/).
//   The build is served WITHOUT the CSP here, so it is the build-time work that is tested (the CSP
//   is a second, separate defence).
// - a diagram ships sanitised: what a drawing program leaves in it is gone from the shipped file,
//   and it still renders.
// - the QR signs, the kiosk's "continue on your phone" code and the handout follow PUBLIC_BASE_URL.

const OVERRIDE = 'https://override.example.net';
const STOP = 'first-stop';
const TOUR = 'main';
/** A diagram as a drawing program saves it: its comments and own elements must not ship. */
const EDITOR_SVG = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<svg xmlns="http://www.w3.org/2000/svg" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" viewBox="0 0 400 200" width="400" height="200">',
  '<!-- Created with a drawing program -->',
  '<sodipodi:namedview id="namedview1" inkscape:zoom="1"/>',
  '<g inkscape:label="Layer 1"><rect width="400" height="200" fill="#eee"/><text x="20" y="100" font-size="24">Test 测试</text></g>',
  '</svg>',
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
  writeFileSync(join(stopDir, 'diagram.svg'), EDITOR_SVG);
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

describe('content cannot inject script', () => {
  it('shows HTML in a YAML text as text, and runs none of it', async () => {
    const page = await browser.context.newPage();
    // Both as prerendered and as drawn by the app, which starts after the first paint.
    await page.goto(`${server.url}/stops/${STOP}?lang=en`);
    await page.locator('.prose').waitFor();
    await appStarted(page);
    expect(await page.locator('.stop-page__summary').innerText()).toBe(HOSTILE_SUMMARY);
    await page.goto(`${server.url}/?lang=en`);
    await page.locator('.stop-link').first().waitFor();
    await appStarted(page);
    expect(await page.locator('.stop-link img').count()).toBe(0);
    expect(await pwned(page)).toBeUndefined();
    await page.close();
  });
});

describe('a content diagram', () => {
  it('ships sanitised, without what the drawing program left in it, and still renders', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/stops/${STOP}?lang=en`);
    const image = page.locator('main img').first();
    await image.scrollIntoViewIfNeeded();
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(400);
    const src = await image.getAttribute('src');
    const shipped = await (await fetch(new URL(src!, server.url))).text();
    expect(shipped).toContain('<rect width="400" height="200" fill="#eee"/>');
    expect(shipped).not.toMatch(/<\?xml|Created with|sodipodi:namedview|inkscape:/);
    // Opened on its own, as a document, it is still a drawing.
    await page.goto(new URL(src!, server.url).href);
    expect(await page.evaluate(() => document.documentElement.localName)).toBe('svg');
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

  it('sets the address of the kiosk\'s "continue on your phone" QR codes', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/kiosk`);
    await page.locator('.attract__language[lang="en"]').click();
    await page.locator(`.kiosk-tour[href="/kiosk/tours/${TOUR}"]`).click();
    const qr = page.locator('.phone-qr img');
    await qr.waitFor();
    expect(await decodeQrElement(qr)).toBe(`${OVERRIDE}/tours/${TOUR}?lang=en`);
    await page.locator('.kiosk-bottom a.kiosk-button--primary').click();
    await page.locator('.kiosk-prose').waitFor();
    await expect.poll(() => decodeQrElement(qr)).toBe(`${OVERRIDE}/stops/${STOP}?lang=en`);
    expect(await page.locator('.phone-qr .qr__url').innerText()).toBe(
      `${OVERRIDE}/stops/${STOP}?lang=en`,
    );
    await page.close();
  });

  it('sets the address in the footer of the printed handout', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/tours/${TOUR}/print?lang=en`);
    await page.locator('.handout-stop').first().waitFor();
    expect(await page.locator('.handout__footer').innerText()).toContain(
      `${OVERRIDE}/tours/${TOUR}`,
    );
    await page.close();
  });
});
