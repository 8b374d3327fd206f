// What the staff panel reports about the device: the app's caches and storage.

export interface StorageStatus {
  /** Entries in the service worker's precache (null: no precache, e.g. before it installed). */
  precached: number | null;
  usage?: number;
  quota?: number;
  /** Whether the browser promised not to evict the app's storage. */
  persisted?: boolean;
}

export async function storageStatus(): Promise<StorageStatus> {
  const status: StorageStatus = { precached: null };
  try {
    if ('caches' in window) {
      const names = (await caches.keys()).filter((name) => name.includes('precache'));
      if (names.length > 0) {
        let entries = 0;
        for (const name of names) entries += (await (await caches.open(name)).keys()).length;
        status.precached = entries;
      }
    }
  } catch {
    // Cache Storage unavailable (private mode): shown as "none".
  }
  try {
    const estimate = await navigator.storage?.estimate();
    status.usage = estimate?.usage;
    status.quota = estimate?.quota;
    status.persisted = await navigator.storage?.persisted();
  } catch {
    // Storage manager unavailable: shown as unknown.
  }
  return status;
}

/** "12.3 MB" (decimal megabytes, as storage settings show them). */
export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined) return '–';
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
