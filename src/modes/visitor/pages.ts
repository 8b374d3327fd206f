// The visitor app's pages other than home, each a chunk of its own (budget:
// scripts/check-budgets.ts), all precached by the service worker so they open offline as fast.
// Shared by the router (VisitorApp.tsx) and the route preloader (src/routing/preload-route.ts).
import { lazy } from 'preact-iso';
// Their stylesheets, though, are in the entry's: a stop opened from its sign then waits for one
// render-blocking stylesheet, not six (issue 14's bench; about 2 KB gzip more on the home page).
// A dist test checks that every prerendered visitor page links one stylesheet only.
import '../../components/GlossaryList.css';
import '../../components/TermDialog.css';
import '../../components/stop/StopBody.css';
import '../../components/stop/StopContent.css';
import '../../components/stop/StopDetail.css';
import '../../components/stop/StopFacts.css';
import '../../components/stop/StopFigure.css';
import '../../components/stop/StopLayerSwitch.css';
import '../../components/stop/StopLocation.css';
import './GlossaryPage.css';
import './NotFoundPage.css';
import './StopPage.css';
import './TourPage.css';

export const TourPage = lazy(() => import('./TourPage.tsx').then((m) => m.TourPage));
export const StopPage = lazy(() => import('./StopPage.tsx').then((m) => m.StopPage));
export const GlossaryPage = lazy(() => import('./GlossaryPage.tsx').then((m) => m.GlossaryPage));
export const NotFoundPage = lazy(() => import('./NotFoundPage.tsx').then((m) => m.NotFoundPage));
// The printed handout is opened rarely: its own chunk.
export const TourHandoutPage = lazy(() =>
  import('./TourHandoutPage.tsx').then((module) => module.TourHandoutPage),
);
