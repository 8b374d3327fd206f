import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtContent, LANGUAGES } from '../support/built-content.ts';
import { axeViolations, type Browser, collectErrors, launch } from './support/browser.ts';

// The printable tour handout (/tours/<id>/print): the tour's stops in order with summary and key
// facts, then the glossary terms they use; one language or both; print layout keeps stops whole.

const baseUrl = inject('baseUrl');
const content = builtContent();
const tour = content.tours.find((t) => t.id === content.site.kiosk.defaultTour) ?? content.tours[0];
const tourStops = tour.stops.map((entry) => content.stops.find((s) => s.id === entry.stop)!);
const usedTerms = [...new Set(tourStops.flatMap((stop) => stop.terms))];
let browser: Browser;

beforeAll(async () => {
  browser = await launch({ viewport: { width: 1024, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
});

describe('tour handout', () => {
  for (const lang of LANGUAGES) {
    it(`lists the stops in order with summaries, key facts and the tour's terms (${lang})`, async () => {
      const page = await browser.context.newPage();
      const errors = collectErrors(page);
      await page.goto(`${baseUrl}/tours/${tour.id}?lang=${lang}`);
      await page.locator('.tour-page__handout a').click();
      await page.waitForURL(`**/tours/${tour.id}/print`);
      await page.locator('.handout-stop').first().waitFor();

      // Read the whole handout in one go, then compare it with the content.
      const shown = await page.locator('.handout').evaluate((handout) => {
        const text = (root: Element, selector: string) =>
          [...root.querySelectorAll(selector)].map((node) => (node as HTMLElement).innerText);
        return {
          stops: [...handout.querySelectorAll('.handout-stop')].map((stop) => ({
            title: text(stop, '.handout-stop__title')[0],
            summary: text(stop, '.handout-stop__summary')[0],
            facts: text(stop, '.handout-stop__facts li'),
          })),
          terms: [...handout.querySelectorAll('.handout-term')].map((term) => ({
            name: text(term, 'dt [lang]'),
            definition: text(term, 'dd')[0],
          })),
          langs: [
            ...new Set(
              [...handout.querySelectorAll('[lang]:not(.handout-term__name)')].map((node) =>
                node.getAttribute('lang'),
              ),
            ),
          ],
        };
      });
      expect(shown.stops).toEqual(
        tourStops.map((stop) => ({
          title: stop.title[lang],
          summary: stop.summary[lang],
          facts: stop.facts.map((fact) => fact[lang]),
        })),
      );
      expect(shown.terms).toEqual(
        usedTerms.map((id) => {
          const term = content.glossary.find((t) => t.id === id)!;
          return { name: [term.term['zh-CN'], term.term.en], definition: term.definition[lang] };
        }),
      );
      expect(shown.langs).toEqual([lang]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('shows both languages side by side, each marked with its lang', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/tours/${tour.id}/print?languages=both&lang=en`);
    await page.locator('.handout-stop').first().waitFor();
    const first = page.locator('.handout-stop').first();
    for (const lang of LANGUAGES) {
      expect(await first.locator(`.handout-stop__title[lang="${lang}"]`).innerText()).toBe(
        tourStops[0].title[lang],
      );
      expect(await first.locator(`[lang="${lang}"] .handout-stop__summary`).innerText()).toBe(
        tourStops[0].summary[lang],
      );
    }
    // Axe once, on the richest layout (both languages); the one-language pages share its markup.
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('prints on A4 without the controls, never splitting a stop across pages', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/tours/${tour.id}/print?lang=zh-CN`);
    await page.locator('.handout-stop').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.handout__controls').isVisible()).toBe(false);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    const breaks = await page
      .locator('.handout-stop')
      .evaluateAll((items) => items.map((item) => getComputedStyle(item).breakInside));
    expect(breaks).toEqual(tourStops.map(() => 'avoid'));
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });
});
