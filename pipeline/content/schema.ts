import * as v from 'valibot';
import type { Language, LanguageInfo } from '../../src/content/types.ts';
import { DEFAULT_LANGUAGES, englishName, everyLanguage, keyList } from './languages.ts';
import { keepUnitsTogether } from './typography.ts';

// The schemas of the content files (docs/content-format.md). Messages are written for the
// communications staff who edit the files: they say what is wrong and how to fix it.

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const id = v.pipe(
  v.string('must be an id such as "cord-blood-bank"'),
  v.regex(
    ID_PATTERN,
    'must be lower-case ASCII letters, digits and hyphens, such as "cord-blood-bank"',
  ),
);

const positiveInteger = (what: string) =>
  v.pipe(
    v.number(`must be a number of ${what}`),
    v.integer(`must be a whole number of ${what}`),
    v.minValue(1, `must be at least 1 ${what.replace(/s$/, '')}`),
  );

/** A whole number of seconds a kiosk timer can use: below `min` a visitor is cut off mid-sentence. */
const secondsBetween = (min: number, max: number, why: string) =>
  v.pipe(
    positiveInteger('seconds'),
    v.minValue(min, `must be ${min} to ${max} seconds (${why})`),
    v.maxValue(max, `must be ${min} to ${max} seconds (${why})`),
  );

/** `pbkdf2-sha256$<iterations>$<salt hex, 16 bytes or more>$<hash hex, 32 bytes>` (scripts/pin.ts). */
const PIN_HASH = /^pbkdf2-sha256\$(\d{1,15})\$((?:[0-9a-f]{2}){16,})\$[0-9a-f]{64}$/;
/** Fewer iterations make the PIN quick to guess from the hash; more keep staff waiting or out. */
export const PIN_ITERATIONS_RANGE = { min: 10_000, max: 10_000_000 };

/** The iteration count of a well-formed hash; a malformed one is reported by the regex alone. */
const iterationsOf = (hash: string) => Number(PIN_HASH.exec(hash)?.[1] ?? PIN_ITERATIONS_RANGE.min);

const pinHash = v.pipe(
  v.string('must be a PIN hash made with `npm run pin -- <PIN>`'),
  v.regex(PIN_HASH, 'must be a PIN hash made with `npm run pin -- <PIN>` (never the PIN itself)'),
  v.check(
    (hash) => {
      const iterations = iterationsOf(hash);
      return iterations >= PIN_ITERATIONS_RANGE.min && iterations <= PIN_ITERATIONS_RANGE.max;
    },
    (issue) =>
      `has ${iterationsOf(String(issue.input)).toLocaleString('en')} iterations, but it needs ${PIN_ITERATIONS_RANGE.min.toLocaleString('en')} to ${PIN_ITERATIONS_RANGE.max.toLocaleString('en')} (fewer make the PIN easy to guess, more keep staff out of the panel): make a new hash with \`npm run pin -- <PIN>\``,
  ),
);

const fileName = v.pipe(
  v.string('must be the name of a file in the stop folder'),
  v.regex(
    /^[\w.-]+\.(svg|png|jpe?g|webp)$/i,
    'must be an image file name ending in .svg, .png, .jpg or .webp',
  ),
);

const sources = v.pipe(
  v.array(
    v.strictObject({
      ref: v.optional(v.string('must be a short code such as S7')),
      title: v.pipe(v.string('must be the title of the source'), v.trim(), v.nonEmpty('is empty')),
      url: v.optional(
        v.pipe(
          v.string('must be a web address'),
          v.regex(/^https?:\/\//, 'must start with https://'),
        ),
      ),
    }),
    'must be a list of sources, each with at least "title:"',
  ),
  v.minLength(1, 'every stop must list the sources of its facts'),
);

/** `fr`, `zh-CN`, `pt-BR`: a language code as BCP 47 writes it (the browser's own spelling). */
const languageCode = v.pipe(
  v.string('must be a language code such as "fr" or "zh-CN"'),
  v.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'must be a language code such as "fr" or "zh-CN"'),
  v.check(
    (code) => canonical(code) === code,
    (issue) => `must be written "${canonical(String(issue.input))}" (the standard spelling)`,
  ),
  v.transform((code) => code as Language),
);

function canonical(code: string): string {
  try {
    return Intl.getCanonicalLocales(code)[0];
  } catch {
    return code;
  }
}

/**
 * The languages of the content (site.yaml `languages:` and `defaultLanguage:`), read before the
 * rest, since every other text is checked against them. Without the list: Chinese and English.
 */
export const languagesSchema = v.object({
  languages: v.optional(
    v.pipe(
      v.array(
        v.strictObject({
          code: languageCode,
          name: v.pipe(
            v.string('must be the language\'s name, written in that language (e.g. "Français")'),
            v.trim(),
            v.nonEmpty('is empty: write the language\'s name in that language (e.g. "Français")'),
          ),
          aliases: v.optional(
            v.array(v.string('must be a language code'), 'must be a list of codes'),
            [],
          ),
        }),
        'must be a list of languages, each with "code:" and "name:"',
      ),
      v.minLength(1, 'must list at least one language'),
    ),
    () => structuredClone(DEFAULT_LANGUAGES),
  ),
  defaultLanguage: v.optional(languageCode),
});

export type LanguagesInput = v.InferOutput<typeof languagesSchema>;

/** The schemas of the other content files, for the languages the content declares. */
export function contentSchemas(languages: readonly LanguageInfo[]) {
  const codes = languages.map((language) => language.code);
  /** Every text a visitor sees passes here: checked, then set for line breaking (typography.ts). */
  const text = (code: string) => {
    const name = `${englishName(code)} (${code})`;
    return v.pipe(
      v.string(`must be the ${name} text`),
      v.trim(),
      v.nonEmpty(`the ${name} text is empty: write it`),
      v.transform(keepUnitsTogether),
    );
  };
  const perLanguage = <T extends v.GenericSchema>(schema: (code: string) => T) =>
    Object.fromEntries(codes.map((code) => [code, schema(code)])) as Record<string, T>;

  /** A visible text: every language required and non-empty. */
  const localized = v.strictObject(
    perLanguage(text),
    `must give the text in ${everyLanguage(codes.length)}, as ${keyList(codes)} on their own lines`,
  );

  const site = v.strictObject({
    // Checked on their own, before everything else (languagesSchema).
    languages: v.optional(v.unknown()),
    defaultLanguage: v.optional(v.unknown()),
    name: localized,
    shortName: localized,
    tagline: localized,
    publicBaseUrl: v.pipe(
      v.string('must be the web address where the app is hosted'),
      v.regex(
        /^https?:\/\/[^\s/]+(\/[^\s]*)?$/,
        'must be a web address such as https://tour.example.org',
      ),
    ),
    kiosk: v.strictObject({
      // The same upper limits as ?idle= and ?countdown= (src/modes/kiosk/kiosk-settings.ts).
      idleSeconds: secondsBetween(10, 3600, 'time for a visitor to read without touching'),
      countdownSeconds: secondsBetween(3, 120, 'time to answer "Are you still there?"'),
      defaultTour: id,
      staffPinHash: pinHash,
    }),
  });

  const tour = v.strictObject({
    id,
    title: localized,
    description: localized,
    stops: v.pipe(
      v.array(
        v.strictObject({ stop: id, minutes: positiveInteger('minutes') }),
        'must be a list of stops, each with "stop:" and "minutes:"',
      ),
      v.minLength(1, 'a tour needs at least one stop'),
    ),
  });

  const image = v.strictObject({
    file: v.union(
      [fileName, v.strictObject(perLanguage(() => fileName))],
      `must be an image file name, or one per language as ${keyList(codes)}`,
    ),
    alt: localized,
    caption: v.optional(localized),
    credit: localized,
    diagram: v.optional(v.boolean('must be true or false')),
  });

  const localizedList = v.array(localized, `must be a list of texts, each with ${keyList(codes)}`);

  const stop = v.strictObject({
    id,
    title: localized,
    summary: localized,
    location: v.strictObject({
      place: localized,
      access: v.picklist(
        ['enter', 'window', 'guided', 'outside'],
        'must be one of: enter, window, guided, outside',
      ),
      note: v.optional(localized),
    }),
    facts: v.pipe(
      localizedList,
      v.minLength(3, 'a stop needs 3 to 6 key facts: add more'),
      v.maxLength(6, 'a stop needs 3 to 6 key facts: keep the 6 most important'),
    ),
    images: v.optional(v.array(image, 'must be a list of images'), []),
    guide: v.strictObject({
      talkingPoints: v.pipe(
        localizedList,
        v.minLength(1, 'give the guide at least one talking point'),
      ),
      pointOut: v.optional(localizedList, []),
      safety: v.optional(localizedList, []),
      questions: v.optional(
        v.array(v.strictObject({ q: localized, a: localized }), 'must be a list of "q:" and "a:"'),
        [],
      ),
    }),
    sources,
  });

  const glossary = v.array(
    v.strictObject({ id, term: localized, definition: localized }),
    'must be a list of terms, each starting with "- id:"',
  );

  return { localized, site, tour, stop, glossary };
}

type Schemas = ReturnType<typeof contentSchemas>;
export type SiteInput = v.InferOutput<Schemas['site']>;
export type TourInput = v.InferOutput<Schemas['tour']>;
export type StopInput = v.InferOutput<Schemas['stop']>;
export type GlossaryInput = v.InferOutput<Schemas['glossary']>;
