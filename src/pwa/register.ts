// The service worker bridge: registers /sw.js (workbox-window), reports a waiting update to
// update-state.ts, applies it on request (apply-update.ts), checks for updates periodically and
// asks the worker to refill its precache when the browser evicted part of it.
// Loaded after the first render (src/pwa/start.ts), so none of it weighs on the initial JS.
import * as v from 'valibot';
import { messageSW, Workbox } from 'workbox-window';
import { SESSION_KEYS } from '../storage/keys.ts';
import { storedValue } from '../storage/stored-value.ts';
import { loadAttempt, saveAttempt } from './apply-attempt-store.ts';
import { applyUpdate } from './apply-update.ts';
import { buildInfo } from './build-info.ts';
import { precacheReport } from './precache-report.ts';
import { parseServerVersion, serverVersion } from './server-version.ts';
import { CHECK_PRECACHE, parsePrecacheReport } from './sw-messages.ts';
import { checkIntervalSeconds, shouldCheckForUpdate } from './update-checks.ts';
import { settleAttempt } from './update-policy.ts';
import {
  connectUpdateActions,
  lastUpdateCheck,
  updateAttempt,
  updateWaiting,
} from './update-state.ts';

const SW_URL = '/sw.js';
const VERSION_URL = '/version.json';
/** `?updateCheck=` as the tab remembers it; checkIntervalSeconds() parses and clamps it. */
const rememberedInterval = storedValue<string | null>({
  key: SESSION_KEYS.updateCheckSeconds,
  schema: v.nullable(v.pipe(v.string(), v.maxLength(32))),
  fallback: null,
  format: 'text',
  area: 'session',
});
/** A worker that does not answer the precache check in this time is not waited for. */
const PRECACHE_CHECK_TIMEOUT_MS = 5 * 60_000;

export async function registerServiceWorker(): Promise<void> {
  // Did the attempt that reloaded this page (if any) take? This page's build tells.
  updateAttempt.value = settleAttempt(loadAttempt(), buildInfo.buildId, new Date().toISOString());
  saveAttempt(updateAttempt.value);

  const wb = new Workbox(SW_URL, { scope: '/' });
  // A page controlled from its start runs the version of that worker; the first visit is not.
  let controlled = Boolean(navigator.serviceWorker.controller);
  let applying = false;

  const markWaiting = () => {
    updateWaiting.value = true;
  };
  wb.addEventListener('waiting', markWaiting);

  wb.addEventListener('controlling', () => {
    if (!applying && controlled) {
      // Another tab applied an update (or a takeover came after this page stopped waiting for
      // it): this page's code is older than the worker serving it now, so it behaves as if an
      // update waits (the banner, the kiosk's next idle reset, the guide).
      markWaiting();
    }
    controlled = true;
  });

  const registration = await wb.register({ immediate: true });
  if (!registration) return;

  // workbox-window stops following updates it thinks another tab started (a periodic check
  // after its first minute counts as one), so watch the registration too: a kiosk running for
  // weeks must notice every new version, also after one failed to install.
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && registration.active && registration.waiting === worker) {
        markWaiting();
      }
    });
  });

  const check = async () => {
    const installing = Boolean(registration.installing);
    if (!shouldCheckForUpdate({ online: navigator.onLine, installing })) return;
    try {
      // Ask the server first (as vite-plugin-pwa's periodic-update guard does with sw.js):
      // update() on an unreachable server throws; no-store makes sure no HTTP cache answers.
      // version.json also tells which build the server has, for the staff panel.
      const response = await fetch(VERSION_URL, {
        cache: 'no-store',
        headers: { 'cache-control': 'no-cache' },
      });
      if (!response.ok) return;
      serverVersion.value = parseServerVersion(await response.json());
      await registration.update();
      lastUpdateCheck.value = new Date();
      void checkPrecache(registration);
    } catch {
      // Offline or the server is down: the next check tries again; the current version runs on.
    }
  };

  connectUpdateActions({
    apply: async (mayReload) => {
      // One attempt at a time (a reset's and the staff panel's button could meet).
      if (applying) return;
      applying = true;
      try {
        await applyUpdate(registration, mayReload);
      } finally {
        applying = false;
      }
    },
    check,
  });

  setInterval(check, updateCheckSeconds() * 1000);
  // At start too: a precache evicted while the app was closed is refilled on the next visit.
  void checkPrecache(registration);

  void keepStorage();
}

/**
 * Asks the active worker to put back any precached file the browser evicted (online only: the
 * files come from the server). The worker answers with what it found and refilled.
 */
async function checkPrecache(registration: ServiceWorkerRegistration): Promise<void> {
  const worker = registration.active;
  if (!worker || !navigator.onLine) return;
  const timeout = new Promise<undefined>((resolve) =>
    setTimeout(resolve, PRECACHE_CHECK_TIMEOUT_MS, undefined),
  );
  const answer = await Promise.race([messageSW(worker, CHECK_PRECACHE), timeout]);
  precacheReport.value = parsePrecacheReport(answer) ?? precacheReport.value;
}

/** The check interval, from `?updateCheck=<seconds>`, remembered (clamped) for the tab. */
function updateCheckSeconds(): number {
  const query = new URLSearchParams(location.search).get('updateCheck');
  const seconds = checkIntervalSeconds(query, rememberedInterval.load());
  // Only a sane value is kept: what the tab remembers is the interval in force.
  if (query !== null) rememberedInterval.save(String(seconds));
  return seconds;
}

/** Asks the browser not to evict the precached tour when the device runs low on space. */
async function keepStorage(): Promise<void> {
  try {
    if (navigator.storage?.persist && !(await navigator.storage.persisted())) {
      await navigator.storage.persist();
    }
  } catch {
    // Not supported or refused: the tour still works offline until the browser needs the space.
  }
}
