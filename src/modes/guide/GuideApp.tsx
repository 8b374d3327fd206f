import { useEffect } from 'preact/hooks';
import { Route, Router } from 'preact-iso';
import { endLiveWithTour } from '../../live/presenter-link.ts';
import { updateMode } from '../../pwa/update-state.ts';
import { AudienceScreen } from './AudienceScreen.tsx';
import { GuideHeader } from './GuideHeader.tsx';
import { GuideHome } from './GuideHome.tsx';
import { PresenterPage } from './PresenterPage.tsx';
import { connectGuideSession } from './session-store.ts';
import './strings.ts';
import './GuideApp.css';

// The session is read before the first render, so a reload shows the tour as it was at once.
connectGuideSession();
// Ending the tour on any guide page ends its live tour for the phones following it.
endLiveWithTour();
// Guide mode never applies an update on its own: the guide chooses when (see UpdateReady).
updateMode.value = 'guide';

/**
 * Guide mode: `/guide` (choose a tour or build today's order), `/guide/screen` (the audience
 * screen), `/guide/<tourId>` (the presenter; `custom` for today's own order). `screen` is
 * matched first: it is not a tour id.
 */
export function GuideApp() {
  useEffect(() => {
    updateMode.value = 'guide';
    return () => {
      updateMode.value = 'visitor';
    };
  }, []);
  return (
    <Router>
      <Route path="/guide" component={HomeRoute} />
      <Route path="/guide/screen" component={AudienceScreen} />
      <Route path="/guide/:tourId" component={PresenterPage} />
      <Route default component={HomeRoute} />
    </Router>
  );
}

function HomeRoute() {
  return (
    <>
      <GuideHeader />
      <main id="main" class="page">
        <GuideHome />
      </main>
    </>
  );
}
