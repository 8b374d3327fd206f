import { useEffect } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { findTour, tourMinutes } from '../../content/index.ts';
import { findStopSummary } from '../../content/stops.ts';
import { language, translator } from '../../i18n/index.ts';
import { visitedStopsOf } from '../../state/tour-progress.ts';
import { KioskNotFound } from './KioskNotFound.tsx';
import { HomeButton, KioskScreen, LanguageButton, Spacer } from './KioskScreen.tsx';
import { kioskStopPath } from './kiosk-paths.ts';
import { PhoneQr } from './PhoneQr.tsx';
import { noteTourCompleted } from './visit.ts';
import './KioskTourPage.css';

export function KioskTourPage() {
  const { params, query } = useRoute();
  const tour = findTour(params.tourId);
  const lang = language.value;
  const t = translator(lang);
  useDocumentTitle(tour?.title[lang]);
  const complete = query.complete === '1';
  useEffect(() => {
    if (tour && complete) noteTourCompleted(tour.id);
  }, [tour, complete]);
  if (!tour) return <KioskNotFound />;

  const visited = visitedStopsOf(tour);
  const seen = tour.stops.filter((entry) => visited.includes(entry.stop)).length;
  const next = tour.stops.find((entry) => !visited.includes(entry.stop)) ?? tour.stops[0];

  return (
    <KioskScreen
      class="kiosk-tour-page"
      context={t('minutes', { count: tourMinutes(tour) })}
      actions={
        <>
          <HomeButton />
          <LanguageButton />
          <a class="kiosk-button kiosk-button--quiet" href="/kiosk/glossary">
            {t('glossary')}
          </a>
          <Spacer />
          <a class="kiosk-button kiosk-button--primary" href={kioskStopPath(next.stop, tour.id)}>
            {seen > 0 && !complete ? t('continueTour') : t('startTour')}
            <span aria-hidden="true"> →</span>
          </a>
        </>
      }
    >
      <div class="kiosk-tour-page__layout">
        <div class="kiosk-tour-page__text">
          <PageHeading class="kiosk-title">{tour.title[lang]}</PageHeading>
          <p class="kiosk-lead">{tour.description[lang]}</p>
          <p class="kiosk-tour-page__progress">
            {complete
              ? t('tourComplete')
              : t('tourProgress', { visited: seen, total: tour.stops.length })}
          </p>
          <ol class="kiosk-tour-stops">
            {tour.stops.map((entry, index) => {
              const stop = findStopSummary(entry.stop);
              if (!stop) return null;
              const isVisited = visited.includes(stop.id);
              return (
                <li key={stop.id}>
                  <a
                    class={`kiosk-tour-stop${isVisited ? ' kiosk-tour-stop--visited' : ''}`}
                    href={kioskStopPath(stop.id, tour.id)}
                  >
                    <span class="kiosk-tour-stop__number" aria-hidden="true">
                      {isVisited ? '✓' : index + 1}
                    </span>
                    <span class="kiosk-tour-stop__title">{stop.title[lang]}</span>
                    <span class="kiosk-tour-stop__meta">
                      {t('minutesShort', { count: entry.minutes })}
                      {isVisited && <> · {t('visited')}</>}
                    </span>
                  </a>
                </li>
              );
            })}
          </ol>
        </div>
        <PhoneQr kind="tours" id={tour.id} lang={lang} />
      </div>
    </KioskScreen>
  );
}
