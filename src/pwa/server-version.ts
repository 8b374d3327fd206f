// Which build the server has now, from /version.json (never cached), as last read by an update
// check: a device compares it with its own build to tell it runs stale code (staff panel).
import { computed, signal } from '@preact/signals';
import type { BuildIdentity } from './build-identity.ts';
import { buildInfo } from './build-info.ts';

/** The server's /version.json at the last update check (null: not read yet). */
export const serverVersion = signal<BuildIdentity | null>(null);

/** The server has another build than the one running here: this device runs stale code. */
export const runningStale = computed(
  () => serverVersion.value !== null && serverVersion.value.buildId !== buildInfo.buildId,
);
