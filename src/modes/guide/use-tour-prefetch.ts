import { useEffect } from 'preact/hooks';
import { loadGlossary } from '../../content/index.ts';
import { loadStop } from '../../content/stops.ts';
import type { GuideSession } from './session.ts';

/**
 * Loads every stop of the tour (and the glossary) when it starts, in the presenter and on the
 * audience screen: a basement lab with no signal must not stop the tour, even before the service
 * worker has cached everything.
 */
export function useTourPrefetch(session: GuideSession): void {
  useEffect(() => {
    for (const entry of session.stops) void loadStop(entry.stop)?.catch(() => undefined);
    void loadGlossary().catch(() => undefined);
  }, [session.id]);
}
