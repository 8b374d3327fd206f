// Fills the built app shell (dist/index.html as Vite wrote it) with one prerendered page.
// Plain string work on a file this project writes itself (index.html): no HTML parser needed.

export interface PageParts {
  /** The route (`/stops/welcome`) and language the HTML is for: the app hydrates only on a match. */
  route: string;
  lang: string;
  title: string;
  /** #app's new children. */
  body: string;
  /** Chunks the route needs before it hydrates (preloaded with the entry), and its stylesheets. */
  scripts: string[];
  styles: string[];
}

const escapeText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** The index of the `</div>` that closes the `<div` starting at `start`. */
function closingDiv(html: string, start: number): number {
  const tags = /<div\b|<\/div>/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[0] === '</div>' ? -1 : 1;
    if (depth === 0) return match.index;
  }
  throw new Error('index.html: <div id="app"> is never closed');
}

export function pageHtml(shell: string, page: PageParts): string {
  const open = shell.indexOf('<div id="app">');
  if (open === -1) throw new Error('index.html has no <div id="app">');
  const close = closingDiv(shell, open);
  const app = `<div id="app" data-route="${escapeAttribute(page.route)}" data-lang="${escapeAttribute(page.lang)}">${page.body}`;
  let html = shell.slice(0, open) + app + shell.slice(close);
  html = html.replace(/<html lang="[^"]*"/, `<html lang="${escapeAttribute(page.lang)}"`);
  html = html.replace(/<title>[^<]*<\/title>/, `<title>${escapeText(page.title)}</title>`);
  // The page is readable without JavaScript: the "needs JavaScript" note belongs to the shell.
  html = html.replace(/\s*<noscript>[\s\S]*?<\/noscript>/, '');
  html = startAfterFirstPaint(html, page.scripts);
  const links = page.styles.map((href) => `<link rel="stylesheet" crossorigin href="/${href}">`);
  return links.length > 0 ? html.replace('</head>', `  ${links.join('\n    ')}\n  </head>`) : html;
}

/**
 * The text is in the page, so no script is needed for the first paint: the entry module and the
 * route's chunks become data for public/boot.js, which requests them once the page is painted
 * (on a weak signal they would otherwise share the bandwidth with the stylesheet; issue 14).
 */
function startAfterFirstPaint(html: string, routeChunks: string[]): string {
  const entryTag = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html);
  if (!entryTag) throw new Error('index.html has no <script type="module" crossorigin src>');
  const bootTag = '<script src="/boot.js" defer></script>';
  if (!html.includes(bootTag)) throw new Error(`index.html has no ${bootTag}`);
  const preload = routeChunks.map((chunk) => `/${chunk}`).join(' ');
  const boot = `<script src="/boot.js" defer data-module="${escapeAttribute(entryTag[1])}"${
    preload ? ` data-preload="${escapeAttribute(preload)}"` : ''
  }></script>`;
  return html.replace(entryTag[0], '').replace(bootTag, boot);
}
