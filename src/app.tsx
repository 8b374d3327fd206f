import { ErrorBoundary, LocationProvider, lazy, useLocation } from 'preact-iso';
import { VisitorApp } from './modes/visitor/VisitorApp.tsx';

// The kiosk and guide modes are their own chunks: a visitor's phone never downloads them.
const KioskApp = lazy(() => import('./modes/kiosk/KioskApp.tsx').then((m) => m.KioskApp));
const GuideApp = lazy(() => import('./modes/guide/GuideApp.tsx').then((m) => m.GuideApp));
// A live tour's follower page and wall screen (`/live/<code>`): the realtime client is in here.
const LiveApp = lazy(() => import('./modes/live/LiveApp.tsx').then((m) => m.LiveApp));

/**
 * Picks the experience by URL: `/kiosk…` (reception screen), `/guide…` (staff tablet), `/live…`
 * (following a live tour), else the visitor app.
 */
function ModeSwitch() {
  const { path } = useLocation();
  if (/^\/kiosk(\/|$)/.test(path)) return <KioskApp />;
  if (/^\/guide(\/|$)/.test(path)) return <GuideApp />;
  if (/^\/live(\/|$)/.test(path)) return <LiveApp />;
  return <VisitorApp />;
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
