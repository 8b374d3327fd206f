// A number of seconds given on the URL (`?idle=`, `?countdown=`, `?updateCheck=`): untrusted, so
// parsed with a schema and clamped into the range its timer can use. Browsers run a timer longer
// than 2^31−1 ms (24.8 days) at once, so an unclamped "huge" value polls or resets without pause.
import * as v from 'valibot';

/** The longest delay `setTimeout` / `setInterval` honour, in seconds. */
export const MAX_TIMER_SECONDS = (2 ** 31 - 1) / 1000;

export interface SecondsRange {
  /** Shortest accepted value; a smaller positive value is raised to it. */
  min: number;
  /** Longest accepted value (at most MAX_TIMER_SECONDS); a larger value is lowered to it. */
  max: number;
}

/** A plain non-negative decimal, exponent allowed (`90`, `0.5`, `1e12`); no sign, hex or words. */
const secondsSchema = v.pipe(
  v.string(),
  v.trim(),
  v.regex(/^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i),
  v.transform(Number),
  v.number(),
  v.gtValue(0),
);

/**
 * Seconds from a URL value, clamped into `range`; undefined when absent, empty, zero, negative
 * or not a number (the caller then uses its default). Never NaN or Infinity.
 */
export function secondsParam(
  value: string | null | undefined,
  range: SecondsRange,
): number | undefined {
  const parsed = v.safeParse(secondsSchema, value);
  if (!parsed.success) return undefined;
  return clampSeconds(parsed.output, range);
}

/** `seconds` moved into `range` (a configured value gets the same treatment as a URL value). */
export function clampSeconds(seconds: number, range: SecondsRange): number {
  const max = Math.min(range.max, MAX_TIMER_SECONDS);
  if (Number.isNaN(seconds)) return range.min;
  return Math.min(max, Math.max(range.min, seconds));
}
