import { useRoute } from 'preact-iso';
import { PageHeading } from '../../components/PageHeading.tsx';
import { TourMeta } from '../../components/TourMeta.tsx';
import { TourStopMeta } from '../../components/TourStopMeta.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { findTour, stopPath, tourMinutes } from '../../content/index.ts';
import { language, translator } from '../../i18n/index.ts';
import { progressThroughTour } from '../../state/progress-through-tour.ts';
import './handout-strings.ts';
import { NotFoundPage } from './NotFoundPage.tsx';
import './TourPage.css';

export function TourPage() {
  const { params, query } = useRoute();
  const tour = findTour(params.tourId);
  const lang = language.value;
  const t = translator(lang);
  useDocumentTitle(tour?.title[lang]);
  if (!tour) return <NotFoundPage />;

  const { stops, seen, next } = progressThroughTour(tour);
  const complete = seen === tour.stops.length || query.complete === '1';

  return (
    <div class="tour-page">
      <PageHeading>{tour.title[lang]}</PageHeading>
      <TourMeta minutes={tourMinutes(tour)} stops={tour.stops.length} lang={lang} />
      <p class="tour-page__description">{tour.description[lang]}</p>

      <div class="tour-progress">
        <progress max={tour.stops.length} value={seen} aria-labelledby="tour-progress-label" />
        <p id="tour-progress-label" class="tour-progress__label">
          {t('tourProgress', { visited: seen, total: tour.stops.length })}
        </p>
      </div>
      {complete && (
        <p class="tour-page__complete" role="status">
          {t('tourComplete')}
        </p>
      )}

      <ol class="tour-stops">
        {stops.map((stop) => (
          <li key={stop.summary.id} class={`tour-stop${stop.visited ? ' tour-stop--visited' : ''}`}>
            <span class="tour-stop__number" aria-hidden="true">
              {stop.visited ? '✓' : stop.number}
            </span>
            <a class="tour-stop__link" href={stopPath(stop.summary.id, tour.id)}>
              <span class="tour-stop__title">{stop.summary.title[lang]}</span>
              <span class="tour-stop__summary">{stop.summary.summary[lang]}</span>
              <TourStopMeta class="tour-stop__meta" stop={stop} lang={lang} />
            </a>
          </li>
        ))}
      </ol>

      <p class="tour-page__handout">
        <a href={`/tours/${tour.id}/print`}>{t('handout:printHandout')}</a>
      </p>

      <div class="action-bar">
        <a class="button button--primary button--wide" href={stopPath(next.stop, tour.id)}>
          {seen > 0 && !complete ? t('continueTour') : t('startTour')}
        </a>
      </div>
    </div>
  );
}
