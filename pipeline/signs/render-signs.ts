import QRCode from 'qrcode';
import type { Localized } from '../../src/content/types.ts';
import type { Content } from '../content/load-content.ts';

// The printable QR signage: one sign per stop (its number in the tour, its title in both
// languages, a QR code of its address and the address in print) plus one for the start page.
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

const SHEET_TEXT = {
  title: { 'zh-CN': '参观导览二维码标识', en: 'QR signs for the visitor tour' },
  fullHelp: {
    'zh-CN': '用 A4 纸打印，每页一个标识。打印时请勾选“背景图形”。',
    en: 'Print on A4 paper, one sign per page. Turn on “Background graphics” when printing.',
  },
  compactHelp: {
    'zh-CN': '用 A4 纸打印，每页六个标识，可裁开使用。',
    en: 'Print on A4 paper, six signs per page, to cut out.',
  },
  toCompact: { 'zh-CN': '紧凑版（每页六个）', en: 'Compact sheet (six per page)' },
  toFull: { 'zh-CN': '大标识（每页一个）', en: 'Large signs (one per page)' },
  print: { 'zh-CN': '打印', en: 'Print' },
  scanStop: { 'zh-CN': '扫码阅读本站介绍', en: 'Scan to read about this stop' },
  scanHome: { 'zh-CN': '扫码开始参观', en: 'Scan to start the tour' },
  noApp: {
    'zh-CN': '用手机浏览器打开，无需安装应用 · 中文 / English',
    en: 'Opens in your phone’s browser, no app to install',
  },
} as const;

type Pair = Localized;

/** The two HTML sheets (large and compact), their stylesheet, and one SVG per sign. */
export async function renderSignFiles(
  content: Content,
  baseUrl: string,
  css: string,
): Promise<SignFile[]> {
  const signs = planSigns(content, baseUrl);
  const files: SignFile[] = [{ fileName: 'signs.css', source: css }];
  for (const sign of signs)
    files.push({ fileName: `${sign.id}.svg`, source: await qrSvg(sign.url) });
  files.push({ fileName: 'signs.html', source: sheet(content, signs, 'full') });
  files.push({ fileName: 'signs-compact.html', source: sheet(content, signs, 'compact') });
  return files;
}

function sheet(content: Content, signs: Sign[], layout: 'full' | 'compact'): string {
  const { name } = content.site;
  const other = layout === 'full' ? 'signs-compact.html' : 'signs.html';
  const otherLabel = layout === 'full' ? SHEET_TEXT.toCompact : SHEET_TEXT.toFull;
  const help = layout === 'full' ? SHEET_TEXT.fullHelp : SHEET_TEXT.compactHelp;
  const cards = signs.map((sign) => signCard(sign, name));
  // Compact: six signs per A4 page, each page its own grid, so no sign is split across pages.
  const pages =
    layout === 'full'
      ? cards.join('\n')
      : chunk(cards, 6)
          .map((page) => `<section class="sheet-page">\n${page.join('\n')}\n</section>`)
          .join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(SHEET_TEXT.title['zh-CN'])} · ${escapeHtml(SHEET_TEXT.title.en)}</title>
<link rel="icon" href="../favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="signs.css">
</head>
<body class="sheet sheet--${layout}">
<header class="sheet-help">
<h1>${bilingual(SHEET_TEXT.title)}</h1>
<p>${bilingual(help, '<br>')}</p>
<p><a href="${other}">${bilingual(otherLabel)}</a></p>
</header>
<main>
${pages}
</main>
</body>
</html>
`;
}

function signCard(sign: Sign, siteName: Pair): string {
  const scan = sign.kind === 'home' ? SHEET_TEXT.scanHome : SHEET_TEXT.scanStop;
  const badge =
    sign.number === undefined
      ? ''
      : `<div class="sign__position">
<span class="sign__number" aria-hidden="true">${sign.number}</span>
<span class="sign__of">${
          sign.tour
            ? `<span>${escapeHtml(sign.tour.title['zh-CN'])} 第 ${sign.number} 站（共 ${sign.tour.total} 站）</span>
<span lang="en">${escapeHtml(sign.tour.title.en)}: stop ${sign.number} of ${sign.tour.total}</span>`
            : ''
        }</span>
</div>`;
  const dataStop = sign.kind === 'stop' ? ` data-stop="${escapeHtml(sign.id)}"` : '';
  return `<article class="sign sign--${sign.kind}" data-sign="${sign.kind}"${dataStop}>
<p class="sign__site">${bilingual(siteName)}</p>
${badge}
<h2 class="sign__title"><span class="sign__title-zh">${escapeHtml(sign.title['zh-CN'])}</span><span class="sign__title-en" lang="en">${escapeHtml(sign.title.en)}</span></h2>
<img class="sign__qr" src="${escapeHtml(sign.id)}.svg" alt="二维码 · QR code: ${escapeHtml(sign.url)}">
<p class="sign__scan">${bilingual(scan)}</p>
<p class="sign__url" lang="en">${escapeHtml(sign.url)}</p>
${sign.kind === 'home' ? `<p class="sign__note">${bilingual(SHEET_TEXT.noApp, '<br>')}</p>` : ''}
</article>`;
}

function bilingual(text: Pair, separator = ' · '): string {
  return `<span>${escapeHtml(text['zh-CN'])}</span>${separator}<span lang="en">${escapeHtml(text.en)}</span>`;
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
