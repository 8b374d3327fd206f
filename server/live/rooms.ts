// The rules of a live room, the same for HTTP and for Socket.IO: who may create, re-claim, look
// up, move and end it. Any answer about a code the client cannot prove is its own (unknown,
// ended, taken, wrong secret) counts against the client's address (FailedJoinLimiter), so codes
// cannot be enumerated; a store failure (Redis unreachable) is `unavailable`, never a crash.
import { generateJoinCode, type LiveError, type LivePosition } from '../../src/live/protocol.ts';
import type { LiveCounters } from './counters.ts';
import type { FailedJoinLimiter } from './failed-join-limiter.ts';
import type { RoomStore, StoredRoom } from './room-store.ts';
import { hashSecret, newSecret, secretMatches } from './secret.ts';

export type Refusal = { ok: false; error: LiveError };
export type Result<T extends object = object> = ({ ok: true } & T) | Refusal;

const refuse = (error: LiveError): Refusal => ({ ok: false, error });

export class LiveRooms {
  constructor(
    private readonly store: RoomStore,
    private readonly limiter: FailedJoinLimiter,
    private readonly counters: LiveCounters,
    /** Told about a store failure (logged: the client only hears `unavailable`). */
    private readonly onStoreError: (error: unknown) => void = () => {},
  ) {}

  /** A new room with a fresh code and secret. */
  async create(): Promise<Result<{ code: string; secret: string }>> {
    return this.#guard(async () => {
      // A code in use is drawn again (with 887 million codes, a second draw is already rare).
      for (let attempt = 0; attempt < 8; attempt++) {
        const code = generateJoinCode();
        const secret = newSecret();
        const created = await this.store.create(code, hashSecret(secret));
        if (created === 'created') return { ok: true, code, secret };
        if (created === 'full') return refuse('full');
      }
      return refuse('full');
    });
  }

  /**
   * The presenter's own room again, after a restart or a long disconnection: re-created with
   * this code and secret when it is gone, kept (its position too) when it is there.
   */
  async claim(
    address: string,
    code: string,
    secret: string,
  ): Promise<Result<{ created: boolean }>> {
    if (this.limiter.isLimited(address)) return this.#limited();
    return this.#guard(async () => {
      const created = await this.store.create(code, hashSecret(secret));
      if (created === 'created') return { ok: true, created: true };
      if (created === 'full') return refuse('full');
      if (created === 'ended') return this.#fail(address, code, 'ended');
      const room = await this.store.read(code);
      if (!room || !secretMatches(secret, room.secretHash))
        return this.#fail(address, code, 'taken');
      await this.store.touch(code);
      return { ok: true, created: false };
    });
  }

  /** A follower's look at a room: its position (null before the first move). */
  async lookup(address: string, code: string): Promise<Result<{ position: LivePosition | null }>> {
    if (this.limiter.isLimited(address)) return this.#limited();
    return this.#guard(async () => {
      const room = await this.store.read(code);
      if (room) return { ok: true, position: room.position };
      return this.#fail(address, code, (await this.store.wasEnded(code)) ? 'ended' : 'unknown');
    });
  }

  /** The room, for the holder of its secret (a presenter's `present`). */
  async authorize(
    address: string,
    code: string,
    secret: string,
  ): Promise<Result<{ room: StoredRoom }>> {
    return this.#guard(async () => {
      const room = await this.store.read(code);
      if (room && secretMatches(secret, room.secretHash)) {
        await this.store.touch(code);
        return { ok: true, room };
      }
      return this.#failOwned(address, code, room !== null);
    });
  }

  /** Stores the presenter's position; the caller relays it to the followers. */
  async move(
    address: string,
    code: string,
    secret: string,
    position: LivePosition,
  ): Promise<Result> {
    return this.#guard(async () => {
      const room = await this.store.read(code);
      if (!room || !secretMatches(secret, room.secretHash)) {
        return this.#failOwned(address, code, room !== null);
      }
      const moved = await this.store.move(code, room.secretHash, position);
      if (moved === 'moved') return { ok: true };
      if (moved === 'stale') {
        this.counters.drop('stale');
        return refuse('stale');
      }
      // Ended or replaced between the read and the write.
      return this.#failOwned(address, code, false);
    });
  }

  /** Ends the room for good; the caller tells everyone in it. */
  async end(address: string, code: string, secret: string): Promise<Result> {
    return this.#guard(async () => {
      const room = await this.store.read(code);
      if (!room || !secretMatches(secret, room.secretHash)) {
        return this.#failOwned(address, code, room !== null);
      }
      await this.store.end(code);
      return { ok: true };
    });
  }

  /** Counts a failure for a code the client could not use, and refuses with `error`. */
  #fail(address: string, code: string, error: LiveError): Refusal {
    this.limiter.recordFailure(address, code);
    this.counters.drop(error === 'taken' ? 'forbidden' : 'unknown-room');
    return refuse(error);
  }

  /**
   * A refused secret-bearing message. Whether the room exists is told only to an address that is
   * not limited: a limited one hears `rate-limited` (a right secret still works, and tells
   * nothing to anyone who does not hold it).
   */
  async #failOwned(address: string, code: string, exists: boolean): Promise<Refusal> {
    this.counters.drop(exists ? 'forbidden' : 'unknown-room');
    const limited = this.limiter.isLimited(address);
    this.limiter.recordFailure(address, code);
    if (limited) return refuse('rate-limited');
    if (exists) return refuse('forbidden');
    return refuse((await this.store.wasEnded(code)) ? 'ended' : 'unknown');
  }

  #limited(): Refusal {
    this.counters.drop('rate-limited');
    return refuse('rate-limited');
  }

  async #guard<T extends object>(operation: () => Promise<Result<T>>): Promise<Result<T>> {
    try {
      return await operation();
    } catch (error) {
      this.onStoreError(error);
      return refuse('unavailable');
    }
  }
}
