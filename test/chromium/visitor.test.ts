import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtContent, LANGUAGES } from '../support/built-content.ts';
import {
  appStarted,
  axeViolations,
  type Browser,
  collectErrors,
  launch,
} from './support/browser.ts';

const baseUrl = inject('baseUrl');
const content = builtContent();
const [firstTour] = content.tours;
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors = collectErrors(page);
  await page.goto(baseUrl + path);
  await page.locator('h1').first().waitFor();
  await appStarted(page);
  return { page, errors };
}

const h1 = (page: Page) => page.locator('h1').first().innerText();

describe('visitor app', () => {
  for (const lang of LANGUAGES) {
    it(`walks home → tour → every stop of "${firstTour.id}" in ${lang}`, async () => {
      const { page, errors } = await open(`/?lang=${lang}`);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await h1(page)).toBe(content.site.name[lang]);

      await page.getByRole('link', { name: firstTour.title[lang] }).click();
      await page.waitForURL(`**/tours/${firstTour.id}`);
      // The tour page is a chunk of its own: wait for it to replace the home page.
      await page.locator('.tour-page h1').waitFor();
      await appStarted(page);
      expect(await h1(page)).toBe(firstTour.title[lang]);
      await page.locator('.action-bar a').click();

      for (const [index, entry] of firstTour.stops.entries()) {
        const stop = content.stops.find((s) => s.id === entry.stop)!;
        await page.waitForURL(`**/stops/${stop.id}?tour=${firstTour.id}`);
        await page.locator('.prose').waitFor();
        await appStarted(page);
        expect(await h1(page)).toBe(stop.title[lang]);
        expect(await page.locator('.stop-page__summary').innerText()).toBe(stop.summary[lang]);
        expect(await page.locator('.key-facts li').count()).toBe(stop.facts.length);
        expect(await page.locator('.stop-page__position').innerText()).toContain(
          lang === 'en' ? `Stop ${index + 1} of ${firstTour.stops.length}` : `第 ${index + 1} 站`,
        );
        expect(await page.title()).toContain(stop.title[lang]);
        const next = page.locator('a[rel="next"]');
        if (index < firstTour.stops.length - 1) await next.click();
        else expect(await next.count()).toBe(0);
      }
      await page.locator('.action-bar a.button--primary').click();
      await page.waitForURL(`**/tours/${firstTour.id}?complete=1`);
      expect(await page.locator('progress').getAttribute('value')).toBe(
        String(firstTour.stops.length),
      );
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('opens a deep link with ?lang=en in English and remembers the choice', async () => {
    const stop = content.stops[content.stops.length - 1];
    const { page } = await open(`/stops/${stop.id}?lang=en`);
    expect(await h1(page)).toBe(stop.title.en);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.goto(`${baseUrl}/`);
    expect(await h1(page)).toBe(content.site.name.en);
    await page.goto(`${baseUrl}/?lang=zh`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.close();
  });

  it('switches language instantly, without a reload, keeping the place', async () => {
    const stop = content.stops[1];
    const { page, errors } = await open(`/stops/${stop.id}?lang=zh-CN`);
    await page.locator('.prose').waitFor();
    await appStarted(page);
    await page.evaluate(() => {
      (window as unknown as { marker: string }).marker = 'still here';
    });
    const button = page.locator('.language-switch');
    expect(await button.innerText()).toBe('English');
    expect(await button.getAttribute('lang')).toBe('en');
    await button.click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await h1(page)).toBe(stop.title.en);
    expect(await page.locator('.prose').innerText()).not.toMatch(/[\u4e00-\u9fff]{4}/);
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe(
      'still here',
    );
    expect(page.url()).toBe(`${baseUrl}/stops/${stop.id}?lang=en`);
    expect(await page.title()).toContain(content.site.name.en);
    expect(await button.innerText()).toBe('中文');
    await page.reload();
    expect(await h1(page)).toBe(stop.title.en);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a term definition when a glossary term is tapped', async () => {
    const stop = content.stops.find((s) => s.terms.length > 0)!;
    const term = content.glossary.find((t) => t.id === stop.terms[0])!;
    const { page } = await open(`/stops/${stop.id}?lang=en`);
    await page.locator(`.prose [data-term="${term.id}"]`).first().click();
    const dialog = page.locator('dialog.term-dialog[open]');
    await dialog.waitFor();
    expect(await dialog.locator('h2').innerText()).toBe(term.term.en);
    expect(await dialog.locator('[lang="zh-CN"]').innerText()).toBe(term.term['zh-CN']);
    expect(await dialog.innerText()).toContain(term.definition.en);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' }).catch(() => undefined);
    expect(await page.locator('dialog.term-dialog[open]').count()).toBe(0);
    await page.close();
  });

  for (const lang of LANGUAGES) {
    it(`shows a friendly bilingual page for an unknown stop and path (${lang})`, async () => {
      for (const path of ['/stops/no-such-stop', '/this/does/not/exist']) {
        const { page } = await open(`${path}?lang=${lang}`);
        expect(await h1(page)).toBe(lang === 'en' ? 'Page not found' : '未找到页面');
        expect(
          await page.locator(`.not-found__other[lang="${lang === 'en' ? 'zh-CN' : 'en'}"]`).count(),
        ).toBe(1);
        await page.locator('.not-found a[href="/"]').click();
        await page.waitForURL(`${baseUrl}/`);
        expect(await h1(page)).toBe(content.site.name[lang]);
        await page.close();
      }
    });
  }

  it('lists every glossary term with both names', async () => {
    const { page } = await open('/glossary?lang=zh-CN');
    await page.locator('.glossary-entry').first().waitFor();
    await appStarted(page);
    expect(await page.locator('.glossary-entry').count()).toBe(content.glossary.length);
    expect(await page.locator('.glossary-entry__other[lang="en"]').count()).toBe(
      content.glossary.length,
    );
    await page.close();
  });

  for (const lang of LANGUAGES) {
    it(`has no serious or critical axe violations on each page type (${lang})`, async () => {
      const stop = content.stops[0];
      const paths = [
        '/',
        `/tours/${firstTour.id}`,
        `/stops/${stop.id}`,
        '/glossary',
        '/no-such-page',
      ];
      for (const path of paths) {
        const { page } = await open(`${path}?lang=${lang}`);
        if (path.startsWith('/stops/')) await page.locator('.prose').waitFor();
        if (path === '/glossary') await page.locator('.glossary-entry').first().waitFor();
        expect(await axeViolations(page), `${path} in ${lang}`).toEqual([]);
        await page.close();
      }
    });
  }
});
