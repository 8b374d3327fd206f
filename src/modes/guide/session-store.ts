// The running guide session, shared by every window of this browser: the presenter (tablet) and
// the audience screen (a second window on the wall display). localStorage holds the truth, so a
// reload, a sleeping tablet, an app update or a late-opened audience screen finds the session as
// it was; BroadcastChannel tells the other windows at once, and the `storage` event is the
// fallback where BroadcastChannel is missing. Each change carries a revision, so a late message
// never rolls a window back.
import { signal } from '@preact/signals';
import type { TourStop } from '../../content/types.ts';
import {
  ALL_LANGUAGES,
  AUDIENCE_LANGUAGES,
  type AudienceLanguage,
  type GuideSession,
  parseSession,
  reduceSession,
  type SessionAction,
} from './session.ts';

export const SESSION_KEY = 'sbc-guide.session';
const AUDIENCE_KEY = 'sbc-guide.audience';
export const CHANNEL_NAME = 'sbc-guide';

interface Stored {
  revision: number;
  session: GuideSession | null;
}

/** The session every guide view shows; null when no tour is being presented. */
export const guideSession = signal<GuideSession | null>(null);

let revision = 0;
let channel: BroadcastChannel | null = null;
let connected = false;

function parseStored(text: string | null): Stored | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<Stored> | null;
    if (!value || typeof value.revision !== 'number') return null;
    return { revision: value.revision, session: parseSession(value.session) };
  } catch {
    return null;
  }
}

/** Takes a state from storage or another window, unless this window already has a newer one. */
function receive(stored: Stored | null): void {
  if (!stored || stored.revision <= revision) return;
  revision = stored.revision;
  guideSession.value = stored.session;
}

function readStorage(): Stored | null {
  try {
    return parseStored(localStorage.getItem(SESSION_KEY));
  } catch {
    return null;
  }
}

/** Loads the saved session and follows the other windows from now on (idempotent). */
export function connectGuideSession(): void {
  if (connected) return;
  connected = true;
  receive(readStorage());
  if (typeof BroadcastChannel === 'function') {
    channel = new BroadcastChannel(CHANNEL_NAME);
    channel.onmessage = (event: MessageEvent) => {
      const data = event.data as Partial<Stored> | null;
      if (data && typeof data.revision === 'number') {
        receive({ revision: data.revision, session: parseSession(data.session) });
      }
    };
  }
  window.addEventListener('storage', onStorage);
}

function onStorage(event: StorageEvent): void {
  if (event.key === SESSION_KEY) receive(parseStored(event.newValue));
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
  const stored: Stored = { revision, session: next };
  guideSession.value = next;
  try {
    localStorage.setItem(SESSION_KEY, JSON.stringify(stored));
  } catch {
    // Storage full or disabled: the session still runs, and the channel still reaches the screen.
  }
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
  try {
    const saved = localStorage.getItem(AUDIENCE_KEY) as AudienceLanguage | null;
    if (saved && AUDIENCE_LANGUAGES.includes(saved)) return saved;
  } catch {
    // Storage disabled: fall through to the default.
  }
  return ALL_LANGUAGES;
}

function rememberAudience(audience: AudienceLanguage): void {
  try {
    localStorage.setItem(AUDIENCE_KEY, audience);
  } catch {
    // Storage disabled: the choice lasts for this session only.
  }
}
