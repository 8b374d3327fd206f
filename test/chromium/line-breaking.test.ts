// Chinese lines break as a typesetter would: no line of a stop page starts with closing
// punctuation (”。，、）…) or ends with opening punctuation (“（…), and a number never leaves its
// unit, nor a range (2～6 ℃) its end. Measured in the real layout: each character's box, from
// Range.getClientRects(), tells where the browser broke the lines.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtContent } from '../support/built-content.ts';
import { type Browser, launch } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const content = builtContent();
/** The stop whose body had "去白细胞" | "”。" at 1024 px, and 2～6 ℃ in its body and facts. */
const COMPONENTS = 'component-preparation';
let browser: Browser;

beforeAll(async () => {
  browser = await launch({ locale: 'zh-CN' });
});
afterAll(async () => {
  await browser?.close();
});

interface Findings {
  /** Lines that start with closing or end with opening punctuation, with their neighbourhood. */
  badBreaks: string[];
  /** Numbers with their unit, or ranges, split over two lines. */
  splitUnits: string[];
  /** How many numbers with units were measured. */
  units: number;
}

/** Every line break in `selector` that breaks the rules, in the page as laid out now. */
function findBadBreaks(page: Page, selector: string): Promise<Findings> {
  return page.locator(selector).evaluate((root) => {
    const CLOSING = /[”’）」』》〉】〕。，、；：！？]/u;
    const OPENING = /[“‘（「『《〈【〔]/u;
    const SKIPPED = /[\s\u2060]/u;
    const UNIT = /\d+(?:\u2060?[～–]\u2060?\d+)?[ \u00a0](?:°C|℃|mL|Gy|g\/L|kg)/gu;
    const range = document.createRange();
    const box = (node: Text, from: number, to: number) => {
      range.setStart(node, from);
      range.setEnd(node, to);
      return [...range.getClientRects()].find((rect) => rect.width > 0);
    };
    /** The element whose lines a text flows in: its first ancestor that is not inline. */
    const lineBox = (node: Node) => {
      let element = node.parentElement!;
      while (/^inline/.test(getComputedStyle(element).display) && element !== root) {
        element = element.parentElement!;
      }
      return element;
    };

    const badBreaks: string[] = [];
    const splitUnits: string[] = [];
    let units = 0;
    let previous: { char: string; rect: DOMRect; box: Element; context: string } | undefined;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (
      let node = walker.nextNode() as Text | null;
      node;
      node = walker.nextNode() as Text | null
    ) {
      const text = node.data;
      const flow = lineBox(node);
      for (let i = 0; i < text.length; i++) {
        if (SKIPPED.test(text[i])) continue;
        const rect = box(node, i, i + 1);
        if (!rect) continue; // not rendered
        if (previous && previous.box === flow) {
          const newLine =
            Math.abs(rect.top + rect.height / 2 - (previous.rect.top + previous.rect.height / 2)) >
            previous.rect.height / 2;
          if (newLine && (CLOSING.test(text[i]) || OPENING.test(previous.char))) {
            badBreaks.push(`${previous.context} | ${text.slice(i, i + 6)}`);
          }
        }
        previous = { char: text[i], rect, box: flow, context: text.slice(Math.max(0, i - 6), i) };
      }
      for (const match of text.matchAll(UNIT)) {
        const first = box(node, match.index, match.index + 1);
        const last = box(node, match.index + match[0].length - 1, match.index + match[0].length);
        if (!first || !last) continue;
        units++;
        if (Math.abs(first.top - last.top) > 1) splitUnits.push(match[0]);
      }
    }
    return { badBreaks, splitUnits, units };
  });
}

async function openStop(page: Page, id: string) {
  await page.goto(`${baseUrl}/stops/${id}?lang=zh-CN`);
  await page.locator('.prose').waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

describe('Chinese line breaking on the stop pages', () => {
  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 390, height: 844 },
  ]) {
    it(`breaks no line before closing or after opening punctuation, nor inside a number and its unit, at ${viewport.width} px`, async () => {
      const page = await browser.context.newPage();
      await page.setViewportSize(viewport);
      let units = 0;
      for (const stop of content.stops) {
        await openStop(page, stop.id);
        const found = await findBadBreaks(page, 'main');
        expect(found.badBreaks, stop.id).toEqual([]);
        expect(found.splitUnits, stop.id).toEqual([]);
        units += found.units;
      }
      expect(units, 'numbers with units measured').toBeGreaterThan(10);
      await page.close();
    });
  }

  it(`keeps the rules at every screen width from 320 to 1280 px (${COMPONENTS})`, async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1024, height: 768 });
    await openStop(page, COMPONENTS);
    const bad = new Set<string>();
    let ranges = 0;
    for (let width = 320; width <= 1280; width += 8) {
      await page.setViewportSize({ width, height: 768 });
      const found = await findBadBreaks(page, '.stop-page');
      for (const line of [...found.badBreaks, ...found.splitUnits]) bad.add(`${width} px: ${line}`);
      ranges += found.units;
    }
    // The stop's 2～6 ℃ (body and key facts) was among what was measured, at every width.
    expect(await page.locator('main').innerText()).toMatch(/2\u2060?～\u2060?6[ \u00a0]℃/);
    expect(ranges).toBeGreaterThan(100);
    expect([...bad]).toEqual([]);
    await page.close();
  });
});
