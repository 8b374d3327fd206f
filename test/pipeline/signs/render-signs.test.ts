import { describe, expect, it } from 'vitest';
import type { Content } from '../../../pipeline/content/load-content.ts';
import { loadContent } from '../../../pipeline/content/load-content.ts';
import { planSigns, qrSvg, renderSignFiles } from '../../../pipeline/signs/render-signs.ts';

function fixture(): Content {
  const result = loadContent('test/fixtures/content/valid');
  if (!result.content) throw new Error('the valid fixture must load');
  return result.content;
}

describe('planSigns', () => {
  it('puts the start page first, then the stops numbered in the default tour', () => {
    const content = fixture();
    const signs = planSigns(content, 'https://t.example');
    expect(signs.map((sign) => [sign.id, sign.url, sign.number])).toEqual([
      ['home', 'https://t.example/', undefined],
      ['first-stop', 'https://t.example/stops/first-stop', 1],
      ['second-stop', 'https://t.example/stops/second-stop', 2],
    ]);
  });

  it('numbers a stop outside the default tour in the tour that has it, and lists it last', () => {
    const content = fixture();
    const main = content.tours[0];
    const other = { ...main, id: 'other', stops: [...main.stops].reverse() };
    const changed = { ...content, tours: [{ ...main, stops: main.stops.slice(0, 1) }, other] };
    const signs = planSigns(changed, 'https://t.example');
    expect(signs.map((sign) => [sign.id, sign.number, sign.tour?.total])).toEqual([
      ['home', undefined, undefined],
      ['first-stop', 1, 1],
      ['second-stop', 1, 2],
    ]);
  });
});

describe('renderSignFiles', () => {
  it('writes both sheets, their stylesheet and one SVG per sign, with no script', async () => {
    const files = await renderSignFiles(fixture(), 'https://t.example', '/* css */');
    expect(files.map((file) => file.fileName).sort()).toEqual([
      'first-stop.svg',
      'home.svg',
      'second-stop.svg',
      'signs-compact.html',
      'signs.css',
      'signs.html',
    ]);
    for (const file of files) expect(file.source).not.toMatch(/<script|\son\w+=/i);
  });

  it('escapes content texts in the sheet', async () => {
    const content = fixture();
    content.stops[0].title.en = '<b>"Bold" & </b>';
    const sheet = (await renderSignFiles(content, 'https://t.example', '')).find(
      (file) => file.fileName === 'signs.html',
    )!;
    expect(sheet.source).toContain('&lt;b&gt;&quot;Bold&quot; &amp; &lt;/b&gt;');
  });

  it('makes a QR code SVG titled with its address', async () => {
    const svg = await qrSvg('https://t.example/stops/a');
    expect(svg).toMatch(/^<svg [^>]*role="img"><title>https:\/\/t\.example\/stops\/a<\/title>/);
  });

  it('signs in every language of the content, the default first, the others with their lang', async () => {
    const result = loadContent('test/fixtures/content/three-languages');
    const files = await renderSignFiles(result.content!, 'https://t.example', '');
    const sheet = files.find((file) => file.fileName === 'signs.html')!.source;
    expect(sheet).toContain('<html lang="zh-CN">');
    // The French words come from the content's translation (locales/signs.fr.json).
    expect(sheet).toContain('<span lang="fr">Scannez pour découvrir cette étape</span>');
    expect(sheet).toContain('<span lang="fr">Visite de test : étape 1 sur 2</span>');
    expect(sheet).toContain(
      '<h2 class="sign__title"><span class="sign__title-zh">第一站</span><span class="sign__title-en" lang="en">The first stop</span><span class="sign__title-fr" lang="fr">La première étape</span></h2>',
    );
    expect(sheet).toContain('中文 / English / Français');
  });
});
