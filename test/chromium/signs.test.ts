import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtContent, builtPublicBaseUrl } from '../support/built-content.ts';
import { axeViolations, type Browser, collectErrors, launch } from './support/browser.ts';
import { decodeQrElement } from './support/qr.ts';

// The printed QR signs (dist/print/): every stop has one, and each QR code, read from the
// rendered page as a phone camera would, is exactly the stop's public address.

const baseUrl = inject('baseUrl');
const content = builtContent();
// The same rule as the build: PUBLIC_BASE_URL when set, else site.yaml's publicBaseUrl.
const publicBase = builtPublicBaseUrl();
const defaultTour = content.tours.find((tour) => tour.id === content.site.kiosk.defaultTour)!;
let browser: Browser;

beforeAll(async () => {
  browser = await launch({ viewport: { width: 1024, height: 1400 } });
});
afterAll(async () => {
  await browser?.close();
});

async function openSheet(file: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${baseUrl}/print/${file}`);
  await page.locator('.sign__qr').first().waitFor();
  await page.waitForFunction(() =>
    [...document.querySelectorAll('img')].every((img) => img.complete && img.naturalWidth > 0),
  );
  return { page, errors };
}

describe('QR signs', () => {
  for (const file of ['signs.html', 'signs-compact.html']) {
    it(`${file}: one sign per stop plus the start page, each QR code exactly its URL`, async () => {
      const { page, errors } = await openSheet(file);
      const stopIds = await page
        .locator('.sign[data-sign="stop"]')
        .evaluateAll((signs) => signs.map((sign) => (sign as HTMLElement).dataset.stop));
      expect([...stopIds].sort()).toEqual(content.stops.map((stop) => stop.id).sort());

      const home = page.locator('.sign[data-sign="home"]');
      expect(await home.count()).toBe(1);
      expect(await decodeQrElement(home.locator('.sign__qr'))).toBe(`${publicBase}/`);
      expect(await home.locator('.sign__url').innerText()).toBe(`${publicBase}/`);

      for (const stop of content.stops) {
        const sign = page.locator(`.sign[data-stop="${stop.id}"]`);
        const url = `${publicBase}/stops/${stop.id}`;
        expect(await decodeQrElement(sign.locator('.sign__qr')), stop.id).toBe(url);
        expect(await sign.locator('.sign__url').innerText()).toBe(url);
        expect(await sign.locator('.sign__title-zh').innerText()).toBe(stop.title['zh-CN']);
        expect(await sign.locator('.sign__title-en').innerText()).toBe(stop.title.en);
        const position = defaultTour.stops.findIndex((entry) => entry.stop === stop.id);
        if (position >= 0) {
          expect(await sign.locator('.sign__number').innerText()).toBe(String(position + 1));
        }
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('serves each QR code as its own SVG file', async () => {
    const page = await browser.context.newPage();
    for (const id of ['home', ...content.stops.map((stop) => stop.id)]) {
      const response = await page.request.get(`${baseUrl}/print/${id}.svg`);
      expect(response.status(), id).toBe(200);
      expect(response.headers()['content-type']).toBe('image/svg+xml');
      expect(await response.text()).toMatch(/^<svg [^>]*viewBox=/);
    }
    await page.close();
  });

  it('prints one large sign per A4 page', async () => {
    const { page } = await openSheet('signs.html');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length;
    expect(pages).toBe(content.stops.length + 1);
    await page.close();
  });

  it('has no serious or critical axe violations', async () => {
    const { page } = await openSheet('signs.html');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
