// The relay's HTTP side, as src/live/README.md describes it: the probe (is the relay there?) and
// the presenter's create / re-claim. Every answer is parsed with the protocol's schemas; anything
// else (a static host's 404 or HTML page, a network error, another protocol) counts as "no relay".
import * as v from 'valibot';
import { HttpMessages, LIVE_API_PATH, type LiveError } from './protocol.ts';

type Fetch = typeof fetch;

async function jsonOf(response: Response): Promise<unknown> {
  // A static host answers unknown paths with the app's HTML: not JSON, not the relay.
  if (!response.headers.get('content-type')?.includes('application/json')) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/** True when this origin runs the live relay with our protocol (GET /api/live). */
export async function probeRelay(fetchImpl: Fetch = fetch): Promise<boolean> {
  try {
    const response = await fetchImpl(LIVE_API_PATH, { cache: 'no-store' });
    if (response.status !== 200) return false;
    return v.safeParse(HttpMessages.probe, await jsonOf(response)).success;
  } catch {
    return false; // offline, or the request was refused
  }
}

export interface RoomKey {
  code: string;
  secret: string;
}

/**
 * The answer to POST /api/live:
 *   created  a new room (or, re-claiming, the old code re-created after a server restart)
 *   kept     re-claimed: the room was there
 *   gone     re-claiming failed for good (`taken`, `ended`): start a new session
 *   failed   the server refused or could not be reached (`error` says why when it said)
 */
export type ClaimResult =
  | { status: 'created' | 'kept'; room: RoomKey }
  | { status: 'gone' }
  | { status: 'failed'; error: LiveError | 'network' };

/** Creates a room (no `claim`) or re-claims the one this tablet holds. */
export async function claimRoom(claim?: RoomKey, fetchImpl: Fetch = fetch): Promise<ClaimResult> {
  let response: Response;
  try {
    response = await fetchImpl(LIVE_API_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(claim ? { code: claim.code, secret: claim.secret } : {}),
      cache: 'no-store',
    });
  } catch {
    return { status: 'failed', error: 'network' };
  }
  const body = await jsonOf(response);
  if (response.status === 200 || response.status === 201) {
    const created = v.safeParse(HttpMessages.created, body);
    if (!created.success) return { status: 'failed', error: 'invalid' };
    return { status: response.status === 201 ? 'created' : 'kept', room: created.output };
  }
  const error = v.safeParse(HttpMessages.error, body);
  const code = error.success ? error.output.code : undefined;
  if (claim && (code === 'taken' || code === 'ended' || code === 'forbidden')) {
    return { status: 'gone' };
  }
  return { status: 'failed', error: code ?? 'invalid' };
}

/** Ends a room over HTTP (when the socket is not connected): DELETE with the secret. */
export async function endRoom(room: RoomKey, fetchImpl: Fetch = fetch): Promise<boolean> {
  try {
    const response = await fetchImpl(`${LIVE_API_PATH}/${room.code}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${room.secret}` },
      keepalive: true,
    });
    return response.status === 204;
  } catch {
    return false;
  }
}
