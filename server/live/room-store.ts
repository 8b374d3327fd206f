// Where live rooms are kept: in memory (one instance) or in Redis (several instances). Both
// implementations pass the same tests (test/server/live/room-store.test.ts). A room holds no
// personal data: its code, the hash of its presenter's secret, and the last position.
import type { LivePosition } from '../../src/live/protocol.ts';

export interface StoredRoom {
  secretHash: string;
  /** The last position moved to, null before the first move. */
  position: LivePosition | null;
}

export interface RoomStoreOptions {
  /** Rooms at most (create answers 'full' beyond). */
  maxRooms: number;
  /** A room without a move (or touch) for this long is gone. */
  idleMs: number;
  /** An ended code is remembered this long ('ended' for create and wasEnded). */
  endedMemoryMs: number;
  /** The clock (tests pass their own). */
  now?: () => number;
}

export type CreateResult = 'created' | 'exists' | 'ended' | 'full';
export type MoveResult = 'moved' | 'unknown' | 'forbidden' | 'stale';

export interface RoomStore {
  /** Creates a room with this code if it is free, not recently ended, and under the cap. */
  create(code: string, secretHash: string): Promise<CreateResult>;
  read(code: string): Promise<StoredRoom | null>;
  /**
   * Stores the position if the room exists with this secret hash and the position's seq is
   * newer than the stored one (atomically), and restarts the idle time.
   */
  move(code: string, secretHash: string, position: LivePosition): Promise<MoveResult>;
  /** Restarts the idle time; false when the room is gone. */
  touch(code: string): Promise<boolean>;
  /** Deletes the room and remembers the code as ended; false when it was gone. */
  end(code: string): Promise<boolean>;
  wasEnded(code: string): Promise<boolean>;
  /** Rooms open now. */
  count(): Promise<number>;
  close(): Promise<void>;
}
