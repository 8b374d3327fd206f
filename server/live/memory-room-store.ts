// The room store of a single instance: two bounded maps. Expired entries are dropped when read
// and on every create and count (at most maxRooms of them to look at).
import type { LivePosition } from '../../src/live/protocol.ts';
import type {
  CreateResult,
  MoveResult,
  RoomStore,
  RoomStoreOptions,
  StoredRoom,
} from './room-store.ts';

interface Entry extends StoredRoom {
  expiresAt: number;
}

export class MemoryRoomStore implements RoomStore {
  readonly #rooms = new Map<string, Entry>();
  /** Ended codes → when to forget them. */
  readonly #ended = new Map<string, number>();
  readonly #options: Required<RoomStoreOptions>;

  constructor(options: RoomStoreOptions) {
    this.#options = { now: Date.now, ...options };
  }

  async create(code: string, secretHash: string): Promise<CreateResult> {
    this.#purge();
    if (this.#ended.has(code)) return 'ended';
    if (this.#rooms.has(code)) return 'exists';
    if (this.#rooms.size >= this.#options.maxRooms) return 'full';
    this.#rooms.set(code, { secretHash, position: null, expiresAt: this.#expiry() });
    return 'created';
  }

  async read(code: string): Promise<StoredRoom | null> {
    const entry = this.#live(code);
    return entry ? { secretHash: entry.secretHash, position: entry.position } : null;
  }

  async move(code: string, secretHash: string, position: LivePosition): Promise<MoveResult> {
    const entry = this.#live(code);
    if (!entry) return 'unknown';
    if (entry.secretHash !== secretHash) return 'forbidden';
    if (entry.position && entry.position.seq >= position.seq) return 'stale';
    entry.position = position;
    entry.expiresAt = this.#expiry();
    return 'moved';
  }

  async touch(code: string): Promise<boolean> {
    const entry = this.#live(code);
    if (entry) entry.expiresAt = this.#expiry();
    return entry !== undefined;
  }

  async end(code: string): Promise<boolean> {
    const existed = this.#live(code) !== undefined;
    this.#rooms.delete(code);
    this.#ended.set(code, this.#options.now() + this.#options.endedMemoryMs);
    // Bounded like the rooms: the oldest ended codes are forgotten first.
    if (this.#ended.size > this.#options.maxRooms * 4) {
      this.#ended.delete(this.#ended.keys().next().value as string);
    }
    return existed;
  }

  async wasEnded(code: string): Promise<boolean> {
    this.#purge();
    return this.#ended.has(code);
  }

  async count(): Promise<number> {
    this.#purge();
    return this.#rooms.size;
  }

  async close(): Promise<void> {
    this.#rooms.clear();
    this.#ended.clear();
  }

  #expiry(): number {
    return this.#options.now() + this.#options.idleMs;
  }

  #live(code: string): Entry | undefined {
    const entry = this.#rooms.get(code);
    if (entry && entry.expiresAt <= this.#options.now()) {
      this.#rooms.delete(code);
      return undefined;
    }
    return entry;
  }

  #purge(): void {
    const now = this.#options.now();
    for (const [code, entry] of this.#rooms) if (entry.expiresAt <= now) this.#rooms.delete(code);
    for (const [code, forgetAt] of this.#ended) if (forgetAt <= now) this.#ended.delete(code);
  }
}
