import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Content, loadContent } from '../../pipeline/content/load-content.ts';
import { startTestServer, type TestServer } from '../support/tour-server.ts';
import {
  appStarted,
  axeViolations,
  type Browser,
  collectErrors,
  launch,
} from './support/browser.ts';
import { buildApp } from './support/build-fixture.ts';

// A third language is content and translation work, not code: the test fixture with French
// (test/fixtures/content/three-languages: French texts, bodies and locales/*.fr.json, nothing
// else) is built like any content folder and walked in Chromium: the visitor pages, the picker,
// a ?lang=fr deep link, the kiosk and the guide's audience screen with all three side by side.

const CONTENT = 'test/fixtures/content/three-languages';
const content: Content = loadContent(CONTENT).content!;
const [tour] = content.tours;
const [firstStop, secondStop] = tour.stops.map((e) => content.stops.find((s) => s.id === e.stop)!);
const names = content.site.languages.map((language) => [language.code, language.name]);
let work: string;
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'sbc-three-languages-'));
  await buildApp(CONTENT, join(work, 'dist'));
  server = await startTestServer(join(work, 'dist'));
  browser = await launch({ viewport: { width: 1024, height: 768 }, locale: 'en-US' });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors = collectErrors(page);
  await page.goto(server.url + path);
  await page.locator('h1').first().waitFor();
  await appStarted(page);
  return { page, errors };
}

const h1 = (page: Page) => page.locator('h1').first().innerText();
const htmlLang = (page: Page) => page.getAttribute('html', 'lang');

describe('a third language, from content alone', () => {
  it('walks home → tour → stop → glossary term in French, lang="fr" throughout', async () => {
    const { page, errors } = await open('/?lang=fr');
    expect(await htmlLang(page)).toBe('fr');
    expect(await h1(page)).toBe(content.site.name.fr);
    // A French UI string from the content's locales/common.fr.json.
    expect(await page.locator('.site-header__nav a').innerText()).toBe('Glossaire');

    await page.getByRole('link', { name: tour.title.fr }).click();
    await page.locator('.tour-page h1').waitFor();
    await appStarted(page);
    expect(await h1(page)).toBe(tour.title.fr);
    await page.locator('.action-bar a').click();
    await page.waitForURL(`**/stops/${firstStop.id}?tour=${tour.id}`);
    await page.locator('.prose').waitFor();
    await appStarted(page);
    expect(await h1(page)).toBe(firstStop.title.fr);
    expect(await page.locator('.stop-page__position').innerText()).toContain(
      `Étape 1 sur ${tour.stops.length}`,
    );

    // A glossary term of the French body: its French name and definition, the other names beside.
    const term = content.glossary.find((t) => t.id === 'whole-blood')!;
    await page.locator('.prose button.term[data-term="whole-blood"]').click();
    const dialog = page.locator('.term-dialog');
    await dialog.locator('h2').waitFor();
    expect(await dialog.locator('h2').innerText()).toBe(term.term.fr);
    expect(await dialog.locator('.term-dialog__definition').innerText()).toBe(term.definition.fr);
    const others = await dialog
      .locator('.term-dialog__other')
      .evaluateAll((nodes) => nodes.map((n) => [n.getAttribute('lang'), n.textContent]));
    expect(others).toEqual([
      ['zh-CN', term.term['zh-CN']],
      ['en', term.term.en],
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.locator('button[type="submit"]').click();

    await page.goto(`${server.url}/glossary`);
    await page.locator('.glossary-entry').first().waitFor();
    await appStarted(page);
    expect(await htmlLang(page)).toBe('fr');
    expect(await page.locator('.glossary-page__intro').innerText()).toBe(
      'Les termes de la visite, en chinois, en anglais et en français.',
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('offers a picker of the three languages, each named in itself, and switches without a reload', async () => {
    const { page, errors } = await open(`/stops/${secondStop.id}?lang=zh-CN`);
    const select = page.locator('.site-header .language-switch__select');
    const options = await select
      .locator('option')
      .evaluateAll((nodes) =>
        nodes.map((n) => [(n as HTMLOptionElement).value, n.getAttribute('lang'), n.textContent]),
      );
    expect(options).toEqual(names.map(([code, name]) => [code, code, name]));
    expect(await select.inputValue()).toBe('zh-CN');
    // The picker is named, for screen readers, in the page's language.
    expect(await page.getByRole('combobox', { name: '语言' }).count()).toBe(1);
    await page.evaluate(() => {
      (window as { stayed?: boolean }).stayed = true;
    });

    for (const [code, title] of [
      ['fr', secondStop.title.fr],
      ['en', secondStop.title.en],
      ['zh-CN', secondStop.title['zh-CN']],
    ]) {
      await select.selectOption(code);
      await page.waitForFunction((lang) => document.documentElement.lang === lang, code);
      expect(await h1(page)).toBe(title);
      expect(new URL(page.url()).searchParams.get('lang')).toBe(code);
    }
    expect(await page.evaluate(() => (window as { stayed?: boolean }).stayed)).toBe(true);
    await select.selectOption('fr');
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a ?lang=fr deep link in French and remembers it; its variants and alias too', async () => {
    const { page } = await open(`/stops/${firstStop.id}?lang=fr`);
    expect(await h1(page)).toBe(firstStop.title.fr);
    expect(await htmlLang(page)).toBe('fr');
    await page.goto(`${server.url}/?lang=en`);
    expect(await h1(page)).toBe(content.site.name.en);
    // The app keeps the choice once it runs (after the first paint): then it is remembered.
    await appStarted(page);
    await page.goto(`${server.url}/`);
    expect(await h1(page)).toBe(content.site.name.en);
    for (const code of ['fr-CA', 'francais']) {
      await page.goto(`${server.url}/?lang=${code}`);
      expect(await htmlLang(page)).toBe('fr');
    }
    await page.close();
  });

  it('runs the kiosk with three languages: three ways in, a picker of large buttons', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}/kiosk`);
    const begin = page.locator('.attract__language');
    await begin.first().waitFor();
    expect(
      await begin.evaluateAll((nodes) => nodes.map((n) => [n.getAttribute('lang'), n.textContent])),
    ).toEqual(names.map(([code, name]) => [code, name]));
    // Every text in three languages still fits 1024 × 768: nothing covers the highlight card.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const layout = await page.evaluate(() =>
      ['.attract__name', '.attract__highlight', '.attract__begin', '.attract__languages'].map(
        (selector) => {
          const { top, bottom } = document.querySelector(selector)!.getBoundingClientRect();
          return { top, bottom };
        },
      ),
    );
    for (let i = 1; i < layout.length; i++) {
      expect(layout[i].top, `part ${i} starts below part ${i - 1}`).toBeGreaterThanOrEqual(
        layout[i - 1].bottom,
      );
    }
    expect(layout[0].top).toBeGreaterThanOrEqual(0);
    expect(layout[layout.length - 1].bottom).toBeLessThanOrEqual(768);
    expect(await axeViolations(page)).toEqual([]);

    await page.locator('.attract__language[lang="fr"]').click();
    await page.locator('.kiosk-tours').waitFor();
    expect(await htmlLang(page)).toBe('fr');
    expect(await page.locator('.kiosk-top__name').innerText()).toBe(content.site.name.fr);

    const button = page.locator('.kiosk-language');
    expect(await button.getAttribute('aria-label')).toBe('Choisissez votre langue : Français');
    await button.click();
    const dialog = page.locator('.language-dialog');
    await dialog.locator('.language-dialog__choice').first().waitFor();
    const choices = await dialog.locator('.language-dialog__choice').evaluateAll((nodes) =>
      nodes.map((n) => ({
        lang: n.getAttribute('lang'),
        name: n.textContent,
        current: n.getAttribute('aria-current'),
        height: n.getBoundingClientRect().height,
        width: n.getBoundingClientRect().width,
      })),
    );
    expect(choices.map(({ lang, name, current }) => [lang, name, current])).toEqual(
      names.map(([code, name]) => [code, name, code === 'fr' ? 'true' : null]),
    );
    for (const { height, width } of choices) {
      expect(height).toBeGreaterThanOrEqual(64);
      expect(width).toBeGreaterThanOrEqual(64);
    }
    expect(await axeViolations(page)).toEqual([]);
    await dialog.locator('.language-dialog__choice[lang="en"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await dialog.isVisible()).toBe(false);
    expect(await page.locator('.kiosk-top__name').innerText()).toBe(content.site.name.en);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the guide’s audience all three languages side by side, each block with its lang', async () => {
    const presenter = await browser.context.newPage();
    const errors = collectErrors(presenter);
    await presenter.goto(`${server.url}/guide/${tour.id}?lang=fr`);
    await presenter.locator('.presenter__stage .audience-block').first().waitFor();
    const picker = presenter.locator('.audience-picker__option');
    expect(
      await picker.evaluateAll((nodes) =>
        nodes.map((n) => [n.querySelector('input')!.value, n.querySelector('span')!.textContent]),
      ),
    ).toEqual([...names, ['both', 'Toutes côte à côte']]);

    const screen = await browser.context.newPage();
    await screen.goto(`${server.url}/guide/screen`);
    await presenter.locator('.audience-picker input[value="both"]').check();
    await screen.waitForFunction(() => document.querySelectorAll('.audience-block').length === 3);
    await screen.locator('.audience-block__facts').first().waitFor();
    const blocks = await screen.locator('.audience-block').evaluateAll((nodes) =>
      nodes.map((n) => {
        const box = n.getBoundingClientRect();
        return {
          lang: n.getAttribute('lang'),
          title: n.querySelector('.audience-block__title')?.textContent,
          top: Math.round(box.top),
          left: box.left,
        };
      }),
    );
    expect(blocks.map(({ lang, title }) => [lang, title])).toEqual(
      names.map(([code]) => [code, firstStop.title[code]]),
    );
    // Landscape: one column per language, side by side.
    expect(new Set(blocks.map((block) => block.top)).size).toBe(1);
    expect(blocks.map((block) => block.left)).toEqual(
      [...blocks.map((block) => block.left)].sort((a, b) => a - b),
    );
    // The stop's glossary terms with all three names.
    const termNames = await screen
      .locator('.bilingual-term')
      .first()
      .locator('[lang]')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('lang')));
    expect(termNames).toEqual(names.map(([code]) => code));
    expect(await axeViolations(screen), 'audience screen').toEqual([]);
    expect(await axeViolations(presenter), 'presenter').toEqual([]);

    // One language: its block alone, and the screen's page language follows.
    await presenter.locator('.audience-picker input[value="fr"]').check();
    await screen.waitForFunction(() => document.documentElement.lang === 'fr');
    expect(await screen.locator('.audience-block').count()).toBe(1);
    expect(errors).toEqual([]);
    await screen.close();
    await presenter.close();
  });

  it('prints the handout and the signs in French too', async () => {
    const { page } = await open(`/tours/${tour.id}/print?languages=fr,zh-CN`);
    // The prerendered handout is one language; the app adds the others once it has hydrated.
    await page.locator('.handout-stop__title[lang="fr"]').first().waitFor();
    const langs = await page
      .locator('.handout-stop__title')
      .first()
      .locator('xpath=..')
      .locator('[lang]')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('lang')));
    expect(langs).toEqual(['zh-CN', 'fr']);
    const signs = await (await fetch(`${server.url}/print/signs.html`)).text();
    expect(signs).toContain(`<span class="sign__title-fr" lang="fr">${firstStop.title.fr}</span>`);
    await page.close();
  });
});
