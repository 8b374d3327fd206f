// How many followers a room has, over every instance, and telling its presenters (at most about
// twice a second). Each instance knows its own followers (the adapter's local rooms); with Redis
// it asks the other instances for theirs (serverSideEmitWithAck), at most once a second per room.
import type { Server } from 'socket.io';
import * as v from 'valibot';
import { JoinCodeSchema } from '../../src/live/protocol.ts';
import { LIVE_SERVER_LIMITS } from './limits.ts';
import { followersRoom, presentersRoom } from './room-names.ts';

const COUNT_REQUEST = 'live:followers';
const Count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e7));

export class FollowerCounts {
  readonly #remote = new Map<string, { count: number; at: number }>();
  readonly #pending = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly io: Server,
    /** True with the Redis adapter: other instances have followers too. */
    private readonly clustered: boolean,
  ) {
    if (clustered) {
      // Another instance asks: answer with this one's count (its request is parsed like any).
      io.on(COUNT_REQUEST, (code: unknown, reply: unknown) => {
        if (typeof reply !== 'function') return;
        reply(v.is(JoinCodeSchema, code) ? this.local(code) : 0);
      });
    }
  }

  /** Followers of this code connected to this instance. */
  local(code: string): number {
    return this.io.of('/').adapter.rooms.get(followersRoom(code))?.size ?? 0;
  }

  /** Followers of this code on every instance. */
  async total(code: string): Promise<number> {
    return this.local(code) + (await this.#remoteCount(code));
  }

  /** A follower came or went: the presenters hear the new count shortly. */
  changed(code: string): void {
    if (this.#pending.has(code)) return;
    const timer = setTimeout(async () => {
      this.#pending.delete(code);
      const count = await this.total(code);
      this.io.to(presentersRoom(code)).emit('followers', { code, count });
    }, LIVE_SERVER_LIMITS.followerCountDelayMs);
    this.#pending.set(code, timer);
  }

  close(): void {
    for (const timer of this.#pending.values()) clearTimeout(timer);
    this.#pending.clear();
  }

  async #remoteCount(code: string): Promise<number> {
    if (!this.clustered) return 0;
    const cached = this.#remote.get(code);
    if (cached && Date.now() - cached.at < LIVE_SERVER_LIMITS.remoteCountMaxAgeMs) {
      return cached.count;
    }
    try {
      // Bounded here: the adapter's requestsTimeout does not cover a Redis that is away (then
      // the adapter swallows the failure and never answers).
      const answers = await withTimeout(
        this.io.serverSideEmitWithAck(COUNT_REQUEST, code) as Promise<unknown[]>,
        LIVE_SERVER_LIMITS.clusterTimeoutMs,
      );
      const count = answers.reduce<number>(
        (sum, answer) => sum + (v.is(Count, answer) ? answer : 0),
        0,
      );
      this.#remote.set(code, { count, at: Date.now() });
      // Bounded: only rooms asked about in the last moments are kept.
      if (this.#remote.size > 1000) this.#remote.delete(this.#remote.keys().next().value as string);
      return count;
    } catch {
      // An instance did not answer in time: the last known count will do.
      return cached?.count ?? 0;
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error('timed out')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
