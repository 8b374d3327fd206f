// A follower's side of a live tour (src/live/README.md, "A follower"): join the code, keep the
// position with the highest seq, rejoin (resume) after every reconnection. Only the position
// arrives; the page draws the stop from its own precached content. socket.io-client is imported
// dynamically, so only the live pages load it.
import { type Signal, signal } from '@preact/signals';
import type { Socket } from 'socket.io-client';
import * as v from 'valibot';
import { SESSION_KEYS } from '../storage/keys.ts';
import { storedValue } from '../storage/stored-value.ts';
import {
  Answers,
  JoinCodeSchema,
  LIVE_SOCKET_PATH,
  type LivePosition,
  LivePositionSchema,
  ServerMessages,
} from './protocol.ts';

/**
 * Where the follower stands:
 *   connecting    the first connection is being made
 *   live          joined, following the guide
 *   waiting       joined, the guide has not presented a stop yet
 *   reconnecting  the connection (or, after a server restart, the room) is away: keep reading
 *   ended         the guide ended the tour, or it expired
 *   unknown       no live tour has this code
 *   full          the tour has as many followers as it may
 *   busy          too many unknown codes from this address: wait
 */
export type FollowerStatus =
  | 'connecting'
  | 'live'
  | 'waiting'
  | 'reconnecting'
  | 'ended'
  | 'unknown'
  | 'full'
  | 'busy';

/** The states after which nothing more arrives. */
export const FINAL_STATUSES: readonly FollowerStatus[] = ['ended', 'unknown', 'full', 'busy'];

export interface FollowerLink {
  status: Signal<FollowerStatus>;
  /** The newest position received (highest seq); null before the first. */
  position: Signal<LivePosition | null>;
  close(): void;
}

// The last position, kept for the tab: a reload without network (the app shell and the content
// are precached) shows the stop the guide was at, with "Reconnecting…".
const lastPosition = storedValue<{ code: string; position: LivePosition } | null>({
  key: SESSION_KEYS.livePosition,
  schema: v.nullable(v.object({ code: JoinCodeSchema, position: LivePositionSchema })),
  fallback: null,
  area: 'session',
});

const ACK_TIMEOUT_MS = 5000;
const RETRY_MS = 2000;

/** The newer of two positions: a join answer and a move can cross, so keep the highest seq. */
export function newerPosition(
  current: LivePosition | null,
  received: LivePosition | null,
): LivePosition | null {
  if (!received) return current;
  if (current && received.seq <= current.seq) return current;
  return received;
}

/** Follows the live tour `code` (already canonical: parseJoinCode) until closed or over. */
export function followLive(code: string): FollowerLink {
  const status = signal<FollowerStatus>('connecting');
  const kept = lastPosition.load();
  const position = signal<LivePosition | null>(kept?.code === code ? kept.position : null);
  let socket: Socket | null = null;
  let closed = false;
  let joined = false;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const final = () => FINAL_STATUSES.includes(status.value);
  const take = (received: LivePosition | null) => {
    const newer = newerPosition(position.value, received);
    if (newer === position.value || !newer) return;
    position.value = newer;
    lastPosition.save({ code, position: newer });
  };
  const finish = (next: FollowerStatus) => {
    status.value = next;
    lastPosition.remove();
    clearTimeout(retry);
    socket?.disconnect();
  };

  async function join(connection: Socket): Promise<void> {
    if (closed || final() || !connection.connected) return;
    let raw: unknown;
    try {
      raw = await connection.timeout(ACK_TIMEOUT_MS).emitWithAck('join', { code, resume: joined });
    } catch {
      retry = setTimeout(() => void join(connection), RETRY_MS); // no answer (over budget, slow)
      return;
    }
    const answer = v.safeParse(Answers.join, raw);
    if (!answer.success) return finish('unknown');
    const result = answer.output;
    if (!result.ok) {
      if (result.error === 'ended') return finish('ended');
      if (result.error === 'full') return finish('full');
      if (result.error === 'rate-limited') return finish('busy');
      if (result.error === 'unavailable') {
        retry = setTimeout(() => void join(connection), RETRY_MS);
        return;
      }
      return finish('unknown');
    }
    joined = true;
    take(result.position);
    if (result.waiting) {
      // The room is missing for now (a restarted server): its presenter is expected back.
      status.value = position.value ? 'reconnecting' : 'waiting';
    } else {
      status.value = position.value ? 'live' : 'waiting';
    }
  }

  const start = ({ io }: typeof import('socket.io-client')) => {
    if (closed) return;
    const connection = io({ path: LIVE_SOCKET_PATH });
    socket = connection;
    connection.on('connect', () => void join(connection));
    connection.on('disconnect', (reason) => {
      if (closed || final()) return;
      status.value = 'reconnecting';
      // The server closed this connection itself: Socket.IO does not retry that on its own.
      if (reason === 'io server disconnect') connection.connect();
    });
    connection.on('connect_error', () => {
      if (!closed && !final()) status.value = 'reconnecting';
    });
    connection.on('position', (data: unknown) => {
      const message = v.safeParse(ServerMessages.position, data);
      if (!message.success || message.output.code !== code || final()) return;
      take(message.output.position);
      if (connection.connected) status.value = 'live';
    });
    connection.on('ended', (data: unknown) => {
      const message = v.safeParse(ServerMessages.ended, data);
      if (message.success && message.output.code === code) finish('ended');
    });
  };
  // The realtime chunk is precached; if it cannot be fetched now (offline before the service
  // worker had it), the page shows "Reconnecting…" and tries again.
  const load = () => {
    import('socket.io-client').then(start, () => {
      if (closed) return;
      status.value = 'reconnecting';
      retry = setTimeout(load, RETRY_MS);
    });
  };
  load();

  return {
    status,
    position,
    close() {
      closed = true;
      clearTimeout(retry);
      socket?.disconnect();
    },
  };
}
