// Which build the server has now, from /version.json (never cached), as last read by an update
// check (register.ts). The answer is untrusted: anything not of the identity's shape counts as
// "not known".
import { signal } from '@preact/signals';
import * as v from 'valibot';
import type { BuildIdentity } from './build-identity.ts';

const identitySchema = v.object({
  buildId: v.pipe(v.string(), v.nonEmpty(), v.maxLength(100)),
  buildTime: v.pipe(v.string(), v.maxLength(40)),
  contentVersion: v.pipe(v.string(), v.maxLength(100)),
});

/** The server's /version.json at the last update check (null: not read yet, or not valid). */
export const serverVersion = signal<BuildIdentity | null>(null);

/** The identity in a parsed /version.json, or null when it is not one. */
export function parseServerVersion(data: unknown): BuildIdentity | null {
  const parsed = v.safeParse(identitySchema, data);
  return parsed.success ? parsed.output : null;
}
