// The messages between the app and its service worker (src/sw/sw.ts), with their schemas: each
// side parses what it receives, so a stray or malformed message is ignored, never acted on.
// Shared by the page and the worker: no DOM or worker API here.
import * as v from 'valibot';

/** Page → worker: a waiting worker takes over now (the only way an update is applied). */
export const SKIP_WAITING = { type: 'SKIP_WAITING' } as const;
/** Page → active worker (when online): put back any precached file the browser dropped. */
export const CHECK_PRECACHE = { type: 'CHECK_PRECACHE' } as const;

const workerMessageSchema = v.variant('type', [
  v.object({ type: v.literal(SKIP_WAITING.type) }),
  v.object({ type: v.literal(CHECK_PRECACHE.type) }),
]);

export type WorkerMessage = v.InferOutput<typeof workerMessageSchema>;

/** A message the worker acts on, or undefined for anything else. */
export function parseWorkerMessage(data: unknown): WorkerMessage | undefined {
  const parsed = v.safeParse(workerMessageSchema, data);
  return parsed.success ? parsed.output : undefined;
}

const count = v.pipe(v.number(), v.integer(), v.minValue(0));

const precacheReportSchema = v.object({
  type: v.literal('PRECACHE_REPORT'),
  /** Files in this version's precache manifest. */
  expected: count,
  /** Files that were not in the cache when the worker looked. */
  missing: count,
  /** Of those, the files fetched again and stored. */
  refilled: count,
});

/** Worker → page: the answer to CHECK_PRECACHE. */
export type PrecacheReport = v.InferOutput<typeof precacheReportSchema>;

export function parsePrecacheReport(data: unknown): PrecacheReport | undefined {
  const parsed = v.safeParse(precacheReportSchema, data);
  return parsed.success ? parsed.output : undefined;
}
