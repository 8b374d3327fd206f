import type { TFunction } from 'i18next';
import QRCode from 'qrcode';
import type { Language, Localized } from '../../src/content/types.ts';
import type { Content } from '../content/load-content.ts';
import { signTranslators } from './sign-strings.ts';

// The printable QR signage: one sign per stop (its number in the tour, its title in every
// language, a QR code of its address and the address in print) plus one for the start page.
// The default language leads (the sheet's own `lang`); the others follow, each with its `lang`.
// Emitted by pipeline/vite-plugin-signs.ts into dist/print/.

export interface Sign {
  kind: 'home' | 'stop';
  /** The stop id, or "home": also the SVG's file name. */
  id: string;
  url: string;
  title: Localized;
  /** Position in the tour it is numbered in (the kiosk's default tour when it has the stop). */
  number?: number;
  tour?: { title: Localized; total: number };
}

export interface SignFile {
  fileName: string;
  source: string;
}

/** Every sign, start page first, then the stops in the default tour's order, then the rest. */
export function planSigns(content: Content, baseUrl: string): Sign[] {
  const { site, tours, stops } = content;
  const defaultTour = tours.find((tour) => tour.id === site.kiosk.defaultTour);
  const order = (id: string) => {
    const index = defaultTour?.stops.findIndex((entry) => entry.stop === id) ?? -1;
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  const stopSigns = [...stops]
    .sort((a, b) => order(a.id) - order(b.id))
    .map((stop): Sign => {
      const tour = [defaultTour, ...tours].find((t) => t?.stops.some((e) => e.stop === stop.id));
      const index = tour?.stops.findIndex((entry) => entry.stop === stop.id) ?? -1;
      return {
        kind: 'stop',
        id: stop.id,
        url: `${baseUrl}/stops/${stop.id}`,
        title: stop.title,
        number: tour ? index + 1 : undefined,
        tour: tour && { title: tour.title, total: tour.stops.length },
      };
    });
  return [{ kind: 'home', id: 'home', url: `${baseUrl}/`, title: site.name }, ...stopSigns];
}

/**
 * A QR code as SVG (vector, so it prints sharp at any size). Error correction Q: a sign still
 * scans with a quarter of it scratched or covered. The quiet zone of 4 modules is part of the image.
 */
export async function qrSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, {
    type: 'svg',
    errorCorrectionLevel: 'Q',
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' },
  });
  return svg.replace(/^<svg ([^>]*)>/, `<svg $1 role="img"><title>${escapeHtml(url)}</title>`);
}

/** The two HTML sheets (large and compact), their stylesheet, and one SVG per sign. */
export async function renderSignFiles(
  content: Content,
  baseUrl: string,
  css: string,
): Promise<SignFile[]> {
  const signs = planSigns(content, baseUrl);
  const words = sheetWords(content);
  const files: SignFile[] = [{ fileName: 'signs.css', source: css }];
  for (const sign of signs)
    files.push({ fileName: `${sign.id}.svg`, source: await qrSvg(sign.url) });
  files.push({ fileName: 'signs.html', source: sheet(words, signs, 'full') });
  files.push({ fileName: 'signs-compact.html', source: sheet(words, signs, 'compact') });
  return files;
}

/** Texts in every language of the content, as HTML: each language its own span. */
interface SheetWords {
  languages: Language[];
  /** The sheet's `lang`: the others' spans carry their own. */
  main: Language;
  t: (lang: Language) => TFunction;
  /** A content text (or one per language) in every language, joined by `separator`. */
  each(
    text: (lang: Language) => string,
    separator?: string,
    spanClass?: (lang: Language) => string,
  ): string;
  /** A sign text (namespace "signs") in every language. */
  say(key: string, separator?: string): string;
  siteName: Localized;
  /** The languages' own names: what a phone will offer. */
  names: string;
}

function sheetWords(content: Content): SheetWords {
  const { site } = content;
  const languages = [
    site.defaultLanguage,
    ...site.languages.map((l) => l.code).filter((code) => code !== site.defaultLanguage),
  ];
  const t = signTranslators(content);
  const each: SheetWords['each'] = (text, separator = ' · ', spanClass) =>
    languages
      .map((lang) => {
        const attributes = [
          spanClass ? ` class="${spanClass(lang)}"` : '',
          lang === site.defaultLanguage ? '' : ` lang="${lang}"`,
        ].join('');
        return `<span${attributes}>${escapeHtml(text(lang))}</span>`;
      })
      .join(separator);
  return {
    languages,
    main: site.defaultLanguage,
    t,
    each,
    say: (key, separator) => each((lang) => t(lang)(key), separator),
    siteName: site.name,
    names: site.languages.map((l) => l.name).join(' / '),
  };
}

function sheet(words: SheetWords, signs: Sign[], layout: 'full' | 'compact'): string {
  const other = layout === 'full' ? 'signs-compact.html' : 'signs.html';
  const otherLabel = layout === 'full' ? 'toCompact' : 'toFull';
  const help = layout === 'full' ? 'fullHelp' : 'compactHelp';
  const cards = signs.map((sign) => signCard(sign, words));
  // Compact: six signs per A4 page, each page its own grid, so no sign is split across pages.
  const pages =
    layout === 'full'
      ? cards.join('\n')
      : chunk(cards, 6)
          .map((page) => `<section class="sheet-page">\n${page.join('\n')}\n</section>`)
          .join('\n');
  const title = words.languages.map((lang) => words.t(lang)('sheetTitle')).join(' · ');
  return `<!doctype html>
<html lang="${words.main}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="../favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="signs.css">
</head>
<body class="sheet sheet--${layout}">
<header class="sheet-help">
<h1>${words.say('sheetTitle')}</h1>
<p>${words.say(help, '<br>')}</p>
<p><a href="${other}">${words.say(otherLabel)}</a></p>
</header>
<main>
${pages}
</main>
</body>
</html>
`;
}

function signCard(sign: Sign, words: SheetWords): string {
  const { tour, number } = sign;
  const badge =
    number === undefined
      ? ''
      : `<div class="sign__position">
<span class="sign__number" aria-hidden="true">${number}</span>
<span class="sign__of">${
          tour
            ? words.each(
                (lang) =>
                  words.t(lang)('tourStop', { tour: tour.title[lang], number, total: tour.total }),
                '\n',
              )
            : ''
        }</span>
</div>`;
  const dataStop = sign.kind === 'stop' ? ` data-stop="${escapeHtml(sign.id)}"` : '';
  // `sign__title-zh`, `sign__title-en`, …: a class per language, by its primary subtag.
  const titleClass = (lang: Language) => `sign__title-${lang.split('-')[0].toLowerCase()}`;
  const qrAlt = `${words.languages.map((lang) => words.t(lang)('qrCode')).join(' · ')}: ${sign.url}`;
  const note = words.languages
    .map((lang, index) => {
      const text = `${words.t(lang)('noApp')}${index === 0 ? ` · ${words.names}` : ''}`;
      return `<span${lang === words.main ? '' : ` lang="${lang}"`}>${escapeHtml(text)}</span>`;
    })
    .join('<br>');
  return `<article class="sign sign--${sign.kind}" data-sign="${sign.kind}"${dataStop}>
<p class="sign__site">${words.each((lang) => words.siteName[lang])}</p>
${badge}
<h2 class="sign__title">${words.each((lang) => sign.title[lang], '', titleClass)}</h2>
<img class="sign__qr" src="${escapeHtml(sign.id)}.svg" alt="${escapeHtml(qrAlt)}">
<p class="sign__scan">${words.say(sign.kind === 'home' ? 'scanHome' : 'scanStop')}</p>
<p class="sign__url" lang="en">${escapeHtml(sign.url)}</p>
${sign.kind === 'home' ? `<p class="sign__note">${note}</p>` : ''}
</article>`;
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}
