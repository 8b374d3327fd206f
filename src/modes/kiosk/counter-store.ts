// The kiosk's counters in IndexedDB: one store, key → number. A failing store never disturbs a
// visitor: counting is best effort and errors are swallowed (the panel shows what was kept).
import { counterKey, type Metric } from './counters.ts';

const DB_NAME = 'sbc-kiosk';
const STORE = 'counters';

let opening: Promise<IDBDatabase> | undefined;

function database(): Promise<IDBDatabase> {
  if (!opening) {
    opening = new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => {
        const db = request.result;
        // Another tab (a newer app version) wants to upgrade: let it.
        db.onversionchange = () => {
          db.close();
          opening = undefined;
        };
        resolve(db);
      };
      request.onerror = () => reject(request.error);
    });
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
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(STORE, mode);
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
        const current = typeof read.result === 'number' ? read.result : 0;
        store.put(current + 1, key);
      };
      return undefined;
    }),
  );
  pending = next.catch(() => undefined);
  return pending.then(() => undefined);
}

/** Every counter kept on this device. */
export async function readCounts(): Promise<Map<string, number>> {
  await pending;
  const counts = new Map<string, number>();
  await transact('readonly', (store) => {
    const cursor = store.openCursor();
    cursor.onsuccess = () => {
      const current = cursor.result;
      if (!current) return;
      if (typeof current.value === 'number') counts.set(String(current.key), current.value);
      current.continue();
    };
    return undefined;
  });
  return counts;
}

/** Sets every counter back to zero. */
export async function clearCounts(): Promise<void> {
  await pending;
  await transact('readwrite', (store) => store.clear());
}
