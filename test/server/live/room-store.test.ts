import { createClient } from 'redis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startRedis, type TestRedis } from '../../../scripts/lib/redis-server.ts';
import { MemoryRoomStore } from '../../../server/live/memory-room-store.ts';
import { RedisRoomStore } from '../../../server/live/redis-room-store.ts';
import type { RoomStore, RoomStoreOptions } from '../../../server/live/room-store.ts';
import type { LivePosition } from '../../../src/live/protocol.ts';
import { position } from './support/live-client.ts';

// One contract, two stores: the same tests against the memory store and against a real
// redis-server (idle expiry through Redis's own TTL, so those tests wait real milliseconds).

let redis: TestRedis;
let client: ReturnType<typeof createClient>;
let prefixes = 0;

beforeAll(async () => {
  redis = await startRedis();
  client = createClient({ url: redis.url });
  await client.connect();
});
afterAll(async () => {
  await client?.close();
  await redis?.stop();
});

const OPTIONS: RoomStoreOptions = { maxRooms: 3, idleMs: 400, endedMemoryMs: 400 };
const stores: [string, (options: RoomStoreOptions) => RoomStore][] = [
  ['memory', (options) => new MemoryRoomStore(options)],
  ['redis', (options) => new RedisRoomStore(client, options, `test-store-${++prefixes}`)],
];
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));
const at = (seq: number): LivePosition => position(seq);

describe.each(stores)('the %s room store', (_name, make) => {
  let store: RoomStore;
  beforeEach(() => {
    store = make(OPTIONS);
  });

  it('creates a room once per code, with no position yet', async () => {
    expect(await store.create('AAAAAA', 'hash-a')).toBe('created');
    expect(await store.create('AAAAAA', 'hash-b')).toBe('exists');
    expect(await store.read('AAAAAA')).toEqual({ secretHash: 'hash-a', position: null });
    expect(await store.read('BBBBBB')).toBeNull();
    expect(await store.count()).toBe(1);
  });

  it('refuses more rooms than the cap', async () => {
    for (const code of ['AAAAAA', 'BBBBBB', 'CCCCCC'])
      expect(await store.create(code, 'h')).toBe('created');
    expect(await store.create('DDDDDD', 'h')).toBe('full');
    await store.end('AAAAAA');
    expect(await store.create('DDDDDD', 'h')).toBe('created');
  });

  it('moves only with the room’s secret hash and a newer seq', async () => {
    await store.create('AAAAAA', 'hash-a');
    expect(await store.move('AAAAAA', 'hash-a', at(1))).toBe('moved');
    expect(await store.move('AAAAAA', 'hash-b', at(2))).toBe('forbidden');
    expect(await store.move('AAAAAA', 'hash-a', at(1))).toBe('stale');
    expect(await store.move('AAAAAA', 'hash-a', at(0))).toBe('stale');
    expect(await store.move('BBBBBB', 'hash-a', at(5))).toBe('unknown');
    expect((await store.read('AAAAAA'))?.position).toEqual(at(1));
    expect(await store.move('AAAAAA', 'hash-a', at(9))).toBe('moved');
    expect((await store.read('AAAAAA'))?.position?.seq).toBe(9);
  });

  it('ends a room: gone, remembered as ended for a while, then free again', async () => {
    await store.create('AAAAAA', 'h');
    expect(await store.end('AAAAAA')).toBe(true);
    expect(await store.read('AAAAAA')).toBeNull();
    expect(await store.wasEnded('AAAAAA')).toBe(true);
    expect(await store.create('AAAAAA', 'h')).toBe('ended');
    expect(await store.count()).toBe(0);
    expect(await store.end('BBBBBB')).toBe(false);
    await pause(OPTIONS.endedMemoryMs + 100);
    expect(await store.wasEnded('AAAAAA')).toBe(false);
    expect(await store.create('AAAAAA', 'h')).toBe('created');
  });

  it('forgets a room after the idle time without a move; a move or touch restarts it', async () => {
    await store.create('AAAAAA', 'h');
    await store.create('BBBBBB', 'h');
    await pause(250);
    expect(await store.move('AAAAAA', 'h', at(1))).toBe('moved');
    expect(await store.touch('BBBBBB')).toBe(true);
    await pause(250);
    // 500 ms after creation, 250 after the move and the touch: both still there.
    expect(await store.read('AAAAAA')).not.toBeNull();
    expect(await store.read('BBBBBB')).not.toBeNull();
    await pause(OPTIONS.idleMs);
    expect(await store.read('AAAAAA')).toBeNull();
    expect(await store.touch('BBBBBB')).toBe(false);
    expect(await store.count()).toBe(0);
    expect(await store.wasEnded('AAAAAA')).toBe(false);
    // Expired rooms free their place under the cap.
    for (const code of ['CCCCCC', 'DDDDDD', 'EEEEEE'])
      expect(await store.create(code, 'h')).toBe('created');
  });
});

describe('the redis room store', () => {
  it('reads a damaged stored position as none (stored data is parsed like any input)', async () => {
    const store = new RedisRoomStore(client, OPTIONS, 'test-damaged');
    await store.create('AAAAAA', 'h');
    await client.hSet('test-damaged:room:AAAAAA', 'position', '{"not":"a position"}');
    expect(await store.read('AAAAAA')).toEqual({ secretHash: 'h', position: null });
    await client.hSet('test-damaged:room:AAAAAA', 'position', 'not json');
    expect(await store.read('AAAAAA')).toEqual({ secretHash: 'h', position: null });
  });

  it('keeps nothing but the code’s hash: secret hash, position and seq', async () => {
    const store = new RedisRoomStore(client, OPTIONS, 'test-fields');
    await store.create('AAAAAA', 'h');
    await store.move('AAAAAA', 'h', at(3));
    expect(Object.keys(await client.hGetAll('test-fields:room:AAAAAA')).sort()).toEqual([
      'position',
      'secretHash',
      'seq',
    ]);
    expect(await client.pTTL('test-fields:room:AAAAAA')).toBeGreaterThan(0);
  });
});
