// Line breaking the build settles in the text itself, so that editors write ordinary spaces and
// no line of any view starts with a unit or splits a range ("2～6" | "℃"). Applied to every
// visible text: the YAML texts (schema.ts) and the Markdown bodies (markdown.ts).

const NO_BREAK_SPACE = '\u00a0';
/** Forbids a line break where it stands, and draws nothing (no font needs a glyph for it). */
const WORD_JOINER = '\u2060';

/** Units written after a number with a space; the longest first, so "g/L" is not read as "g". */
const UNITS = [
  'mmHg',
  'g/dL',
  'g/L',
  'mg/L',
  'min',
  'kDa',
  'IU',
  'mL',
  'µL',
  'μL',
  'µm',
  'μm',
  'mm',
  'cm',
  'kg',
  'mg',
  'Gy',
  '°C',
  '℃',
  '%',
  'L',
  'g',
  'h',
  'd',
  'U',
];

const asPattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
// A unit ends where no Latin letter or digit follows ("mL全血" is a unit, "hours" is not).
const UNIT = `(?:${UNITS.map(asPattern).join('|')})(?![A-Za-z0-9])`;
const NUMBER = String.raw`\d+(?:[.,]\d+)?`;
/** Range signs between two numbers: the full-width tilde of Chinese, the en dash, the tilde. */
const RANGE_SIGN = '[～~–]';

/** `2 mL` → `2␣mL` (no-break space). */
const NUMBER_AND_UNIT = new RegExp(`(\\d)[ \\u00a0]+(?=${UNIT})`, 'gu');
/** `2～6 ℃` → `2⁠～⁠6 ℃`: a range followed by its unit never splits either. */
const RANGE_WITH_UNIT = new RegExp(
  `(${NUMBER})(${RANGE_SIGN})(${NUMBER})(?=[ \\u00a0]?${UNIT})`,
  'gu',
);

/** A visible text with its numbers kept together with their units, and ranges kept whole. */
export function keepUnitsTogether(text: string): string {
  return text
    .replace(RANGE_WITH_UNIT, `$1${WORD_JOINER}$2${WORD_JOINER}$3`)
    .replace(NUMBER_AND_UNIT, `$1${NO_BREAK_SPACE}`);
}
