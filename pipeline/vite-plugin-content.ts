import type { Plugin } from 'vite';
import type { StopSummary } from '../src/content/types.ts';
import { failBuild } from './content/fail-build.ts';
import type { BuildStop, Content } from './content/load-content.ts';
import { ContentError } from './content/problems.ts';
import { safeSvgFile } from './safe-svg-files.ts';
import type { TourBuild } from './tour-build.ts';
import { RASTER_IMAGE, RESPONSIVE_QUERY } from './vite-plugin-images.ts';

// Turns content/ into virtual modules (data flows one way: files → validation → typed modules):
//   virtual:content               site, tours (main bundle: keep it small)
//   virtual:content/stops         stop summaries and loaders (grows with every stop, so it is
//                                 kept out of the initial JS of "/": scripts/check-budgets.ts)
//   virtual:content/stop/<id>     one whole stop (own chunk, loaded on demand)
//   virtual:content/glossary      the glossary (own chunk)
//   virtual:content/kiosk-lock    the staff PIN hash: imported only by the kiosk's PIN pad, so it
//                                 is never part of what a phone loads for "/" (test/dist/)
//   virtual:content/locales/<ns>  the content's translations of one namespace of UI strings
//                                 (content/locales/<ns>.<code>.json), imported where the app's
//                                 own are: src/i18n/ui-strings.ts

const INDEX_ID = 'virtual:content';
const STOPS_ID = 'virtual:content/stops';
const STOP_PREFIX = 'virtual:content/stop/';
const GLOSSARY_ID = 'virtual:content/glossary';
const KIOSK_LOCK_ID = 'virtual:content/kiosk-lock';
const LOCALES_PREFIX = 'virtual:content/locales/';

/** The content modules of one build; the content is the build's own (read and checked once). */
export function contentPlugin(build: TourBuild): Plugin {
  const dir = build.contentDir;
  const load = (): Content => {
    try {
      return build.content();
    } catch (error) {
      // The list of problems is the whole message: no stack trace for content editors.
      if (error instanceof ContentError) error.stack = error.message;
      throw error;
    }
  };

  return {
    name: 'sbc-content',
    enforce: 'pre',
    configResolved(config) {
      if (config.command !== 'build') return;
      // Check before bundling starts, so a content editor sees only the list of problems,
      // not a bundler stack trace.
      try {
        build.content();
      } catch (error) {
        if (error instanceof ContentError) failBuild(config.logger, error.problems);
        throw error;
      }
    },
    buildStart() {
      for (const file of load().files) this.addWatchFile(file);
    },
    resolveId(id) {
      if (
        id === INDEX_ID ||
        id === STOPS_ID ||
        id === GLOSSARY_ID ||
        id === KIOSK_LOCK_ID ||
        id.startsWith(STOP_PREFIX) ||
        id.startsWith(LOCALES_PREFIX)
      ) {
        return `\0${id}`;
      }
      return undefined;
    },
    load(id) {
      if (!id.startsWith('\0virtual:content')) return undefined;
      const data = load();
      const name = id.slice(1);
      if (name === INDEX_ID) return indexModule(data, build.publicBaseUrl());
      if (name === STOPS_ID) return stopsModule(data);
      if (name === GLOSSARY_ID) return `export default ${JSON.stringify(data.glossary)};`;
      if (name === KIOSK_LOCK_ID) {
        return `export const staffPinHash = ${JSON.stringify(data.site.kiosk.staffPinHash)};`;
      }
      if (name.startsWith(LOCALES_PREFIX)) {
        const namespace = name.slice(LOCALES_PREFIX.length);
        return `export default ${JSON.stringify(data.translations[namespace] ?? {})};`;
      }
      const stop = data.stops.find((s) => s.id === name.slice(STOP_PREFIX.length));
      return stop ? stopModule(stop, data.safeSvgs) : undefined;
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(dir)) return;
      build.contentChanged();
      for (const module of server.moduleGraph.idToModuleMap.values()) {
        if (module.id?.startsWith('\0virtual:content')) server.moduleGraph.invalidateModule(module);
      }
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}

function indexModule(content: Content, publicBaseUrl: string): string {
  // Every page has `site`: the PIN hash stays out of it (virtual:content/kiosk-lock).
  const { staffPinHash: _hash, ...kiosk } = content.site.kiosk;
  // The app's links to itself (the kiosk's phone QR codes, the handout) use the address the
  // build resolved, as the printed signs do: PUBLIC_BASE_URL when set.
  const site = { ...content.site, publicBaseUrl, kiosk };
  return [
    `export const site = ${JSON.stringify(site)};`,
    `export const tours = ${JSON.stringify(content.tours)};`,
    `export const loadGlossary = () => import(${JSON.stringify(GLOSSARY_ID)});`,
  ].join('\n');
}

function stopsModule(content: Content): string {
  const summaries: StopSummary[] = content.stops.map(({ id, title, summary, location }) => ({
    id,
    title,
    summary,
    location,
  }));
  const loaders = content.stops
    .map(
      (stop) =>
        `  ${JSON.stringify(stop.id)}: () => import(${JSON.stringify(STOP_PREFIX + stop.id)}),`,
    )
    .join('\n');
  return [
    `export const stops = ${JSON.stringify(summaries)};`,
    `export const stopLoaders = {\n${loaders}\n};`,
  ].join('\n');
}

function stopModule(stop: BuildStop, safeSvgs: Map<string, string>): string {
  const imports: string[] = [];
  const urls = new Map<string, string>();
  // SVG diagrams ship sanitised (content/svg.ts); photos get responsive sizes (vite-plugin-images.ts).
  const importOf = (file: string) => {
    let name = urls.get(file);
    if (!name) {
      name = `image${urls.size}`;
      urls.set(file, name);
      const source = RASTER_IMAGE.test(file)
        ? `${file}${RESPONSIVE_QUERY}`
        : `${safeSvgFile(file, sanitised(safeSvgs, file))}?url`;
      imports.push(`import ${name} from ${JSON.stringify(source)};`);
    }
    return name;
  };
  const images = stop.images.map(({ files, ...image }) => {
    const languages = Object.keys(files);
    const isPhoto = (language: string) => RASTER_IMAGE.test(files[language]);
    const perLanguage = (value: (name: string, language: string) => string) =>
      `{ ${languages.map((language) => `${JSON.stringify(language)}: ${value(importOf(files[language]), language)}`).join(', ')} }`;
    const photoLanguage = languages.find(isPhoto);
    if (photoLanguage === undefined) {
      return `{ ...${JSON.stringify(image)}, src: ${perLanguage((name) => name)} }`;
    }
    // A photo's size comes from its file; an SVG in another language keeps its own URL.
    const sized = importOf(files[photoLanguage]);
    const src = perLanguage((name, language) => (isPhoto(language) ? `${name}.src` : name));
    const srcset = perLanguage((name, language) => (isPhoto(language) ? `${name}.srcset` : '""'));
    return `{ ...${JSON.stringify(image)}, src: ${src}, srcset: ${srcset}, width: ${sized}.width, height: ${sized}.height }`;
  });
  const { images: _images, ...rest } = stop;
  return `${imports.join('\n')}\nexport default { ...${JSON.stringify(rest)}, images: [${images.join(', ')}] };`;
}

/** Never the editor's own SVG file: only what the loader has sanitised ships. */
function sanitised(safeSvgs: Map<string, string>, file: string): string {
  const text = safeSvgs.get(file);
  if (text === undefined) throw new Error(`${file} was not sanitised by the content loader`);
  return text;
}
