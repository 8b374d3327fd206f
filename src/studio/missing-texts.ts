// Shared by the studio server (the list's counts) and the studio UI (each field's flag).
// "2 texts have no English": every text of a document (an object keyed by language codes, or a
// Markdown file per language) that lacks a language or leaves it empty, counted per language.

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A text is an object whose keys are all language codes (a language may be missing from it). */
function isText(value: Record<string, unknown>, languages: readonly string[]): boolean {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => languages.includes(key));
}

const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';

export function missingTexts(
  data: unknown,
  texts: Record<string, string>,
  languages: readonly string[],
  textKinds: readonly string[] = [],
): Record<string, number> {
  const counts = Object.fromEntries(languages.map((code) => [code, 0]));
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (isPlainObject(value)) {
      if (isText(value, languages)) {
        for (const code of languages) if (blank(value[code])) counts[code]++;
      } else Object.values(value).forEach(walk);
    }
  };
  walk(data);
  for (const kind of textKinds) {
    const present = languages.filter((code) => !blank(texts[`${kind}.${code}.md`]));
    // A Markdown part nobody wrote in any language is not a missing translation.
    if (present.length === 0) continue;
    for (const code of languages) if (blank(texts[`${kind}.${code}.md`])) counts[code]++;
  }
  return counts;
}
