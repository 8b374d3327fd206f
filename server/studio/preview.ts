// The edited stop in the shape the app's own components take (src/content/types.ts `Stop`), made
// from the draft as it is (problems and all, so a half-written stop still previews): the body
// through the build's Markdown pipeline (pipeline/content/markdown.ts: sanitised HTML, terms),
// images pointing at the studio's media route. Nothing typed reaches the page as markup.
import { renderBody } from '../../pipeline/content/markdown.ts';
import type { GlossaryTerm, Language, Localized, Stop } from '../../src/content/types.ts';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const record = (value: unknown): Record<string, unknown> => (isPlainObject(value) ? value : {});

function localized(value: unknown, languages: readonly string[]): Localized {
  const source = record(value);
  return Object.fromEntries(
    languages.map((code) => [code, typeof source[code] === 'string' ? source[code] : '']),
  );
}

export function glossaryOf(data: unknown, languages: readonly string[]): GlossaryTerm[] {
  return list(data)
    .map(record)
    .filter((term) => typeof term.id === 'string')
    .map((term) => ({
      id: term.id as string,
      term: localized(term.term, languages),
      definition: localized(term.definition, languages),
    }));
}

export function previewStop(
  id: string,
  data: unknown,
  texts: Record<string, string>,
  languages: readonly string[],
  glossary: GlossaryTerm[],
): Stop {
  const stop = record(data);
  const text = (value: unknown) => localized(value, languages);
  const glossaryById = new Map(glossary.map((term) => [term.id, term]));
  const body: Localized = {};
  const terms: string[] = [];
  for (const code of languages) {
    const rendered = renderBody(texts[`body.${code}.md`] ?? '', code as Language, glossaryById);
    body[code] = rendered.html;
    for (const term of rendered.usedTerms) if (!terms.includes(term)) terms.push(term);
  }
  // The in-depth layer, when the stop has one in any language (the check wants it in all).
  const hasDepth = languages.some((code) => (texts[`depth.${code}.md`] ?? '').trim() !== '');
  const depthBody: Localized = {};
  const depthTerms: string[] = [];
  if (hasDepth) {
    for (const code of languages) {
      const rendered = renderBody(texts[`depth.${code}.md`] ?? '', code as Language, glossaryById);
      depthBody[code] = rendered.html;
      for (const term of rendered.usedTerms) if (!depthTerms.includes(term)) depthTerms.push(term);
    }
  }
  const location = record(stop.location);
  const guide = record(stop.guide);
  const access = ['enter', 'window', 'guided', 'outside'].includes(location.access as string)
    ? (location.access as Stop['location']['access'])
    : 'outside';
  const mediaUrl = (file: unknown) =>
    typeof file === 'string' && /^[\w.-]+\.(svg|png|jpe?g|webp)$/i.test(file)
      ? `/api/studio/media/${id}/${encodeURIComponent(file)}`
      : '';
  return {
    id,
    title: text(stop.title),
    summary: text(stop.summary),
    location: {
      place: text(location.place),
      access,
      ...(location.note ? { note: text(location.note) } : {}),
    },
    body,
    facts: list(stop.facts).map(text),
    images: list(stop.images)
      .map(record)
      .map((image) => ({
        src: Object.fromEntries(
          languages.map((code) => [
            code,
            mediaUrl(typeof image.file === 'string' ? image.file : record(image.file)[code]),
          ]),
        ),
        alt: text(image.alt),
        ...(image.caption ? { caption: text(image.caption) } : {}),
        credit: text(image.credit),
        diagram: image.diagram === true,
      })),
    guide: {
      talkingPoints: list(guide.talkingPoints).map(text),
      pointOut: list(guide.pointOut).map(text),
      safety: list(guide.safety).map(text),
      questions: list(guide.questions)
        .map(record)
        .map((question) => ({ q: text(question.q), a: text(question.a) })),
    },
    sources: list(stop.sources)
      .map(record)
      .map((source) => ({
        title: typeof source.title === 'string' ? source.title : '',
        ...(typeof source.ref === 'string' ? { ref: source.ref } : {}),
        ...(typeof source.url === 'string' && /^https?:\/\//.test(source.url)
          ? { url: source.url }
          : {}),
      })),
    terms,
    ...(hasDepth ? { depth: { body: depthBody, terms: depthTerms } } : {}),
  };
}
