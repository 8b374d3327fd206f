// The kiosk's attract screen fits every screen a kiosk runs on: the "Touch to begin" button and
// the language buttons never cover the highlight card, whichever stop it shows, and all of them
// stay on the screen. Measured in the real layout, in the default language.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtContent } from '../support/built-content.ts';
import { type Browser, launch } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const content = builtContent();
/** How long the attract screen shows each stop (AttractScreen.tsx). */
const HIGHLIGHT_MS = 7000;
const SCREENS = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
];
let browser: Browser;

beforeAll(async () => {
  browser = await launch({ hasTouch: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('the kiosk attract screen', () => {
  for (const screen of SCREENS) {
    it(`keeps the buttons clear of the highlight of every stop at ${screen.width}×${screen.height}`, async () => {
      const page = await browser.context.newPage();
      await page.setViewportSize(screen);
      // A controlled clock, to step the highlight through the stops.
      await page.clock.install();
      await page.goto(`${baseUrl}/kiosk`);
      await page.locator('.attract__highlight').waitFor();
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const problems: string[] = [];
      for (const stop of content.stops) {
        await page.locator('.attract__highlight').filter({ hasText: stop.title.en }).waitFor();
        const layout = await page.evaluate(() => {
          const rect = (selector: string) => {
            const { top, right, bottom, left } = document
              .querySelector(selector)!
              .getBoundingClientRect();
            return { top, right, bottom, left };
          };
          return {
            card: rect('.attract__highlight'),
            begin: rect('.attract__begin'),
            languages: rect('.attract__languages'),
            name: rect('.attract__name'),
            tagline: rect('.attract__tagline'),
          };
        });
        const overlaps = (a: typeof layout.card, b: typeof layout.card) =>
          a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        const onScreen = (r: typeof layout.card) =>
          r.top >= 0 && r.left >= 0 && r.bottom <= screen.height && r.right <= screen.width;
        if (overlaps(layout.begin, layout.card)) {
          problems.push(
            `${stop.id}: "Touch to begin" covers the card by ${Math.round(layout.card.bottom - layout.begin.top)} px`,
          );
        }
        if (overlaps(layout.languages, layout.card))
          problems.push(`${stop.id}: language buttons cover the card`);
        for (const above of [layout.name, layout.tagline]) {
          if (overlaps(above, layout.card)) problems.push(`${stop.id}: the card covers the name`);
        }
        for (const [part, rect] of Object.entries(layout)) {
          if (!onScreen(rect)) problems.push(`${stop.id}: ${part} is partly off the screen`);
        }
        await page.clock.runFor(HIGHLIGHT_MS);
      }
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});
