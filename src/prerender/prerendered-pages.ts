// dist/prerendered.json: which routes the build prerendered, in which languages, into which file.
// Written by pipeline/prerender/, read by the tour server (server/static/) and the service worker
// (src/sw/sw.ts), which both answer a navigation with the page in the visitor's language. Parsed
// with a schema wherever it is read: a damaged file means "no prerendered pages", never a crash.
import * as v from 'valibot';
import type { Language, LanguageInfo } from '../content/types.ts';
import { type LanguageSources, resolveLanguage } from '../i18n/resolve-language.ts';

export { APP_SHELL_FILE, LANGUAGE_COOKIE, PRERENDERED_FILE } from './names.ts';

const fileName = v.pipe(v.string(), v.maxLength(300), v.regex(/^[A-Za-z0-9._~/-]+\.html$/));
const code = v.pipe(v.string(), v.maxLength(64));

const schema = v.object({
  defaultLanguage: code,
  languages: v.pipe(
    v.array(
      v.object({
        code,
        name: v.pipe(v.string(), v.maxLength(100)),
        aliases: v.pipe(v.array(code), v.maxLength(20)),
      }),
    ),
    v.maxLength(50),
  ),
  /** By route path (`/`, `/stops/welcome`): the file of each language, relative to dist/. */
  pages: v.record(v.pipe(v.string(), v.maxLength(300)), v.record(code, fileName)),
  /**
   * The "page not found" of each language (`404.html`, `404.en.html`): the answer, with status
   * 404, to an address that is neither a prerendered route nor an app-shell route. Absent from a
   * list written before it existed: then unknown addresses keep the app shell.
   */
  notFound: v.optional(v.record(code, fileName), {}),
});

export type PrerenderedPages = v.InferOutput<typeof schema>;

/** The parsed manifest, or undefined when it is not one. */
export function parsePrerenderedPages(data: unknown): PrerenderedPages | undefined {
  const result = v.safeParse(schema, data);
  return result.success ? result.output : undefined;
}

/** `/stops/x/` and `/stops/x` are one route (the router drops a trailing slash too). */
export function routeKey(path: string): string {
  return path.replace(/\/+$/, '') || '/';
}

/** The file under dist/ of a prerendered route in a language: `stops/x/index.en.html`. */
export function pageFile(route: string, lang: string, defaultLanguage: string): string {
  const dir = route === '/' ? '' : `${route.slice(1)}/`;
  return lang === defaultLanguage ? `${dir}index.html` : `${dir}index.${lang}.html`;
}

/** The file under dist/ of the "page not found" in a language: `404.html`, `404.en.html`. */
export function notFoundPageFile(lang: string, defaultLanguage: string): string {
  return lang === defaultLanguage ? '404.html' : `404.${lang}.html`;
}

/** The language a navigation is answered in: `?lang=` → saved choice → browser → site default. */
export function pageLanguage(
  pages: PrerenderedPages,
  sources: Pick<LanguageSources, 'query' | 'saved' | 'browser'>,
): Language {
  return resolveLanguage({
    ...sources,
    // The build wrote these from site.yaml: they are the content's declared languages.
    languages: pages.languages as LanguageInfo[],
    siteDefault: pages.defaultLanguage as Language,
  });
}

/** The prerendered file that answers `path` for a visitor, or undefined (then: the app shell). */
export function prerenderedFile(
  pages: PrerenderedPages,
  path: string,
  sources: Pick<LanguageSources, 'query' | 'saved' | 'browser'>,
): string | undefined {
  const files = Object.hasOwn(pages.pages, routeKey(path))
    ? pages.pages[routeKey(path)]
    : undefined;
  if (!files) return undefined;
  const lang = pageLanguage(pages, sources);
  return files[lang] ?? files[pages.defaultLanguage];
}

/** The "page not found" in the visitor's language, or undefined when the build listed none. */
export function notFoundFile(
  pages: PrerenderedPages,
  sources: Pick<LanguageSources, 'query' | 'saved' | 'browser'>,
): string | undefined {
  const lang = pageLanguage(pages, sources);
  return pages.notFound[lang] ?? pages.notFound[pages.defaultLanguage];
}

/**
 * The languages of an Accept-Language header, most wanted first (`fr-CH, fr;q=0.9, en;q=0.8`).
 * Bounded: a hostile header of any length yields at most 20 tags.
 */
export function acceptedLanguages(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .slice(0, 1000)
    .split(',')
    .slice(0, 20)
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter(({ tag, q }) => tag && tag !== '*' && Number.isFinite(q) && q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map(({ tag }) => tag);
}

/** The value of one cookie in a Cookie header, or null. */
export function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.slice(0, 8000).split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponentSafe(rest.join('=').trim());
  }
  return null;
}

function decodeURIComponentSafe(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
