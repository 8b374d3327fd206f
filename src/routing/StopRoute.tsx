import type { ComponentChildren, ComponentType } from 'preact';
import { useRoute } from 'preact-iso';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { findStopSummary } from '../content/stops.ts';
import type { StopSummary } from '../content/types.ts';
import { language } from '../i18n/index.ts';

/** What a mode's view of a stop is given: the stop, and `?tour=`, the tour it is shown within. */
export interface StopViewProps {
  summary: StopSummary;
  tourId?: string;
}

/**
 * `…/stops/:stopId` in the visitor app and on the kiosk: the mode's view of the stop the address
 * names, keyed by its id (a new stop starts afresh: scroll position, tab, page), with the tab
 * titled after it; or the mode's not-found page.
 */
export function StopRoute({
  view: View,
  notFound,
}: {
  view: ComponentType<StopViewProps>;
  notFound: (stopId: string) => ComponentChildren;
}) {
  const { params, query } = useRoute();
  const summary = findStopSummary(params.stopId);
  useDocumentTitle(summary?.title[language.value]);
  if (!summary) return <>{notFound(params.stopId)}</>;
  return <View key={summary.id} summary={summary} tourId={query.tour} />;
}
