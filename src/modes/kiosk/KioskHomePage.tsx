import { PageHeading } from '../../components/PageHeading.tsx';
import { TourMeta } from '../../components/TourMeta.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { site, tourMinutes, tours } from '../../content/index.ts';
import { stops } from '../../content/stops.ts';
import type { TourStop } from '../../content/types.ts';
import { language, translator } from '../../i18n/index.ts';
import { KioskScreen, LanguageButton, Spacer } from './KioskScreen.tsx';
import './KioskHomePage.css';

/** After "Touch to begin": the tours (the kiosk's default tour first), then every stop. */
export function KioskHomePage() {
  const lang = language.value;
  const t = translator(lang);
  useDocumentTitle(t('kiosk:chooseTitle'));
  const ordered = [...tours].sort(
    (a, b) => Number(b.id === site.kiosk.defaultTour) - Number(a.id === site.kiosk.defaultTour),
  );
  // Stops in walking order (the default tour's), then any that tour leaves out.
  const walk: string[] = ordered[0]?.stops.map((entry: TourStop) => entry.stop) ?? [];
  const rank = (id: string) => (walk.includes(id) ? walk.indexOf(id) : walk.length);
  const orderedStops = [...stops].sort((a, b) => rank(a.id) - rank(b.id));
  return (
    <KioskScreen
      class="kiosk-home"
      actions={
        <>
          <LanguageButton />
          <Spacer />
          <a class="kiosk-button kiosk-button--secondary" href="/kiosk/glossary">
            {t('glossary')}
          </a>
        </>
      }
    >
      <PageHeading class="kiosk-title">{t('kiosk:chooseTitle')}</PageHeading>
      <ul class="kiosk-tours">
        {ordered.map((tour) => (
          <li key={tour.id}>
            <a class="kiosk-tour" href={`/kiosk/tours/${tour.id}`}>
              <span class="kiosk-tour__title">{tour.title[lang]}</span>
              <TourMeta
                as="span"
                class="kiosk-tour__meta"
                minutes={tourMinutes(tour)}
                stops={tour.stops.length}
                lang={lang}
              />
              <span class="kiosk-tour__description">{tour.description[lang]}</span>
            </a>
          </li>
        ))}
      </ul>
      <h2 class="kiosk-section-title">{t('allStops')}</h2>
      <ul class="kiosk-stops">
        {orderedStops.map((stop) => (
          <li key={stop.id}>
            <a class="kiosk-tile kiosk-stop-tile" href={`/kiosk/stops/${stop.id}`}>
              <span class="kiosk-stop-tile__title">{stop.title[lang]}</span>
              <span class="kiosk-stop-tile__place">{stop.location.place[lang]}</span>
            </a>
          </li>
        ))}
      </ul>
    </KioskScreen>
  );
}
