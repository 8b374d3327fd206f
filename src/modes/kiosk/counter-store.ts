// The kiosk's counters in IndexedDB: one store, key → number. A failing store never disturbs a
// visitor: counting is best effort. The database is opened at whatever version it is; one that
// cannot be used (no counter store, a store of another shape, a database that will not open) is
// deleted and made again, and the staff panel says so (counterRepair). What it holds is untrusted
// like any stored value: only well-formed counters are read.
import * as v from 'valibot';
import { INDEXED_DBS, STORAGE_KEYS } from '../../storage/keys.ts';
import { recentTime } from '../../storage/schema-parts.ts';
import { storedValue } from '../../storage/stored-value.ts';
import { counterKey, type Metric } from './counters.ts';

const { name: DB_NAME, store: STORE } = INDEXED_DBS.kioskCounters;
/** Opening waits this long for other tabs to let go of the database (`blocked`). */
const OPEN_TIMEOUT_MS = 5000;
/** More counters than content could ever make: the rest are not read. */
const MAX_COUNTERS = 10_000;

export const REPAIR_REASONS = ['missingStore', 'wrongStore', 'unreadable'] as const;
export type RepairReason = (typeof REPAIR_REASONS)[number];

export interface CounterRepair {
  reason: RepairReason;
  /** When the database was made again (ms since the epoch). */
  at: number;
}

const YEAR = 365 * 86_400_000;
const repairNote = storedValue<CounterRepair | null>({
  key: STORAGE_KEYS.kioskCounterRepair,
  schema: v.object({ reason: v.picklist(REPAIR_REASONS), at: recentTime(10 * YEAR, 86_400_000) }),
  fallback: null,
});

/** The last repair of the counter database, until staff reset the counters; null: none. */
export function counterRepair(): CounterRepair | null {
  return repairNote.load();
}

const countSchema = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const counterEntry = v.object({
  key: v.pipe(v.string(), v.maxLength(200), v.regex(/^[a-z_]{1,40}(?::[A-Za-z0-9-]{1,100})?$/)),
  count: countSchema,
});

/** A stored count, or undefined for anything that is not one (text, negative, 1e308…). */
function countOf(value: unknown): number | undefined {
  return v.is(countSchema, value) ? value : undefined;
}

/** Settles with the request, or rejects when it has not within the timeout. */
function settle<T>(request: IDBRequest<T>, onLate: (result: T) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    let done = false;
    const timer = setTimeout(() => {
      done = true;
      reject(new Error(`IndexedDB "${DB_NAME}" is blocked`));
    }, OPEN_TIMEOUT_MS);
    request.onsuccess = () => {
      clearTimeout(timer);
      if (done) onLate(request.result);
      else resolve(request.result);
      done = true;
    };
    request.onerror = () => {
      clearTimeout(timer);
      done = true;
      reject(request.error);
    };
  });
}

/** Opens the database at its current version; a new one is made with its store. */
function openDatabase(): Promise<IDBDatabase> {
  const request = indexedDB.open(DB_NAME);
  request.onupgradeneeded = () => request.result.createObjectStore(STORE);
  return settle(request, (late) => late.close());
}

function deleteDatabase(): Promise<unknown> {
  return settle(indexedDB.deleteDatabase(DB_NAME), () => undefined);
}

/** What is wrong with the database's counter store, if anything. */
function storeProblem(db: IDBDatabase): RepairReason | undefined {
  if (!db.objectStoreNames.contains(STORE)) return 'missingStore';
  const store = db.transaction(STORE, 'readonly').objectStore(STORE);
  // put(value, key) needs a store without a key path or generated keys.
  return store.keyPath === null && !store.autoIncrement ? undefined : 'wrongStore';
}

let opening: Promise<IDBDatabase> | undefined;

async function openCounters(): Promise<IDBDatabase> {
  let db: IDBDatabase;
  try {
    db = await openDatabase();
  } catch {
    return recreate('unreadable');
  }
  const problem = storeProblem(db);
  if (!problem) return watch(db);
  db.close();
  return recreate(problem);
}

async function recreate(reason: RepairReason): Promise<IDBDatabase> {
  await deleteDatabase();
  const db = await openDatabase();
  if (storeProblem(db)) {
    db.close();
    throw new Error(`IndexedDB "${DB_NAME}" has no usable store after a repair`);
  }
  repairNote.save({ reason, at: Date.now() });
  return watch(db);
}

function watch(db: IDBDatabase): IDBDatabase {
  const forget = () => {
    opening = undefined;
  };
  // Another tab (a newer app version) wants to upgrade or delete: let it, and reopen next time.
  db.onversionchange = () => {
    db.close();
    forget();
  };
  // Closed by the browser (storage cleared, disk trouble): reopen (and repair) next time.
  db.onclose = forget;
  return db;
}

function database(): Promise<IDBDatabase> {
  if (!opening) {
    opening = openCounters();
    opening.catch(() => {
      opening = undefined;
    });
  }
  return opening;
}

/** Runs `work` in one transaction and resolves when it has committed. */
async function transact<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T> | undefined,
): Promise<T | undefined> {
  const db = await database();
  let transaction: IDBTransaction;
  try {
    transaction = db.transaction(STORE, mode);
  } catch (error) {
    opening = undefined; // the connection went away: the next call opens (and repairs) again
    throw error;
  }
  return new Promise((resolve, reject) => {
    const request = work(transaction.objectStore(STORE));
    transaction.oncomplete = () => resolve(request?.result);
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

let pending: Promise<unknown> = Promise.resolve();

/** Adds one to a counter. Increments are queued, so a reader sees every earlier count. */
export function count(metric: Metric, id?: string): Promise<void> {
  const key = counterKey(metric, id);
  const next = pending.then(() =>
    transact('readwrite', (store) => {
      const read = store.get(key);
      read.onsuccess = () => {
        // Anything but a count (another app's data, a hand edit) starts again from zero.
        const current = countOf(read.result) ?? 0;
        store.put(Math.min(current + 1, Number.MAX_SAFE_INTEGER), key);
      };
      return undefined;
    }),
  );
  pending = next.catch(() => undefined);
  return pending.then(() => undefined);
}

/** Every well-formed counter kept on this device. Rejects when the database cannot be used. */
export async function readCounts(): Promise<Map<string, number>> {
  await pending;
  const counts = new Map<string, number>();
  await transact('readonly', (store) => {
    const cursor = store.openCursor();
    cursor.onsuccess = () => {
      const current = cursor.result;
      if (!current || counts.size >= MAX_COUNTERS) return;
      const entry = v.safeParse(counterEntry, { key: current.key, count: current.value });
      if (entry.success) counts.set(entry.output.key, entry.output.count);
      current.continue();
    };
    return undefined;
  });
  return counts;
}

/** Sets every counter back to zero (and forgets an earlier repair: staff have seen it). */
export async function clearCounts(): Promise<void> {
  await pending;
  await transact('readwrite', (store) => store.clear());
  repairNote.remove();
}
