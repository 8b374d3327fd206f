import { useEffect } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { PageHeading } from '../../components/PageHeading.tsx';
import { TourStopMeta } from '../../components/TourStopMeta.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { findTour, tourMinutes } from '../../content/index.ts';
import { language, translator } from '../../i18n/index.ts';
import { progressThroughTour } from '../../state/progress-through-tour.ts';
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

  const { stops, seen, next } = progressThroughTour(tour);

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
            {stops.map((stop) => (
              <li key={stop.summary.id}>
                <a
                  class={`kiosk-tile kiosk-tour-stop${stop.visited ? ' kiosk-tour-stop--visited' : ''}`}
                  href={kioskStopPath(stop.summary.id, tour.id)}
                >
                  <span class="kiosk-tour-stop__number" aria-hidden="true">
                    {stop.visited ? '✓' : stop.number}
                  </span>
                  <span class="kiosk-tour-stop__title">{stop.summary.title[lang]}</span>
                  <TourStopMeta class="kiosk-tour-stop__meta" stop={stop} lang={lang} />
                </a>
              </li>
            ))}
          </ol>
        </div>
        <PhoneQr kind="tours" id={tour.id} lang={lang} />
      </div>
    </KioskScreen>
  );
}
