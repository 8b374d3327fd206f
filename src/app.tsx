import type { ComponentType } from 'preact';
import { ErrorBoundary, LocationProvider, lazy, useLocation } from 'preact-iso';
import { VisitorApp } from './modes/visitor/VisitorApp.tsx';
import { type AppShellMode, appShellMode } from './routing/app-shell-routes.ts';

// The kiosk and guide modes are their own chunks: a visitor's phone never downloads them.
const KioskApp = lazy(() => import('./modes/kiosk/KioskApp.tsx').then((m) => m.KioskApp));
const GuideApp = lazy(() => import('./modes/guide/GuideApp.tsx').then((m) => m.GuideApp));
// A live tour's follower page and wall screen (`/live/<code>`): the realtime client is in here.
const LiveApp = lazy(() => import('./modes/live/LiveApp.tsx').then((m) => m.LiveApp));

/** Each app-shell mode's app: a mode added to the list must name its app here (type-checked). */
const MODE_APPS: Record<AppShellMode, ComponentType> = {
  kiosk: KioskApp,
  guide: GuideApp,
  live: LiveApp,
};

/**
 * Picks the experience by URL: `/kiosk…` (reception screen), `/guide…` (staff tablet), `/live…`
 * (following a live tour), else the visitor app.
 */
function ModeSwitch() {
  const { path } = useLocation();
  const mode = appShellMode(path);
  const ModeApp = mode ? MODE_APPS[mode] : VisitorApp;
  return <ModeApp />;
}

export function App() {
  return (
    <LocationProvider>
      <ErrorBoundary>
        <ModeSwitch />
      </ErrorBoundary>
    </LocationProvider>
  );
}
