// What the service worker last said about its precache (src/sw/refill-precache.ts): how many
// files this version has, how many were missing and how many it fetched again.
import { signal } from '@preact/signals';
import type { PrecacheReport } from './sw-messages.ts';

/** The answer to the last precache check (null: none yet, e.g. offline or before the worker). */
export const precacheReport = signal<PrecacheReport | null>(null);
