// The one way the app reads and writes Web Storage. A stored value is untrusted: an older or newer
// app version, a browser extension or someone with the developer tools may have written it. So
// every read is parsed with the key's schema, and what does not fit is removed and replaced by the
// default: no stored value can blank a page. Storage that is full, disabled (SecurityError) or
// missing only means the value lasts as long as the page.
// WARNING: This module is part of the main bundle: it takes any Standard Schema and does not import
// valibot itself, so valibot stays out of the initial JS of "/" (see first-paint-schemas.ts).
import type { StorageKey } from './keys.ts';

type Result<T> = { readonly value: T; readonly issues?: undefined } | { readonly issues: unknown };

/** A Standard Schema (standardschema.dev): what every valibot schema is, and first-paint-schemas.ts. */
export interface Schema<T> {
  readonly '~standard': { readonly validate: (value: unknown) => Result<T> | Promise<Result<T>> };
}

/** The schema's output for `data`, or undefined when it does not fit. */
export function validate<T>(schema: Schema<T>, data: unknown): { value: T } | undefined {
  const result = schema['~standard'].validate(data);
  // A stored value is read synchronously: an asynchronous schema counts as not fitting.
  if (result instanceof Promise || result.issues) return undefined;
  return { value: (result as { value: T }).value };
}

export interface StoredValueOptions<T> {
  key: StorageKey;
  /** Checks, bounds and clamps what was stored; the output is what the app uses. */
  schema: Schema<T>;
  /** Used when nothing (or nothing valid) is stored. Treat it as read-only. */
  fallback: T;
  /** `text` for plain strings (as earlier versions stored some keys), else JSON. */
  format?: 'json' | 'text';
  area?: 'local' | 'session';
}

export interface StoredValue<T> {
  readonly key: StorageKey;
  /** The stored value, or the fallback; invalid data is removed, clamped data is written back. */
  load(): T;
  /** Reads a raw stored text (e.g. a `storage` event's newValue) without touching storage. */
  parse(text: string | null): T;
  /** Stores `value` as the schema reads it back; false when it could not be stored. */
  save(value: T): boolean;
  remove(): void;
}

/** No value of this app is anywhere near this long: longer texts are dropped, not parsed. */
export const MAX_STORED_CHARS = 100_000;

function storageArea(area: 'local' | 'session'): Storage | undefined {
  try {
    return area === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
  } catch {
    return undefined; // SecurityError: storage disabled for this site
  }
}

export function storedValue<Value>(options: StoredValueOptions<Value>): StoredValue<Value> {
  const { key, schema, fallback, format = 'json', area = 'local' } = options;

  const decode = (text: string): { value: Value } | undefined => {
    if (text.length > MAX_STORED_CHARS) return undefined;
    let data: unknown = text;
    if (format === 'json') {
      try {
        data = JSON.parse(text);
      } catch {
        return undefined;
      }
    }
    return validate(schema, data);
  };
  const encode = (value: unknown) => (format === 'json' ? JSON.stringify(value) : String(value));

  const write = (text: string | null): boolean => {
    try {
      const storage = storageArea(area);
      if (!storage) return false;
      if (text === null) storage.removeItem(key);
      else storage.setItem(key, text);
      return true;
    } catch {
      return false; // QuotaExceededError, or storage disabled
    }
  };

  return {
    key,
    load() {
      let text: string | null = null;
      try {
        text = storageArea(area)?.getItem(key) ?? null;
      } catch {
        return fallback;
      }
      if (text === null) return fallback;
      const read = decode(text);
      if (!read) {
        write(null);
        return fallback;
      }
      // Clamped or cleaned on the way in: store it that way, so it is not clamped again later.
      const normalized = encode(read.value);
      if (normalized !== text) write(normalized);
      return read.value;
    },
    parse(text) {
      const read = text === null ? undefined : decode(text);
      return read ? read.value : fallback;
    },
    save(value) {
      // Through the schema too, so only what a later load accepts is ever written.
      const valid = validate(schema, value);
      return valid ? write(encode(valid.value)) : false;
    },
    remove() {
      write(null);
    },
  };
}
