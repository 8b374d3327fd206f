import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { PageHeading } from '../../components/PageHeading.tsx';
import { StopDetail } from '../../components/stop/StopDetail.tsx';
import { StopLocation } from '../../components/stop/StopLocation.tsx';
import { stopPath } from '../../content/index.ts';
import { findStopSummary } from '../../content/stops.ts';
import { tourPosition } from '../../content/tour-position.ts';
import { useStop } from '../../content/use-stop.ts';
import { language, translator } from '../../i18n/index.ts';
import { endInteraction, startInteraction } from '../../perf/interaction.ts';
import { hydratingPrerendered } from '../../prerender/hydrating.ts';
import { StopRoute, type StopViewProps } from '../../routing/StopRoute.tsx';
import { markVisited } from '../../state/tour-progress.ts';
import { NotFoundPage } from './NotFoundPage.tsx';
import './StopPage.css';

export function StopPage() {
  return <StopRoute view={StopView} notFound={(stopId) => <NotFoundPage stopId={stopId} />} />;
}

function StopView({ summary, tourId }: StopViewProps) {
  const state = useStop(summary.id);
  const lang = language.value;
  const t = translator(lang);
  // The build rendered the stop within its default tour. Hydrating that HTML, the first render is
  // that form (hydration does not correct a link's href); the tour of `?tour=` follows as an
  // update, which does.
  const [asBuilt, setAsBuilt] = useState(() => hydratingPrerendered(lang));
  useEffect(() => setAsBuilt(false), []);
  const { tour, index, previous, next } = tourPosition(summary.id, asBuilt ? undefined : tourId);

  useEffect(() => {
    if (asBuilt) return;
    window.scrollTo(0, 0);
    if (tour) markVisited(tour.id, summary.id);
  }, [summary.id, tour, asBuilt]);
  const ready = state.status === 'ready';
  // A layout effect runs before the paint, so the measure closes right after the stop shows.
  useLayoutEffect(() => {
    if (ready) endInteraction('sbc:stop-navigation');
  }, [ready]);
  const markNavigation = () => startInteraction('sbc:stop-navigation');

  return (
    <article class="stop-page">
      {tour && (
        <p class="stop-page__position">
          <a href={`/tours/${tour.id}`}>{tour.title[lang]}</a>
          <span aria-hidden="true"> · </span>
          <span>{t('stopOfTotal', { number: index + 1, total: tour.stops.length })}</span>
        </p>
      )}
      <PageHeading>{summary.title[lang]}</PageHeading>
      <p class="stop-page__summary">{summary.summary[lang]}</p>
      <StopLocation location={summary.location} lang={lang} size="page" />

      <StopDetail state={state} lang={lang} />

      {tour && (
        <nav class="action-bar stop-nav" aria-label={tour.title[lang]}>
          {previous ? (
            <a
              class="button button--secondary"
              href={stopPath(previous.stop, tour.id)}
              rel="prev"
              onClick={markNavigation}
            >
              <span aria-hidden="true">← </span>
              {t('previousStop')}
            </a>
          ) : (
            <a class="button button--secondary" href={`/tours/${tour.id}`}>
              {t('backToTour')}
            </a>
          )}
          {next ? (
            <a
              class="button button--primary"
              href={stopPath(next.stop, tour.id)}
              rel="next"
              onClick={markNavigation}
            >
              {t('nextStop')}
              <span class="stop-nav__next-title">{findStopSummary(next.stop)?.title[lang]}</span>
              <span aria-hidden="true"> →</span>
            </a>
          ) : (
            <a class="button button--primary" href={`/tours/${tour.id}?complete=1`}>
              {t('finishTour')}
            </a>
          )}
        </nav>
      )}
    </article>
  );
}
