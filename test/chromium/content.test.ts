// Every stop, in both languages, as a visitor sees it: no text of the other language leaks in,
// every image has alt text in the page's language, and every diagram actually renders.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtContent, LANGUAGES } from '../support/built-content.ts';
import { appStarted, type Browser, launch } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const content = builtContent();
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Latin words a Chinese text may contain: acronyms (NAT, HLA, DNA), units and RhD. */
const LATIN_ALLOWED_IN_CHINESE = /^([A-Z0-9]+|RhD|mL|Gy|kg|g|L|U|c|G|A|DEL|WeChat)$/;

describe('every stop as visitors read it', () => {
  for (const lang of LANGUAGES) {
    it(`shows only ${lang} text, with alt text and rendered diagrams (${lang})`, async () => {
      const page = await browser.context.newPage();
      for (const stop of content.stops) {
        await page.goto(`${baseUrl}/stops/${stop.id}?lang=${lang}`);
        await page.locator('.prose').waitFor();
        await appStarted(page);
        // Texts of the page that are meant to be in its language (not inside an element marked with another lang).
        const blocks = await page.$$eval(
          'main :is(h1,h2,h3,p,li,dt,dd,figcaption,summary,a,span.badge)',
          (elements) =>
            elements
              .filter(
                (el) =>
                  (el.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang) ===
                  document.documentElement.lang,
              )
              .map((el) => (el as HTMLElement).innerText.trim())
              .filter(Boolean),
        );
        expect(blocks.length, stop.id).toBeGreaterThan(5);
        for (const text of blocks) {
          if (lang === 'en') {
            expect(text, `${stop.id}: Chinese in an English page`).not.toMatch(/[\u3400-\u9fff]/);
          } else {
            const englishWords = (text.match(/[A-Za-z][A-Za-z-]*/g) ?? []).filter(
              (word) => !word.split('-').every((part) => LATIN_ALLOWED_IN_CHINESE.test(part)),
            );
            expect(englishWords, `${stop.id}: English words in a Chinese page: "${text}"`).toEqual(
              [],
            );
          }
        }

        const images = await page.$$eval('main img', (imgs) =>
          (imgs as HTMLImageElement[]).map((img) => ({
            alt: img.alt,
            src: img.currentSrc || img.src,
          })),
        );
        expect(images.length).toBe(stop.images.length);
        for (const image of images) {
          expect(image.alt.trim(), `${stop.id}: alt text`).not.toBe('');
          if (lang === 'en') expect(image.alt).not.toMatch(/[\u3400-\u9fff]/);
          else expect(image.alt).toMatch(/[\u3400-\u9fff]/);
        }
        // Lazy images: scroll each into view and wait until it has decoded with a real size.
        for (const img of await page.locator('main img').all()) {
          await img.scrollIntoViewIfNeeded();
          await expect
            .poll(
              () => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0),
              {
                timeout: 5000,
              },
            )
            .toBe(true);
        }
      }
      await page.close();
    });
  }
});
