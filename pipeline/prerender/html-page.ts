// Fills the built app shell (dist/index.html as Vite wrote it) with one prerendered page.
// Plain string work on a file this project writes itself (index.html): no HTML parser needed.

export interface PageParts {
  /** The route (`/stops/welcome`) and language the HTML is for: the app hydrates only on a match. */
  route: string;
  lang: string;
  title: string;
  /** #app's new children. */
  body: string;
  /** Chunks the route needs before it hydrates (modulepreload), and its stylesheets. */
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
  const links = [
    ...page.styles.map((href) => `<link rel="stylesheet" crossorigin href="/${href}">`),
    ...page.scripts.map((href) => `<link rel="modulepreload" crossorigin href="/${href}">`),
  ];
  return links.length > 0 ? html.replace('</head>', `  ${links.join('\n    ')}\n  </head>`) : html;
}
