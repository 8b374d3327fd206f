// The running guide session, shared by every window of this browser: the presenter (tablet) and
// the audience screen (a second window on the wall display). localStorage holds the truth, so a
// reload, a sleeping tablet, an app update or a late-opened audience screen finds the session as
// it was; BroadcastChannel tells the other windows at once, and the `storage` event is the
// fallback where BroadcastChannel is missing. Each change carries a revision, so a late message
// never rolls a window back.
import { signal } from '@preact/signals';
import * as v from 'valibot';
import type { TourStop } from '../../content/types.ts';
import { STORAGE_KEYS } from '../../storage/keys.ts';
import { storedValue } from '../../storage/stored-value.ts';
import {
  ALL_LANGUAGES,
  AUDIENCE_LANGUAGES,
  type AudienceLanguage,
  type GuideSession,
  reduceSession,
  type SessionAction,
} from './session.ts';
import { parseStoredSession, type StoredSession, storedSessionSchema } from './session-schema.ts';

export const SESSION_KEY = STORAGE_KEYS.guideSession;
export const CHANNEL_NAME = 'sbc-guide';

const storedSession = storedValue<StoredSession | null>({
  key: SESSION_KEY,
  schema: storedSessionSchema,
  fallback: null,
});

const storedAudience = storedValue<AudienceLanguage>({
  key: STORAGE_KEYS.guideAudience,
  schema: v.picklist(AUDIENCE_LANGUAGES),
  fallback: ALL_LANGUAGES,
  format: 'text',
});

/** The session every guide view shows; null when no tour is being presented. */
export const guideSession = signal<GuideSession | null>(null);

let revision = 0;
let channel: BroadcastChannel | null = null;
let connected = false;

/** Takes a state from storage or another window, unless this window already has a newer one. */
function receive(stored: StoredSession | null): void {
  if (!stored || stored.revision <= revision) return;
  revision = stored.revision;
  guideSession.value = stored.session;
}

/** Loads the saved session and follows the other windows from now on (idempotent). */
export function connectGuideSession(): void {
  if (connected) return;
  connected = true;
  receive(storedSession.load());
  if (typeof BroadcastChannel === 'function') {
    channel = new BroadcastChannel(CHANNEL_NAME);
    channel.onmessage = (event: MessageEvent) => receive(parseStoredSession(event.data));
  }
  window.addEventListener('storage', onStorage);
}

function onStorage(event: StorageEvent): void {
  if (event.key === SESSION_KEY) receive(storedSession.parse(event.newValue));
}

/** Stops following the other windows (tests; a page that leaves guide mode keeps following). */
export function disconnectGuideSession(): void {
  channel?.close();
  channel = null;
  window.removeEventListener('storage', onStorage);
  connected = false;
}

/** Applies an action: the new state is shown, saved and sent to the other windows. */
export function dispatch(action: SessionAction): void {
  const current = guideSession.value;
  const next = reduceSession(current, action);
  if (next === current) return;
  // Time-based revisions stay ahead of those saved before a reload (or by another tab).
  revision = Math.max(Date.now(), revision + 1);
  const stored: StoredSession = { revision, session: next };
  guideSession.value = next;
  // Storage full or disabled: the session still runs, and the channel still reaches the screen.
  storedSession.save(stored);
  channel?.postMessage(stored);
  if (action.type === 'setAudienceLanguage') rememberAudience(action.audience);
}

/** Starts presenting `stops` (a tour's or the guide's own order), replacing any session. */
export function startSession(tourId: string, stops: TourStop[]): void {
  dispatch({
    type: 'start',
    id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    tourId,
    stops,
    audience: preferredAudience(),
    now: Date.now(),
  });
}

/** The audience language last chosen on this device; all languages at first. */
export function preferredAudience(): AudienceLanguage {
  return storedAudience.load();
}

function rememberAudience(audience: AudienceLanguage): void {
  storedAudience.save(audience); // storage disabled: the choice lasts for this session only
}
