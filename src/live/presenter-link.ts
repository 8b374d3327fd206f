// The guide's side of a live tour (src/live/README.md, "The presenter"): create the room, connect,
// and on every connection re-claim it, present and publish the current position; then send a
// move at every change of the guide session. The tablet stays the source of truth: offline or
// with the server restarting, the tour goes on here, and the next connection republishes it.
// socket.io-client is imported dynamically: it loads only when a guide shares a tour.
import { effect, signal } from '@preact/signals';
import type { Socket } from 'socket.io-client';
import * as v from 'valibot';
import { guideSession } from '../modes/guide/session-store.ts';
import { buildInfo } from '../pwa/build-info.ts';
import { claimRoom, endRoom, probeRelay, type RoomKey } from './live-api.ts';
import { positionKey, positionOf } from './position.ts';
import { type LiveShare, storedLiveShare } from './presenter-store.ts';
import { Answers, LIVE_SOCKET_PATH, ServerMessages } from './protocol.ts';

/**
 * What the share control shows:
 *   off          not shared
 *   checking     asking whether the tour server is there
 *   unavailable  no relay on this host (a static host): live sharing needs the tour server
 *   full         the server has no room for another live tour
 *   failed       the server refused or did not answer
 *   connecting   the room exists; connecting to it
 *   live         connected: phones follow
 *   offline      connection lost: the tour goes on, the next connection republishes it
 */
export type ShareStatus =
  | 'off'
  | 'checking'
  | 'unavailable'
  | 'full'
  | 'failed'
  | 'connecting'
  | 'live'
  | 'offline';

export const shareStatus = signal<ShareStatus>('off');
/** The join code shown to the group; null when not shared. */
export const shareCode = signal<string | null>(null);
/** Followers connected now (phones and wall screens). */
export const shareFollowers = signal(0);

/** How long an answer may take before it counts as lost (README: emit with a timeout). */
const ACK_TIMEOUT_MS = 5000;
/** A re-claim that failed while connected is tried again after this. */
const RETRY_MS = 3000;

let share: LiveShare | null = null;
let socket: Socket | null = null;
/** The room is claimed and presented on the current connection: moves may go. */
let ready = false;
let lastSent: string | null = null;
let unwatch: (() => void) | null = null;

function adopt(next: LiveShare): void {
  share = next;
  storedLiveShare.save(next); // storage full: the share lasts as long as the page
  shareCode.value = next.code;
}

function keyOf(current: LiveShare): RoomKey {
  return { code: current.code, secret: current.secret };
}

/** "Share live": probe, create the room, connect. */
export async function startSharing(): Promise<void> {
  const session = guideSession.value;
  if (!session || share) return;
  shareStatus.value = 'checking';
  if (!(await probeRelay())) {
    shareStatus.value = 'unavailable';
    return;
  }
  const claim = await claimRoom();
  if (claim.status !== 'created' && claim.status !== 'kept') {
    shareStatus.value = claim.status === 'failed' && claim.error === 'full' ? 'full' : 'failed';
    return;
  }
  if (guideSession.value?.id !== session.id) {
    shareStatus.value = 'off'; // the tour ended meanwhile
    return;
  }
  adopt({ ...claim.room, seq: 0, sessionId: session.id });
  await connect();
}

/**
 * On opening the presenter: carries on with the share kept for this session (a reload, an app
 * update).
 */
export function resumeSharing(): void {
  if (share) return;
  const kept = storedLiveShare.load();
  // A share of another session is ended by endLiveWithTour().
  if (!kept || kept.sessionId !== guideSession.value?.id) return;
  adopt(kept);
  void connect();
}

async function connect(): Promise<void> {
  shareStatus.value = 'connecting';
  let io: typeof import('socket.io-client').io;
  try {
    ({ io } = await import('socket.io-client'));
  } catch {
    // Its chunk could not be fetched (offline before the service worker had it): say so.
    stopLocally();
    shareStatus.value = 'failed';
    return;
  }
  if (!share || socket) return;
  const connection = io({ path: LIVE_SOCKET_PATH });
  socket = connection;
  connection.on('connect', () => void onConnect(connection));
  connection.on('disconnect', (reason) => {
    ready = false;
    if (share) shareStatus.value = 'offline';
    // The server closed this connection itself: Socket.IO does not retry that on its own.
    if (reason === 'io server disconnect' && share) connection.connect();
  });
  connection.on('connect_error', () => {
    if (share) shareStatus.value = 'offline';
  });
  connection.on('followers', (data: unknown) => {
    const message = v.safeParse(ServerMessages.followers, data);
    if (message.success && message.output.code === share?.code) {
      shareFollowers.value = message.output.count;
    }
  });
  connection.on('ended', (data: unknown) => {
    // The room expired (no move for hours) or was ended elsewhere: nothing to publish to.
    const message = v.safeParse(ServerMessages.ended, data);
    if (message.success && message.output.code === share?.code) stopLocally();
  });
  unwatch = effect(() => {
    const session = guideSession.value;
    if (!share) return;
    // The tour ended (or another one started): the live tour ends for everyone.
    // (After this run: the effect is disposed by the ending.)
    if (!session || session.id !== share.sessionId) queueMicrotask(() => void endSharing());
    else publish();
  });
}

/** README step 3: re-claim, present, move: on the first connection and on every reconnection. */
async function onConnect(connection: Socket): Promise<void> {
  ready = false;
  const current = share;
  if (!current || connection !== socket) return;
  let claim = await claimRoom(keyOf(current));
  if (claim.status === 'gone') {
    // Someone else holds the code now, or it was ended: a new code (the QR code changes).
    claim = await claimRoom();
    if (claim.status === 'created' || claim.status === 'kept') {
      adopt({ ...claim.room, seq: 0, sessionId: current.sessionId });
    }
  }
  if (claim.status !== 'created' && claim.status !== 'kept') {
    setTimeout(() => connection.connected && void onConnect(connection), RETRY_MS);
    return;
  }
  if (!(await present(connection))) {
    setTimeout(() => connection.connected && void onConnect(connection), RETRY_MS);
    return;
  }
  ready = true;
  shareStatus.value = 'live';
  lastSent = null;
  publish();
}

/** `present`: the follower count and the room's last seq (moves continue above it). */
async function present(connection: Socket): Promise<boolean> {
  if (!share) return false;
  try {
    const raw = await connection.timeout(ACK_TIMEOUT_MS).emitWithAck('present', keyOf(share));
    const answer = v.safeParse(Answers.present, raw);
    if (!answer.success || !answer.output.ok || !share) return false;
    shareFollowers.value = answer.output.followers;
    const seq = Math.max(share.seq, answer.output.seq ?? 0);
    if (seq !== share.seq) adopt({ ...share, seq });
    return true;
  } catch {
    return false; // no answer in time
  }
}

/** Sends the session's position if it changed since the last move (README step 4). */
function publish(): void {
  const session = guideSession.value;
  const connection = socket;
  if (!share || !connection || !ready || !session || session.id !== share.sessionId) return;
  const position = positionOf(session, share.seq + 1, buildInfo.contentVersion);
  const key = positionKey(position);
  if (key === lastSent) return;
  lastSent = key;
  adopt({ ...share, seq: position.seq });
  connection
    .timeout(ACK_TIMEOUT_MS)
    .emitWithAck('move', { ...keyOf(share), position })
    .then(async (raw: unknown) => {
      const answer = v.safeParse(Answers.move, raw);
      if (answer.success && answer.output.ok) return;
      // Not taken (stale seq, or the room lost): learn the room's seq again, then send anew.
      lastSent = null;
      const stale = answer.success && !answer.output.ok && answer.output.error === 'stale';
      if (stale && (await present(connection))) {
        publish();
      } else if (connection.connected) {
        void onConnect(connection);
      }
    })
    .catch(() => {
      // No answer in time: the next change, or the next connection, sends the position again.
      lastSent = null;
    });
}

/** Forgets the share on this tablet (no message): the room is over already. */
function stopLocally(): RoomKey | null {
  const current = share;
  share = null;
  ready = false;
  lastSent = null;
  storedLiveShare.remove();
  unwatch?.();
  unwatch = null;
  shareStatus.value = 'off';
  shareCode.value = null;
  shareFollowers.value = 0;
  socket?.disconnect();
  socket = null;
  return current ? keyOf(current) : null;
}

/** "End live tour" (and ending the tour): every follower gets `ended`; the code is dead. */
export async function endSharing(): Promise<void> {
  const connection = socket;
  const room = share ? keyOf(share) : null;
  if (!room) {
    if (shareStatus.value !== 'checking') shareStatus.value = 'off';
    return;
  }
  // Forget it here first, so no move follows the end.
  socket = null;
  const wasReady = ready;
  const key = stopLocally();
  let ended = false;
  if (connection?.connected && wasReady && key) {
    try {
      const raw = await connection.timeout(ACK_TIMEOUT_MS).emitWithAck('end', key);
      const answer = v.safeParse(Answers.end, raw);
      ended = answer.success && answer.output.ok;
    } catch {
      ended = false;
    }
  }
  connection?.disconnect();
  if (!ended) await endRoom(room);
}

/**
 * Guide mode, on every page: a tour that ends (on /guide, or in another window) ends its live
 * tour too, also when this page never connected to it (the share is on the tablet, in storage).
 */
export function endLiveWithTour(): () => void {
  return effect(() => {
    const session = guideSession.value;
    if (share) return; // this page's own connection ends it (connect() watches)
    const kept = storedLiveShare.load();
    if (!kept || kept.sessionId === session?.id) return;
    storedLiveShare.remove();
    void endRoom(keyOf(kept));
  });
}

/** Clears a message such as "unavailable" (the guide closed it). */
export function dismissShareStatus(): void {
  if (!share) shareStatus.value = 'off';
}
