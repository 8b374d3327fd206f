import MarkdownIt, { type Token } from 'markdown-it';
import { addGlossaryTerms } from './markdown.ts';

// What a stop body may contain beyond plain Markdown (docs/content-format.md): no raw HTML, no
// images, and links only to web pages, e-mail, phone numbers and the app's own pages. The
// renderer (markdown.ts) would show raw HTML as text and drop the rest; the check says so instead,
// so nothing an editor wrote disappears without a word.

export interface BodyIssue {
  line: number;
  message: string;
}

// A second parser that sees everything: raw HTML as HTML and every link, whatever its address.
const checker = new MarkdownIt({ html: true, linkify: false, typographer: false });
checker.validateLink = () => true;
addGlossaryTerms(checker);

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
const LINK_FIX =
  'a link must start with https://, http://, mailto: or tel:, or lead to a page of this app (such as /stops/welcome)';

/** Every raw HTML tag, image and unsafe link of a stop body, with its line. */
export function checkBody(source: string): BodyIssue[] {
  const issues: BodyIssue[] = [];
  for (const token of checker.parse(source, {})) {
    const line = (token.map?.[0] ?? 0) + 1;
    if (token.type === 'html_block') issues.push({ line, message: rawHtml(token.content) });
    if (token.type === 'inline') checkInline(token.children ?? [], line, issues);
  }
  return issues;
}

function checkInline(children: Token[], firstLine: number, issues: BodyIssue[]): void {
  let line = firstLine;
  let htmlLine = 0;
  for (const token of children) {
    if (token.type === 'softbreak' || token.type === 'hardbreak') line++;
    else if (token.type === 'html_inline') {
      // One problem for <b>…</b>: a closing tag on a line already reported adds nothing.
      if (!(token.content.startsWith('</') && htmlLine === line)) {
        issues.push({ line, message: rawHtml(token.content) });
      }
      htmlLine = line;
    } else if (token.type === 'image') {
      issues.push({
        line,
        message: `an image ("${shorten(String(token.attrGet('src') ?? ''))}") is not allowed in the body: add it to "images:" in stop.yaml, with its alt text`,
      });
    } else if (token.type === 'link_open') {
      const problem = unsafeLink(String(token.attrGet('href') ?? ''));
      if (problem) issues.push({ line, message: problem });
    }
  }
}

/** Why a link's address is refused, or undefined when it is safe. */
function unsafeLink(href: string): string | undefined {
  // Browsers ignore spaces and control characters in an address: so does this check.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: they are what is removed
  const address = href.replace(/[\u0000-\u0020]/g, '');
  if (/^[\\/]{2}/.test(address)) {
    return `the link "${shorten(href)}" has no "https:" in front: write the whole address, such as https:${address.replace(/^[\\/]+/, '//')}`;
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(address)?.[1].toLowerCase();
  if (scheme === undefined || SAFE_SCHEMES.has(scheme)) return undefined;
  return `the link "${shorten(href)}" is not allowed (${scheme}: links can run code or hide content): ${LINK_FIX}`;
}

function rawHtml(html: string): string {
  return `raw HTML ("${shorten(html.trim())}") is not allowed in the body, and visitors would see it as text: use Markdown instead (see docs/content-format.md), or write \\< to show a "<"`;
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine;
}
