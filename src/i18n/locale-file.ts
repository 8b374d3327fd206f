// How a locale file is named, for the app (src/i18n/locales/) and the content (content/locales/)
// alike: `<namespace>.<language code>.json`, e.g. `kiosk.zh-CN.json`.

/** A locale file's strings: texts, or groups of texts (`access.window`). */
export interface UiStrings {
  [key: string]: string | UiStrings;
}

const NAME = /(?:^|\/)([a-z][a-z0-9-]*)\.([A-Za-z0-9-]+)\.json$/;

/** The namespace and language of a locale file, from its name or path; undefined if it is not one. */
export function localeFileOf(path: string): { namespace: string; code: string } | undefined {
  const match = NAME.exec(path);
  return match ? { namespace: match[1], code: match[2] } : undefined;
}
