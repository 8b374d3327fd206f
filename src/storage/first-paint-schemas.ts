// Schemas for the two values "/" reads before its first paint (the language, the visited stops).
// They are written out here rather than with valibot, which would add about 2 KB gzip to the
// initial JS of "/" (budget: scripts/check-budgets.ts); they implement the same Standard Schema
// interface, so stored-value.ts treats them like any valibot schema. Everything else uses valibot.
import { isStoredId } from './limits.ts';
import type { Schema } from './stored-value.ts';

function schema<T>(check: (value: unknown) => { value: T } | undefined): Schema<T> {
  return {
    '~standard': {
      validate: (value) => check(value) ?? { issues: [{ message: 'not of this shape' }] },
    },
  };
}

/** One of `options`, exactly. */
export function oneOf<T extends string>(options: readonly T[]): Schema<T> {
  return schema((value) => (options.includes(value as T) ? { value: value as T } : undefined));
}

/**
 * An object of id → list of ids, at most `maxKeys` keys and `maxItems` ids a list, each list
 * without repeats. Only own keys that are ids are read, so `__proto__` never gets through.
 */
export function idLists(maxKeys: number, maxItems: number): Schema<Record<string, string[]>> {
  return schema((value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const entries = Object.entries(value);
    if (entries.length > maxKeys) return undefined;
    const out: Record<string, string[]> = {};
    for (const [key, list] of entries) {
      if (!isStoredId(key) || !Array.isArray(list) || list.length > maxItems) return undefined;
      if (!list.every(isStoredId)) return undefined;
      out[key] = [...new Set(list)];
    }
    return { value: out };
  });
}
