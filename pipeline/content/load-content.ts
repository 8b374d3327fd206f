import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import type {
  GlossaryTerm,
  Language,
  Localized,
  Site,
  Stop,
  StopImage,
  Tour,
} from '../../src/content/types.ts';
import { LANGUAGES } from '../../src/content/types.ts';
import { renderBody } from './markdown.ts';
import type { Problem } from './problems.ts';
import { readText } from './read-text.ts';
import { glossarySchema, siteSchema, stopSchema, tourSchema } from './schema.ts';
import { validate } from './validate.ts';
import { parseYaml } from './yaml-file.ts';

/** An image as the build sees it: files on disk, turned into URLs by the Vite plugin. */
export interface SourceImage extends Omit<StopImage, 'src'> {
  files: Localized;
}

export interface BuildStop extends Omit<Stop, 'images'> {
  images: SourceImage[];
}

export interface Content {
  site: Site;
  tours: Tour[];
  stops: BuildStop[];
  glossary: GlossaryTerm[];
  /** A short hash of every content file: changes whenever any content changes. */
  version: string;
  /** Every file that was read, so the dev server can watch them. */
  files: string[];
}

export type LoadResult =
  | { content: Content; problems: [] }
  | { content?: undefined; problems: Problem[] };

const LANGUAGE_NAMES: Record<Language, string> = { 'zh-CN': 'Chinese', en: 'English' };

/** Reads, validates and cross-checks a content folder. Never throws for bad content. */
export function loadContent(dir: string): LoadResult {
  const problems: Problem[] = [];
  const files: string[] = [];
  const display = (path: string) => relative(process.cwd(), path) || path;

  const readYaml = (path: string) => {
    files.push(path);
    const text = readText(path, display(path), problems);
    return text === undefined ? undefined : parseYaml(text, display(path), problems);
  };

  if (!isDirectory(dir)) {
    return { problems: [{ file: display(dir), message: 'the content folder does not exist' }] };
  }

  // site.yaml
  const siteYaml = readYaml(join(dir, 'site.yaml'));
  const site = siteYaml && validate(siteSchema, siteYaml, problems);

  // glossary.yaml
  const glossaryYaml = readYaml(join(dir, 'glossary.yaml'));
  const glossary = (glossaryYaml && validate(glossarySchema, glossaryYaml, problems)) ?? [];
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
    for (const language of LANGUAGES) {
      reportDuplicates(
        glossary,
        (term) => term.term[language],
        `${LANGUAGE_NAMES[language]} term`,
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
    if (!isDirectory(stopDir)) {
      problems.push({
        file: display(stopDir),
        message:
          'each stop is a folder (stops/<stop-id>/stop.yaml): move this file into a stop folder',
      });
      continue;
    }
    const stopYaml = readYaml(join(stopDir, 'stop.yaml'));
    const input = stopYaml && validate(stopSchema, stopYaml, problems);
    const bodies = {} as Localized;
    const usedTerms: string[] = [];
    for (const language of LANGUAGES) {
      const bodyPath = join(stopDir, `body.${language}.md`);
      files.push(bodyPath);
      const source = readText(bodyPath, display(bodyPath), problems);
      if (source === undefined) continue;
      if (source.trim() === '') {
        problems.push({
          file: display(bodyPath),
          message: `the ${LANGUAGE_NAMES[language]} body is empty: write it`,
        });
        continue;
      }
      const rendered = renderBody(source, language, glossaryById);
      bodies[language] = rendered.html;
      for (const id of rendered.usedTerms) if (!usedTerms.includes(id)) usedTerms.push(id);
      // An invalid glossary is reported on its own; checking terms against it would only add noise.
      for (const unknown of glossaryIsValid ? rendered.unknownTerms : []) {
        problems.push({
          file: display(bodyPath),
          line: unknown.line,
          message: `glossary term "[[${unknown.id}]]" is not in glossary.yaml: add it there or fix the id`,
        });
      }
    }
    if (!input || !stopYaml) continue;
    if (input.id !== name) {
      problems.push({
        file: stopYaml.file,
        line: stopYaml.lineOf(['id']),
        message: `"id" is "${input.id}" but the folder is "${name}": they must be the same (a stop id never changes once printed on a sign)`,
      });
    }
    const images: SourceImage[] = [];
    input.images.forEach((image, index) => {
      const names: Localized =
        typeof image.file === 'string' ? { 'zh-CN': image.file, en: image.file } : image.file;
      const paths = {} as Localized;
      for (const language of LANGUAGES) {
        const path = join(stopDir, names[language]);
        paths[language] = path;
        if (!existsSync(path)) {
          if (language === 'en' && names.en === names['zh-CN']) continue; // one file, reported once
          problems.push({
            file: stopYaml.file,
            line: stopYaml.lineOf(['images', index, 'file']),
            message: `image "${names[language]}" is not in the stop's folder (stops/${name}/): add the file or fix the name`,
          });
        } else {
          files.push(path);
        }
      }
      images.push({
        files: paths,
        ...svgSize(paths.en),
        alt: image.alt,
        caption: image.caption,
        credit: image.credit,
        diagram: image.diagram ?? extname(paths.en).toLowerCase() === '.svg',
      });
    });
    stops.push({
      id: input.id,
      title: input.title,
      summary: input.summary,
      location: input.location,
      body: bodies,
      facts: input.facts,
      images,
      guide: input.guide,
      sources: input.sources,
      terms: usedTerms,
    });
  }
  // A stop whose folder exists counts as existing even if its files have problems of their own,
  // so one mistake is reported once, not again by every tour that lists the stop.
  const stopIds = new Set(
    listEntries(stopsDir, display, []).filter((n) => isDirectory(join(stopsDir, n))),
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
    const tour = tourYaml && validate(tourSchema, tourYaml, problems);
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
  if (tours.length === 0 && isDirectory(toursDir)) {
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
    content: { site, tours, stops, glossary, version: hashFiles(files, dir), files },
    problems: [],
  };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function listEntries(
  dir: string,
  display: (path: string) => string,
  problems: Problem[],
): string[] {
  if (!isDirectory(dir)) {
    problems.push({
      file: display(dir),
      message: 'this folder is missing: create it (see docs/content-format.md)',
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

/** Intrinsic size of an SVG, so the page can reserve its space before it loads. */
function svgSize(path: string): { width?: number; height?: number } {
  if (extname(path).toLowerCase() !== '.svg' || !existsSync(path)) return {};
  const head = readFileSync(path, 'utf8').slice(0, 2000);
  const viewBox = /viewBox\s*=\s*["']\s*[\d.-]+[\s,]+[\d.-]+[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(
    head,
  );
  if (viewBox)
    return { width: Math.round(Number(viewBox[1])), height: Math.round(Number(viewBox[2])) };
  const width = /\swidth\s*=\s*["']([\d.]+)/.exec(head);
  const height = /\sheight\s*=\s*["']([\d.]+)/.exec(head);
  return width && height
    ? { width: Math.round(Number(width[1])), height: Math.round(Number(height[1])) }
    : {};
}

function hashFiles(files: string[], dir: string): string {
  const hash = createHash('sha256');
  for (const file of [...new Set(files)].sort()) {
    hash.update(relative(dir, file));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 12);
}
