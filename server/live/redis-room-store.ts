// The room store shared by several instances: Redis (a single server or a replica set, not
// Redis Cluster). Per room one hash with a TTL (idle expiry is Redis's own), a sorted set of the
// open rooms by expiry time (to count them and enforce the cap), and a short-lived key per ended
// code. Each operation that reads and writes is one Lua script, so it is atomic.
import * as v from 'valibot';
import { type LivePosition, LivePositionSchema } from '../../src/live/protocol.ts';
import type {
  CreateResult,
  MoveResult,
  RoomStore,
  RoomStoreOptions,
  StoredRoom,
} from './room-store.ts';

/** What the store needs of a node-redis client. */
export interface RedisCommands {
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  hmGet(key: string, fields: string[]): Promise<(string | null)[]>;
  exists(key: string): Promise<number>;
}

const CREATE = `
if redis.call('EXISTS', KEYS[3]) == 1 then return 'ended' end
if redis.call('EXISTS', KEYS[1]) == 1 then return 'exists' end
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', ARGV[1])
if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[3]) then return 'full' end
redis.call('HSET', KEYS[1], 'secretHash', ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
redis.call('ZADD', KEYS[2], tonumber(ARGV[1]) + tonumber(ARGV[2]), ARGV[5])
return 'created'`;

const MOVE = `
local stored = redis.call('HMGET', KEYS[1], 'secretHash', 'seq')
if not stored[1] then return 'unknown' end
if stored[1] ~= ARGV[3] then return 'forbidden' end
if stored[2] and tonumber(stored[2]) >= tonumber(ARGV[4]) then return 'stale' end
redis.call('HSET', KEYS[1], 'seq', ARGV[4], 'position', ARGV[5])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
redis.call('ZADD', KEYS[2], tonumber(ARGV[1]) + tonumber(ARGV[2]), ARGV[6])
return 'moved'`;

const TOUCH = `
if redis.call('PEXPIRE', KEYS[1], ARGV[2]) == 0 then return 0 end
redis.call('ZADD', KEYS[2], tonumber(ARGV[1]) + tonumber(ARGV[2]), ARGV[3])
return 1`;

const END = `
local existed = redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], ARGV[2])
redis.call('SET', KEYS[3], '1', 'PX', ARGV[1])
return existed`;

const COUNT = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
return redis.call('ZCARD', KEYS[1])`;

export class RedisRoomStore implements RoomStore {
  readonly #redis: RedisCommands;
  readonly #options: Required<RoomStoreOptions>;
  readonly #prefix: string;

  /** `prefix` separates the keys of several services (or tests) on one Redis. */
  constructor(redis: RedisCommands, options: RoomStoreOptions, prefix = 'sbc-live') {
    this.#redis = redis;
    this.#options = { now: Date.now, ...options };
    this.#prefix = prefix;
  }

  async create(code: string, secretHash: string): Promise<CreateResult> {
    const { maxRooms, idleMs } = this.#options;
    const result = await this.#redis.eval(CREATE, {
      keys: [this.#room(code), this.#index(), this.#endedKey(code)],
      arguments: [this.#now(), String(idleMs), String(maxRooms), secretHash, code],
    });
    return result as CreateResult;
  }

  async read(code: string): Promise<StoredRoom | null> {
    const [secretHash, position] = await this.#redis.hmGet(this.#room(code), [
      'secretHash',
      'position',
    ]);
    if (!secretHash) return null;
    return { secretHash, position: parsePosition(position) };
  }

  async move(code: string, secretHash: string, position: LivePosition): Promise<MoveResult> {
    const result = await this.#redis.eval(MOVE, {
      keys: [this.#room(code), this.#index()],
      arguments: [
        this.#now(),
        String(this.#options.idleMs),
        secretHash,
        String(position.seq),
        JSON.stringify(position),
        code,
      ],
    });
    return result as MoveResult;
  }

  async touch(code: string): Promise<boolean> {
    const result = await this.#redis.eval(TOUCH, {
      keys: [this.#room(code), this.#index()],
      arguments: [this.#now(), String(this.#options.idleMs), code],
    });
    return result === 1;
  }

  async end(code: string): Promise<boolean> {
    const result = await this.#redis.eval(END, {
      keys: [this.#room(code), this.#index(), this.#endedKey(code)],
      arguments: [String(this.#options.endedMemoryMs), code],
    });
    return result === 1;
  }

  async wasEnded(code: string): Promise<boolean> {
    return (await this.#redis.exists(this.#endedKey(code))) === 1;
  }

  async count(): Promise<number> {
    const result = await this.#redis.eval(COUNT, {
      keys: [this.#index()],
      arguments: [this.#now()],
    });
    return Number(result);
  }

  /** The client belongs to whoever made it (server/live/redis.ts closes it). */
  async close(): Promise<void> {}

  #now(): string {
    return String(this.#options.now());
  }
  #room(code: string): string {
    return `${this.#prefix}:room:${code}`;
  }
  #index(): string {
    return `${this.#prefix}:rooms`;
  }
  #endedKey(code: string): string {
    return `${this.#prefix}:ended:${code}`;
  }
}

/** A stored position is parsed like any input: a damaged or foreign value reads as none. */
function parsePosition(text: string | null): LivePosition | null {
  if (!text) return null;
  try {
    const parsed = v.safeParse(LivePositionSchema, JSON.parse(text));
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}
