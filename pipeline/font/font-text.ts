// Every character the app can show, so the web font can be cut down to exactly those.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Content } from '../content/load-content.ts';

/**
 * Always in the font, whatever the content says: printable ASCII, Latin-1 punctuation and letters,
 * general punctuation (dashes, quotes, ellipsis), CJK punctuation and full-width forms.
 */
const BASE_RANGES: [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x2010, 0x2027],
  [0x2030, 0x203a],
  [0x3000, 0x3011],
  [0xff01, 0xff5e],
];

/** The characters of the base ranges, in code point order. */
export function baseCharacters(): string {
  let text = '';
  for (const [from, to] of BASE_RANGES) {
    for (let code = from; code <= to; code++) text += String.fromCodePoint(code);
  }
  return text;
}

/** Every text of the content a visitor, a kiosk user or a guide can see (file paths left out). */
export function contentText(content: Content): string {
  const parts: string[] = [];
  const visit = (value: unknown, key?: string): void => {
    if (key === 'files') return; // image file paths on the build machine, never shown
    if (typeof value === 'string') parts.push(key === 'body' ? htmlText(value) : value);
    else if (Array.isArray(value)) for (const item of value) visit(item);
    else if (value && typeof value === 'object') {
      for (const [innerKey, inner] of Object.entries(value)) {
        // A body is { <language code>: html, … }: its values are HTML.
        visit(inner, key === 'body' ? 'body' : innerKey);
      }
    }
  };
  visit({
    site: content.site,
    tours: content.tours,
    stops: content.stops,
    glossary: content.glossary,
    // The UI strings the content brings (content/locales/), e.g. a language the app lacks.
    translations: content.translations,
  });
  return parts.join('\n');
}

/** Every value of a locale file (UI strings), keys left out. */
export function localeText(json: string): string {
  const parts: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') parts.push(value);
    else if (value && typeof value === 'object')
      for (const inner of Object.values(value)) visit(inner);
  };
  visit(JSON.parse(json));
  return parts.join('\n');
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** The text of sanitised HTML, with character references decoded (markdown-it writes some). */
export function htmlText(html: string): string {
  return html.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X'
          ? Number.parseInt(name.slice(2), 16)
          : Number(name.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : entity;
    }
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/** Source files under a folder (recursively) with one of the given extensions. */
export function listFiles(dir: string, extensions: string[]): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...listFiles(path, extensions));
    else if (extensions.includes(extname(name))) files.push(path);
  }
  return files;
}

export interface FontTextSources {
  content: Content;
  /** src/i18n/locales: every namespace, including the ones other modes add. */
  localesDir: string;
  /** Other files whose characters can reach the screen: index.html, the app's source (literals). */
  files: string[];
}

/** The sorted, de-duplicated characters the subset must contain. */
export function fontCharacters({ content, localesDir, files }: FontTextSources): string {
  const texts = [baseCharacters(), contentText(content)];
  for (const file of listFiles(localesDir, ['.json']))
    texts.push(localeText(readFileSync(file, 'utf8')));
  for (const file of files) texts.push(htmlText(readFileSync(file, 'utf8')));
  return uniqueCharacters(texts.join(''));
}

/** Visible characters only (no controls, no line breaks), each once, in code point order. */
export function uniqueCharacters(text: string): string {
  const codes = new Set<number>();
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0x20 && !(code >= 0x7f && code < 0xa0)) codes.add(code);
  }
  return String.fromCodePoint(...[...codes].sort((a, b) => a - b));
}

/**
 * The CJK blocks (ideographs, radicals, CJK punctuation, kana, full-width forms, …): the characters
 * the web font is for. Latin text is always drawn with the system's own fonts.
 */
const CJK_BLOCKS: [number, number][] = [
  [0x2e80, 0x2fff], // radicals, Kangxi radicals, ideographic description
  [0x3000, 0x303f], // CJK symbols and punctuation
  [0x3040, 0x31ff], // kana, bopomofo, Hangul compatibility, kanbun, CJK strokes
  [0x3200, 0x33ff], // enclosed CJK letters, CJK compatibility
  [0x3400, 0x4dbf], // CJK unified ideographs extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xffef], // half-width and full-width forms
  [0x20000, 0x3ffff], // supplementary ideographic planes
];

const blockOf = (code: number) => CJK_BLOCKS.find(([from, to]) => code >= from && code <= to);

/** Whether a code point is in a CJK block. */
export function isCjk(code: number): boolean {
  return blockOf(code) !== undefined;
}

/** The CJK characters of `text`, each once, in code point order. */
export function cjkCharacters(text: string): string {
  return [...uniqueCharacters(text)].filter((char) => isCjk(char.codePointAt(0)!)).join('');
}

/**
 * A CSS `unicode-range` naming the CJK blocks `text` has characters in (`U+3000-303F, U+4E00-9FFF`):
 * a device asks for the font only for CJK text, and only when no system font before it in the
 * stack has the glyph. Whole blocks, not each character: the subset holds every character the app
 * shows, and a range of 1,500 single code points would cost every first paint ~3 KB of CSS.
 */
export function unicodeRange(text: string): string {
  const blocks = new Set<[number, number]>();
  for (const char of text) {
    const block = blockOf(char.codePointAt(0)!);
    if (block) blocks.add(block);
  }
  const hex = (code: number) => code.toString(16).toUpperCase();
  return CJK_BLOCKS.filter((block) => blocks.has(block))
    .map(([from, to]) => `U+${hex(from)}-${hex(to)}`)
    .join(', ');
}
