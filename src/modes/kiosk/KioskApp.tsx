import { useEffect, useRef, useState } from 'preact/hooks';
import { Route, Router, useLocation } from 'preact-iso';
import { TermDialog } from '../../components/TermDialog.tsx';
import { site } from '../../content/index.ts';
import type { Language } from '../../content/types.ts';
import {
  exitFullscreen,
  holdWakeLock,
  requestFullscreen,
  type WakeLockHold,
} from '../../device/screen-device.ts';
import { setLanguage } from '../../i18n/index.ts';
import { startInteraction } from '../../perf/interaction.ts';
import { applyUpdateIfDue, updateMode, updateWaiting } from '../../pwa/update-state.ts';
import { AttractScreen } from './AttractScreen.tsx';
import { count } from './counter-store.ts';
import { ExternalLinkDialog } from './ExternalLinkDialog.tsx';
import { hardenKiosk } from './hardening.ts';
import { IdlePrompt } from './IdlePrompt.tsx';
import { createIdleController } from './idle-controller.ts';
import { KioskGlossaryPage } from './KioskGlossaryPage.tsx';
import { KioskHomePage } from './KioskHomePage.tsx';
import { KioskNotFound } from './KioskNotFound.tsx';
import { KioskStopPage } from './KioskStopPage.tsx';
import { KioskTourPage } from './KioskTourPage.tsx';
import { attractUrl, idleSettings } from './kiosk-settings.ts';
import { linkTarget } from './link-policy.ts';
import { PinDialog } from './PinDialog.tsx';
import { StaffPanel } from './StaffPanel.tsx';
import './strings.ts';
import { beginVisit, clearVisit, externalLink, staffView } from './visit.ts';
import './KioskApp.css';

// `?idle=` / `?countdown=` are read once, when the kiosk starts, and kept for the page's life;
// the attract screen (and a staff reload) return to the start address, overrides included.
const startSearch = location.search;
const settings = idleSettings(site.kiosk, startSearch);
const startUrl = attractUrl(startSearch);

/** Resolves once the browser has painted (or soon after, should the page be hidden). */
function painted(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => resolve();
    requestAnimationFrame(() => setTimeout(done, 0));
    setTimeout(done, 250);
  });
}

/**
 * The reception kiosk: an attract screen between visitors, the tours and stops in kiosk-sized
 * layouts, and the idle reset that clears every trace of a visit for the next visitor.
 */
export function KioskApp() {
  const { path, route } = useLocation();
  const routeRef = useRef(route);
  routeRef.current = route;
  const wakeLock = useRef<WakeLockHold | undefined>(undefined);
  // From an idle reset until the next visitor begins, nobody is using the kiosk: a new version
  // that finishes downloading in this time is applied as soon as it waits, not a visit later.
  const resetSinceVisit = useRef(false);
  const nobodyHere = () =>
    resetSinceVisit.current && location.pathname === '/kiosk' && staffView.value === 'closed';

  const [idle] = useState(() =>
    createIdleController({
      settings,
      async onReset() {
        startInteraction('sbc:kiosk-reset'); // `npm run bench` measures the reset to the attract screen
        const visiting = location.pathname !== '/kiosk';
        clearVisit();
        // Replace, never push: the browser's history holds no page of the last visit.
        routeRef.current(startUrl, true);
        if (visiting) void count('idle_resets');
        // The attract screen shows first; then a waiting update reloads into the new version,
        // unless a new visitor has already begun (also checked before that reload).
        resetSinceVisit.current = true;
        await painted();
        if (nobodyHere()) void applyUpdateIfDue('idle-reset', nobodyHere);
      },
    }),
  );

  useEffect(() => {
    updateMode.value = 'kiosk';
    setLanguage(site.defaultLanguage, { remember: false });
    const unharden = hardenKiosk();
    const stopIdle = idle.start();
    wakeLock.current = holdWakeLock();
    return () => {
      stopIdle();
      unharden();
      wakeLock.current?.release();
      updateMode.value = 'visitor';
    };
  }, [idle]);

  // The idle timer runs while someone uses the kiosk: a visitor anywhere but the attract
  // screen, or staff at the PIN pad or panel (which the reset closes like any dialog).
  const staff = staffView.value;
  useEffect(() => {
    if (staff !== 'closed' || path !== '/kiosk') {
      if (idle.phase.value === 'attract') idle.begin();
    } else {
      idle.attract();
    }
  }, [path, staff, idle]);

  // An update that starts waiting after the reset (its download was still under way then).
  const waiting = updateWaiting.value;
  useEffect(() => {
    if (waiting && nobodyHere()) void applyUpdateIfDue('idle-reset', nobodyHere);
  }, [waiting]);

  const begin = (lang: Language) => {
    resetSinceVisit.current = false;
    requestFullscreen();
    wakeLock.current?.refresh();
    beginVisit(lang);
    idle.begin();
    route('/kiosk/home', true);
  };

  // Every link stays in the kiosk: in-app links are replaced (no history to go back through),
  // links to the visitor app go to their kiosk twins, other sites are offered as a QR code.
  const onClick = (event: MouseEvent) => {
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (!(link instanceof HTMLAnchorElement) || link.hasAttribute('download')) return;
    const target = linkTarget(link.getAttribute('href'), location.href);
    if (target.kind === 'ignore') return;
    event.preventDefault();
    event.stopPropagation();
    if (target.kind === 'external') externalLink.value = target.url;
    else route(target.path, true);
  };
  // A middle click would open a tab.
  const onAuxClick = (event: MouseEvent) => {
    if ((event.target as Element | null)?.closest?.('a[href]')) event.preventDefault();
  };

  const leave = () => {
    exitFullscreen();
    wakeLock.current?.release();
    location.assign('/');
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: delegated from the links inside
    // biome-ignore lint/a11y/useKeyWithClickEvents: links fire click on Enter too
    <div class="kiosk" onClick={onClick} onAuxClick={onAuxClick}>
      {path === '/kiosk' ? (
        <AttractScreen onBegin={begin} />
      ) : (
        <Router>
          <Route path="/kiosk/home" component={KioskHomePage} />
          <Route path="/kiosk/tours/:tourId" component={KioskTourPage} />
          <Route path="/kiosk/stops/:stopId" component={KioskStopPage} />
          <Route path="/kiosk/glossary" component={KioskGlossaryPage} />
          <Route default component={KioskNotFound} />
        </Router>
      )}
      <TermDialog />
      <ExternalLinkDialog />
      <PinDialog />
      <StaffPanel onReload={() => location.replace(startUrl)} onLeave={leave} />
      <IdlePrompt idle={idle} />
    </div>
  );
}
