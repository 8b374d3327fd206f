// The font strategy of issue 14: a device with a CJK system font (every phone, tablet and desktop)
// draws with it and downloads no font data, with nothing shifting; a device without one (a kiosk
// on bare Linux) draws Chinese with the app's web font, never as boxes, online and offline.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtContent } from '../support/built-content.ts';
import { type Browser, collectErrors, launch } from './support/browser.ts';
import { layoutShiftTotal, type NoCjkFonts, noCjkFonts } from './support/fonts.ts';
import { fontsUsedOnPage, serviceWorkerInControl } from './support/offline.ts';

const baseUrl = inject('baseUrl');
const content = builtContent();
const [first, second] = content.stops;

/** Opens a page, waits for the app to start and for every font it asked for. */
async function open(browser: Browser, path: string) {
  const page = await browser.context.newPage();
  const errors = collectErrors(page);
  const fontRequests: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font' || /\.woff2?$/.test(request.url()))
      fontRequests.push(request.url());
  });
  await page.goto(baseUrl + path);
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return { page, errors, fontRequests };
}

/** The fonts Chromium drew one element's text with (CDP: the platform's own answer). */
async function fontsOf(page: Page, selector: string) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts;
  } finally {
    await cdp.detach();
  }
}

describe('with the system CJK fonts (a phone)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const path of ['/', `/stops/${first.id}`, '/glossary']) {
    it(`${path} in Chinese downloads no font data and shifts nothing`, async () => {
      const { page, errors, fontRequests } = await open(browser, `${path}?lang=zh-CN`);
      expect(await page.locator('h1').first().innerText()).toMatch(/[\u4e00-\u9fff]/);
      expect(await layoutShiftTotal(page)).toBe(0);
      expect(fontRequests).toEqual([]);
      // Drawn with the device's own CJK font, not the web font.
      const fonts = await fontsUsedOnPage(page);
      expect(fonts.filter((font) => font.isCustomFont)).toEqual([]);
      expect(fonts.map((font) => font.familyName)).toContain('Noto Sans CJK SC');
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('an English page downloads no font data either', async () => {
    const { page, fontRequests } = await open(browser, `/stops/${first.id}?lang=en`);
    expect(fontRequests).toEqual([]);
    expect(await layoutShiftTotal(page)).toBe(0);
    await page.close();
  });
});

describe('without any CJK system font (a kiosk on bare Linux)', () => {
  let fonts: NoCjkFonts;
  let browser: Browser;
  beforeAll(async () => {
    fonts = noCjkFonts();
    browser = await launch({ serviceWorkers: 'allow', env: fonts.env });
  });
  afterAll(async () => {
    await browser?.close();
    fonts?.remove();
  });

  /** The heading is drawn with the web font alone: every glyph of it, none as a box. */
  async function expectWebFontHeading(page: Page, title: string) {
    expect(await page.locator('h1').first().innerText()).toBe(title);
    const used = await fontsOf(page, 'h1');
    expect(used.length, JSON.stringify(used)).toBeGreaterThan(0);
    expect(
      used.filter((font) => !font.isCustomFont),
      JSON.stringify(used),
    ).toEqual([]);
    expect(used.reduce((total, font) => total + font.glyphCount, 0)).toBe([...title].length);
    expect(await page.evaluate(() => document.fonts.check('16px "SBC Sans"', '血'))).toBe(true);
  }

  it('the browser really has no CJK font of its own', async () => {
    const page = await browser.context.newPage();
    await page.setContent('<p lang="zh-CN" style="font-family: sans-serif">血液中心</p>');
    const used = await fontsOf(page, 'p');
    expect(used.map((font) => font.familyName)).not.toContain('Noto Sans CJK SC');
    await page.close();
  });

  it('draws Chinese with the web font, online and then offline', async () => {
    const online = await open(browser, `/stops/${first.id}?lang=zh-CN`);
    await expectWebFontHeading(online.page, first.title['zh-CN']);
    expect(online.fontRequests.length).toBeGreaterThan(0);
    expect(online.errors).toEqual([]);
    await serviceWorkerInControl(online.page);
    await online.page.close();

    await browser.context.setOffline(true);
    try {
      const offline = await open(browser, `/stops/${second.id}?lang=zh-CN`);
      await expectWebFontHeading(offline.page, second.title['zh-CN']);
      expect(offline.errors).toEqual([]);
      await offline.page.close();
    } finally {
      await browser.context.setOffline(false);
    }
  });
});
