import { useEffect, useMemo } from 'preact/hooks';
import { Route, Router, useLocation } from 'preact-iso';
import { LazyTermDialog } from '../../components/LazyTermDialog.tsx';
import { SiteHeader } from '../../components/SiteHeader.tsx';
import { OfflineIndicator } from '../../pwa/OfflineIndicator.tsx';
import { UpdateBanner } from '../../pwa/UpdateBanner.tsx';
import { preloadRoute } from '../../routing/preload-route.ts';
import { HomePage } from './HomePage.tsx';
// Only the home page is in the initial JS (budget: scripts/check-budgets.ts).
import { GlossaryPage, NotFoundPage, StopPage, TourHandoutPage, TourPage } from './pages.ts';

/** The phone (and default) experience: home → tour → stops, plus the glossary. */
export function VisitorApp() {
  const { path } = useLocation();
  // The route's data starts loading as soon as the address is known, alongside the page's chunk,
  // not after the page has rendered once (a stop would otherwise wait for two round trips).
  useMemo(() => {
    preloadRoute(path).catch(() => undefined); // a failed chunk: the page itself offers a retry
  }, [path]);
  // Once the first page is up, fetch the other pages' code, so moving on never waits for it. Only
  // without a service worker: a worker precaches every chunk anyway, and doing it twice cost a
  // visitor's first page on a weak signal ~20 KB and ten requests (issue 14's bench).
  useEffect(() => {
    if ('serviceWorker' in navigator) return;
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
