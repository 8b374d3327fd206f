import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type {
  GlossaryTerm,
  Language,
  Localized,
  Site,
  Stop,
  Tour,
} from '../../src/content/types.ts';
import { readDeclaredLanguages } from './declared-languages.ts';
import { englishName } from './languages.ts';
import { renderBody } from './markdown.ts';
import { checkBody } from './markdown-rules.ts';
import type { Problem } from './problems.ts';
import { type ContentReader, contentReader, entryKind, NOT_A_FILE } from './read-file.ts';
import { contentSchemas } from './schema.ts';
import { loadStopImages, type SourceImage } from './stop-images.ts';
import { checkTotals } from './totals.ts';
import { loadTranslations, type Translations } from './translations.ts';
import { validate } from './validate.ts';
import { parseYaml } from './yaml-file.ts';

export type { SourceImage };

export interface BuildStop extends Omit<Stop, 'images'> {
  images: SourceImage[];
}

export interface Content {
  site: Site;
  tours: Tour[];
  stops: BuildStop[];
  glossary: GlossaryTerm[];
  /** The content's own UI translations (locales/), merged over the app's by the browser. */
  translations: Translations;
  /** A short hash of every content file: changes whenever any content changes. */
  version: string;
  /** Every file that was read, so the dev server can watch them. */
  files: string[];
  /** The sanitised text of every SVG, by its path: what the build ships instead of the file. */
  safeSvgs: Map<string, string>;
}

export type LoadResult =
  | { content: Content; problems: [] }
  | { content?: undefined; problems: Problem[] };

/** Reads, validates and cross-checks a content folder. Never throws. */
export function loadContent(dir: string): LoadResult {
  const display = (path: string) => relative(process.cwd(), path) || path;
  // The folder itself may be reached through a link (a deployment's current/ folder, say).
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    return { problems: [{ file: display(dir), message: 'the content folder does not exist' }] };
  }
  const problems: Problem[] = [];
  try {
    return checkContent(dir, contentReader(dir, display, problems), problems);
  } catch (error) {
    // A bug in the checker, not in the content: the problems found so far, and one line about it.
    const reason = String((error as Error)?.message ?? error).split('\n')[0];
    problems.push({
      file: display(dir),
      message: `the content check stopped unexpectedly (${reason}): fix the problems above, and if this stays, tell the developers`,
    });
    return { problems };
  }
}

function checkContent(dir: string, reader: ContentReader, problems: Problem[]): LoadResult {
  const files: string[] = [];
  const safeSvgs = new Map<string, string>();
  const { display } = reader;

  const readYaml = (path: string) => {
    files.push(path);
    const text = reader.text(path, 'yaml');
    return text === undefined ? undefined : parseYaml(text, display(path), problems);
  };

  // site.yaml: the languages first, as every text is checked against them.
  const siteYaml = readYaml(join(dir, 'site.yaml'));
  const { languages, defaultLanguage } = readDeclaredLanguages(siteYaml, problems);
  const codes = languages.map((language) => language.code);
  const schemas = contentSchemas(languages);
  const siteInput = siteYaml && validate(schemas.site, siteYaml, problems, codes);
  const site: Site | undefined = siteInput && {
    ...siteInput,
    languages,
    defaultLanguage,
  };

  // locales/: the app's words in every language.
  const ui = loadTranslations(dir, codes, reader, problems);
  files.push(...ui.files);

  // glossary.yaml
  const glossaryYaml = readYaml(join(dir, 'glossary.yaml'));
  const glossary =
    (glossaryYaml && validate(schemas.glossary, glossaryYaml, problems, codes)) ?? [];
  if (glossaryYaml) {
    reportDuplicates(
      glossary,
      (term) => term.id,
      'glossary id',
      (index) => ({
        file: glossaryYaml.file,
        line: glossaryYaml.lineOf([index, 'id']),
      }),
      problems,
    );
    for (const language of codes) {
      reportDuplicates(
        glossary,
        (term) => term.term[language],
        `${englishName(language)} term`,
        (index) => ({
          file: glossaryYaml.file,
          line: glossaryYaml.lineOf([index, 'term', language]),
        }),
        problems,
      );
    }
  }
  const glossaryIsValid = glossaryYaml !== undefined && glossary.length > 0;
  const glossaryById = new Map(glossary.map((term) => [term.id, term]));

  // stops/<id>/
  const stops: BuildStop[] = [];
  const stopsDir = join(dir, 'stops');
  for (const name of listEntries(stopsDir, display, problems)) {
    const stopDir = join(stopsDir, name);
    const kind = entryKind(stopDir);
    if (kind !== 'directory') {
      problems.push({
        file: display(stopDir),
        message:
          kind === 'file'
            ? 'each stop is a folder (stops/<stop-id>/stop.yaml): move this file into a stop folder'
            : NOT_A_FILE[kind === 'symlink' ? 'symlink' : 'other'],
      });
      continue;
    }
    const stopYaml = readYaml(join(stopDir, 'stop.yaml'));
    const input = stopYaml && validate(schemas.stop, stopYaml, problems, codes);
    const body = readMarkdownPart(stopDir, 'body', codes, files, reader, glossaryById, problems);
    const depth = readMarkdownPart(stopDir, 'depth', codes, files, reader, glossaryById, problems);
    // An invalid glossary is reported on its own; checking terms against it would only add noise.
    for (const unknown of glossaryIsValid ? [...body.unknownTerms, ...depth.unknownTerms] : []) {
      problems.push({
        file: unknown.file,
        line: unknown.line,
        message: `glossary term "[[${unknown.id}]]" is not in glossary.yaml: add it there or fix the id`,
      });
    }
    if (!input || !stopYaml) continue;
    if (input.id !== name) {
      problems.push({
        file: stopYaml.file,
        line: stopYaml.lineOf(['id']),
        message: `"id" is "${input.id}" but the folder is "${name}": they must be the same (a stop id never changes once printed on a sign)`,
      });
    }
    const images = loadStopImages(
      input.images,
      codes,
      { id: name, dir: stopDir, yaml: stopYaml },
      reader,
      safeSvgs,
      problems,
    );
    for (const image of images) files.push(...new Set(Object.values(image.files)));
    stops.push({
      id: input.id,
      title: input.title,
      summary: input.summary,
      location: input.location,
      body: body.html,
      ...(depth.given && { depth: { body: depth.html, terms: depth.usedTerms } }),
      facts: input.facts,
      images,
      guide: input.guide,
      sources: input.sources,
      terms: body.usedTerms,
    });
  }
  // A stop whose folder exists counts as existing even if its files have problems of their own,
  // so one mistake is reported once, not again by every tour that lists the stop.
  const stopIds = new Set(
    listEntries(stopsDir, display, []).filter((n) => entryKind(join(stopsDir, n)) === 'directory'),
  );

  // tours/<id>.yaml
  const tours: Tour[] = [];
  const toursDir = join(dir, 'tours');
  for (const name of listEntries(toursDir, display, problems)) {
    const path = join(toursDir, name);
    if (!/\.ya?ml$/.test(name)) {
      problems.push({
        file: display(path),
        message: 'tour files must end in .yaml: rename or remove this file',
      });
      continue;
    }
    const tourYaml = readYaml(path);
    const tour = tourYaml && validate(schemas.tour, tourYaml, problems, codes);
    if (!tour || !tourYaml) continue;
    const fileId = basename(name).replace(/\.ya?ml$/, '');
    if (tour.id !== fileId) {
      problems.push({
        file: tourYaml.file,
        line: tourYaml.lineOf(['id']),
        message: `"id" is "${tour.id}" but the file is "${name}": they must be the same`,
      });
    }
    const seen = new Set<string>();
    tour.stops.forEach((entry, index) => {
      const line = tourYaml.lineOf(['stops', index, 'stop']);
      if (!stopIds.has(entry.stop)) {
        problems.push({
          file: tourYaml.file,
          line,
          message: `stop "${entry.stop}" does not exist: create content/stops/${entry.stop}/ or fix the id`,
        });
      }
      if (seen.has(entry.stop)) {
        problems.push({
          file: tourYaml.file,
          line,
          message: `stop "${entry.stop}" is listed twice: remove one`,
        });
      }
      seen.add(entry.stop);
    });
    tours.push(tour);
  }
  if (tours.length === 0 && entryKind(toursDir) === 'directory') {
    problems.push({
      file: display(toursDir),
      message: 'there is no tour: add at least one tours/<tour-id>.yaml',
    });
  }

  if (site && siteYaml && !tours.some((tour) => tour.id === site.kiosk.defaultTour)) {
    problems.push({
      file: siteYaml.file,
      line: siteYaml.lineOf(['kiosk', 'defaultTour']),
      message: `"kiosk.defaultTour" is "${site.kiosk.defaultTour}", which is not a tour: use one of ${tours.map((t) => t.id).join(', ') || '(no tours yet)'}`,
    });
  }

  checkTotals(reader.files, display, display(dir), problems);

  if (problems.length > 0 || !site) return { problems };
  // Stops are listed in walking order: the default tour's order, then any stop not in it.
  const walkingOrder =
    tours.find((tour) => tour.id === site.kiosk.defaultTour)?.stops.map((e) => e.stop) ?? [];
  const position = (id: string) => {
    const index = walkingOrder.indexOf(id);
    return index === -1 ? walkingOrder.length : index;
  };
  stops.sort((a, b) => position(a.id) - position(b.id));
  return {
    content: {
      site,
      tours,
      stops,
      glossary,
      translations: ui.translations,
      version: hashFiles(reader, dir),
      files,
      safeSvgs,
    },
    problems: [],
  };
}

/** What a stop's Markdown part (`body` or `depth`) is called in messages. */
const PART_NAMES = { body: 'body', depth: 'in-depth text' } as const;

interface MarkdownPart {
  /** False when the part is absent in every language (only the in-depth layer may be). */
  given: boolean;
  /** Sanitised HTML by language (every language when the part is given and has no problems). */
  html: Localized;
  /** Glossary ids used in the part, in order of first use. */
  usedTerms: string[];
  unknownTerms: { file: string; line: number; id: string }[];
}

/**
 * Reads `<part>.<language>.md` of a stop in every language, checked and rendered alike. The body
 * is required; the in-depth layer is optional, but given in one language it is required in all.
 */
function readMarkdownPart(
  stopDir: string,
  part: keyof typeof PART_NAMES,
  codes: readonly Language[],
  files: string[],
  reader: ContentReader,
  glossaryById: Map<string, GlossaryTerm>,
  problems: Problem[],
): MarkdownPart {
  const { display } = reader;
  const pathOf = (language: string) => join(stopDir, `${part}.${language}.md`);
  const result: MarkdownPart = { given: true, html: {}, usedTerms: [], unknownTerms: [] };
  let languages = codes;
  if (part === 'depth') {
    const present = codes.filter((language) => entryKind(pathOf(language)) !== 'missing');
    if (present.length === 0) return { ...result, given: false };
    const missing = codes.filter((language) => !present.includes(language));
    const given = present.map((code) => `${part}.${code}.md`).join(' and ');
    for (const language of missing) {
      problems.push({
        file: display(pathOf(language)),
        message: `the file is missing: the in-depth text is given in ${present.map(englishName).join(' and ')} but not in ${englishName(language)}; write ${part}.${language}.md, or remove ${given} (a stop has its in-depth text in every language or in none)`,
      });
    }
    languages = present;
  }
  for (const language of languages) {
    const path = pathOf(language);
    files.push(path);
    const source = reader.text(path, 'markdown');
    if (source === undefined) continue;
    if (source.trim() === '') {
      problems.push({
        file: display(path),
        message: `the ${englishName(language)} ${PART_NAMES[part]} is empty: write it${part === 'depth' ? ', or remove every depth.*.md of this stop' : ''}`,
      });
      continue;
    }
    for (const issue of checkBody(source)) problems.push({ file: display(path), ...issue });
    const rendered = renderBody(source, language, glossaryById);
    result.html[language] = rendered.html;
    for (const id of rendered.usedTerms) {
      if (!result.usedTerms.includes(id)) result.usedTerms.push(id);
    }
    for (const unknown of rendered.unknownTerms) {
      result.unknownTerms.push({ file: display(path), ...unknown });
    }
  }
  return result;
}

function listEntries(
  dir: string,
  display: (path: string) => string,
  problems: Problem[],
): string[] {
  const kind = entryKind(dir);
  if (kind !== 'directory') {
    problems.push({
      file: display(dir),
      message:
        kind === 'missing'
          ? 'this folder is missing: create it (see docs/content-format.md)'
          : kind === 'file'
            ? 'this must be a folder, but it is a file: see docs/content-format.md'
            : NOT_A_FILE[kind],
    });
    return [];
  }
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort();
}

function reportDuplicates<T>(
  items: T[],
  key: (item: T) => string,
  what: string,
  where: (index: number) => Omit<Problem, 'message'>,
  problems: Problem[],
): void {
  const firstIndex = new Map<string, number>();
  items.forEach((item, index) => {
    const value = key(item);
    const first = firstIndex.get(value);
    if (first === undefined) {
      firstIndex.set(value, index);
      return;
    }
    const firstLine = where(first).line;
    problems.push({
      ...where(index),
      message: `${what} "${value}" is used twice${firstLine ? ` (first on line ${firstLine})` : ''}: each must be unique`,
    });
  });
}

/** A hash of the bytes that were checked (never the files again: they may have changed since). */
function hashFiles(reader: ContentReader, dir: string): string {
  const hash = createHash('sha256');
  for (const [file, { bytes }] of [...reader.files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    hash.update(relative(dir, file));
    hash.update(bytes);
  }
  return hash.digest('hex').slice(0, 12);
}
