// Which build the server has now, from /version.json (never cached), as last read by an update
// check (register.ts).
import { signal } from '@preact/signals';
import type { BuildIdentity } from './build-identity.ts';

/** The server's /version.json at the last update check (null: not read yet). */
export const serverVersion = signal<BuildIdentity | null>(null);
