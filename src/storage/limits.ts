// What a stored value may hold at most, shared by every schema of stored data. Nothing here
// imports valibot: the main bundle reads these too.

/** Content ids (stops, tours), as the content validator allows them (pipeline/content/schema.ts). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_ID_LENGTH = 100;

export const isStoredId = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_ID_LENGTH && ID_PATTERN.test(value);

/** More stops than any visit has: a longer stored list is not ours. */
export const MAX_STOPS = 200;

/** More tours than the content will ever have. */
export const MAX_TOURS = 100;

/** Planned minutes at one stop. */
export const MAX_STOP_MINUTES = 240;
