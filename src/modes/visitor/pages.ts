// The visitor app's pages other than home, each a chunk of its own (budget:
// scripts/check-budgets.ts), all precached by the service worker so they open offline as fast.
// Shared by the router (VisitorApp.tsx) and the route preloader (src/routing/preload-route.ts).
import { lazy } from 'preact-iso';

export const TourPage = lazy(() => import('./TourPage.tsx').then((m) => m.TourPage));
export const StopPage = lazy(() => import('./StopPage.tsx').then((m) => m.StopPage));
export const GlossaryPage = lazy(() => import('./GlossaryPage.tsx').then((m) => m.GlossaryPage));
export const NotFoundPage = lazy(() => import('./NotFoundPage.tsx').then((m) => m.NotFoundPage));
// The printed handout is opened rarely: its own chunk.
export const TourHandoutPage = lazy(() =>
  import('./TourHandoutPage.tsx').then((module) => module.TourHandoutPage),
);
