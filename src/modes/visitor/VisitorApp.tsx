import { useEffect } from 'preact/hooks';
import { lazy, Route, Router } from 'preact-iso';
import { LazyTermDialog } from '../../components/LazyTermDialog.tsx';
import { SiteHeader } from '../../components/SiteHeader.tsx';
import { OfflineIndicator } from '../../pwa/OfflineIndicator.tsx';
import { UpdateBanner } from '../../pwa/UpdateBanner.tsx';
import { HomePage } from './HomePage.tsx';

// Only the home page is in the initial JS (budget: scripts/check-budgets.ts); the other pages are
// chunks of their own, all precached by the service worker, so they open offline as fast.
const TourPage = lazy(() => import('./TourPage.tsx').then((m) => m.TourPage));
const StopPage = lazy(() => import('./StopPage.tsx').then((m) => m.StopPage));
const GlossaryPage = lazy(() => import('./GlossaryPage.tsx').then((m) => m.GlossaryPage));
const NotFoundPage = lazy(() => import('./NotFoundPage.tsx').then((m) => m.NotFoundPage));

// The printed handout is opened rarely: its own chunk.
const TourHandoutPage = lazy(() =>
  import('./TourHandoutPage.tsx').then((module) => module.TourHandoutPage),
);

/** The phone (and default) experience: home → tour → stops, plus the glossary. */
export function VisitorApp() {
  // Once the first page is up, fetch the other pages' code, so moving on never waits for it.
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 1));
    idle(() => {
      for (const page of [TourPage, StopPage, GlossaryPage, NotFoundPage]) void page.preload();
    });
  }, []);
  return (
    <>
      <SiteHeader>
        <OfflineIndicator />
        <UpdateBanner />
      </SiteHeader>
      <main id="main" class="page">
        <Router>
          <Route path="/" component={HomePage} />
          <Route path="/tours/:tourId" component={TourPage} />
          <Route path="/tours/:tourId/print" component={TourHandoutPage} />
          <Route path="/stops/:stopId" component={StopPage} />
          <Route path="/glossary" component={GlossaryPage} />
          <Route default component={NotFoundPage} />
        </Router>
      </main>
      <LazyTermDialog />
    </>
  );
}
