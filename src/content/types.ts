// The shape of the tour content after the build has validated it (see docs/content-format.md).
// Shared by the build (pipeline/content/) and the app, so both agree on one model.

declare const declared: unique symbol;
/**
 * A language code declared in site.yaml (`languages:`), such as "zh-CN" or "fr". Only the build's
 * checked list (`site.languages`) and `parseLanguage` make one, so a view never meets a language
 * the content lacks.
 */
export type Language = string & { readonly [declared]: true };

/** A language as site.yaml declares it. */
export interface LanguageInfo {
  code: Language;
  /** Its name in itself ("中文", "English", "Français"): what the language picker shows. */
  name: string;
  /** Other codes `?lang=` accepts for it (the usual variants, `zh`, `en-GB`, are found anyway). */
  aliases: string[];
}

/** A text a visitor sees, in every declared language (keyed by code: the build checks each is there). */
export type Localized = Record<string, string>;

export type Access = 'enter' | 'window' | 'guided' | 'outside';

/** site.yaml's kiosk settings, as every page gets them. */
export interface KioskSettings {
  idleSeconds: number;
  countdownSeconds: number;
  defaultTour: string;
}

export interface Site {
  /** In the order the content lists them. */
  languages: LanguageInfo[];
  name: Localized;
  shortName: Localized;
  tagline: Localized;
  /** `defaultLanguage:` in site.yaml, else the first language. */
  defaultLanguage: Language;
  publicBaseUrl: string;
  /** `staffPinHash` is read by the build; the app gets it from virtual:content/kiosk-lock only. */
  kiosk: KioskSettings & { staffPinHash: string };
}

/** `site` as the app gets it (virtual:content): without the PIN hash, which phones never need. */
export type AppSite = Omit<Site, 'kiosk'> & { kiosk: KioskSettings };

export interface TourStop {
  stop: string;
  minutes: number;
}

export interface Tour {
  id: string;
  title: Localized;
  description: Localized;
  stops: TourStop[];
}

export interface StopLocation {
  place: Localized;
  access: Access;
  note?: Localized;
}

/** What a list of stops needs about each: small, all in one chunk (virtual:content/stops). */
export interface StopSummary {
  id: string;
  title: Localized;
  summary: Localized;
  location: StopLocation;
}

export interface StopImage {
  /** Built asset URL per language (the same URL twice when one file serves both). */
  src: Localized;
  /** Photos only: the responsive sizes per language, as an `srcset` (SVG diagrams have none). */
  srcset?: Localized;
  width?: number;
  height?: number;
  alt: Localized;
  caption?: Localized;
  credit: Localized;
  diagram: boolean;
}

export interface GuideQuestion {
  q: Localized;
  a: Localized;
}

export interface GuideNotes {
  talkingPoints: Localized[];
  pointOut: Localized[];
  safety: Localized[];
  questions: GuideQuestion[];
}

export interface Source {
  ref?: string;
  title: string;
  url?: string;
}

/**
 * The optional "in depth" layer of a stop (depth.<language>.md): a few paragraphs for specialists,
 * in every language or none. Rendered and sanitised at build time, like the body.
 */
export interface StopDepth {
  body: Localized;
  /** Glossary ids used in the in-depth text, in order of first use. */
  terms: string[];
}

/** Which text of a stop is shown: the overview (its body) or the in-depth layer. */
export type StopLayer = 'overview' | 'depth';

/** A whole stop, loaded on demand: body HTML is sanitised at build time. */
export interface Stop extends StopSummary {
  body: Localized;
  depth?: StopDepth;
  facts: Localized[];
  images: StopImage[];
  guide: GuideNotes;
  sources: Source[];
  /** Glossary ids used in the body, in order of first use. */
  terms: string[];
}

export interface GlossaryTerm {
  id: string;
  term: Localized;
  definition: Localized;
}
