import { lazy, Route, Router } from 'preact-iso';
import { SiteHeader } from '../../components/SiteHeader.tsx';
import { TermDialog } from '../../components/TermDialog.tsx';
import { GlossaryPage } from './GlossaryPage.tsx';
import { HomePage } from './HomePage.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { StopPage } from './StopPage.tsx';
import { TourPage } from './TourPage.tsx';

// The printed handout is opened rarely: its own chunk.
const TourHandoutPage = lazy(() =>
  import('./TourHandoutPage.tsx').then((module) => module.TourHandoutPage),
);

/** The phone (and default) experience: home → tour → stops, plus the glossary. */
export function VisitorApp() {
  return (
    <>
      <SiteHeader />
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
      <TermDialog />
    </>
  );
}
