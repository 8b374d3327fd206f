import { PageHeading } from '../../components/PageHeading.tsx';
import { TourMeta } from '../../components/TourMeta.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { componentLoader, useLazyComponent } from '../../components/use-lazy-component.ts';
import { site, tourMinutes, tours } from '../../content/index.ts';
import { language, translator } from '../../i18n/index.ts';
import { visitedStopsOf } from '../../state/tour-progress.ts';
import './HomePage.css';

/**
 * The list of every stop grows with the content: it is a chunk of its own, so the initial JS of
 * "/" stays within budget however many stops the center adds (scripts/check-budgets.ts). It is
 * fetched after the first paint and does not hold the page back.
 */
function LazyStopLinks() {
  const StopLinks = useLazyComponent(loadStopLinks);
  return StopLinks ? <StopLinks /> : null;
}
export const loadStopLinks = componentLoader(() =>
  import('./StopLinks.tsx').then((module) => module.StopLinks),
);

export function HomePage() {
  const lang = language.value;
  const t = translator(lang);
  useDocumentTitle(undefined);
  return (
    <div class="home">
      <section class="home__hero">
        <PageHeading class="home__title">{site.name[lang]}</PageHeading>
        <p class="home__tagline">{site.tagline[lang]}</p>
      </section>

      <section aria-labelledby="tours-heading">
        <h2 id="tours-heading" class="section-title">
          {t('tours')}
        </h2>
        <ul class="tour-cards">
          {tours.map((tour) => {
            const visited = visitedStopsOf(tour).length;
            return (
              <li key={tour.id} class="card tour-card">
                <h3 class="tour-card__title">
                  <a href={`/tours/${tour.id}`}>{tour.title[lang]}</a>
                </h3>
                <TourMeta minutes={tourMinutes(tour)} stops={tour.stops.length} lang={lang} />
                <p class="tour-card__description">{tour.description[lang]}</p>
                {visited > 0 && (
                  <p class="tour-card__progress">
                    {t('tourProgress', { visited, total: tour.stops.length })}
                  </p>
                )}
                <span class="tour-card__action button button--primary" aria-hidden="true">
                  {visited > 0 ? t('continueTour') : t('startTour')}
                </span>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="stops-heading">
        <h2 id="stops-heading" class="section-title">
          {t('allStops')}
        </h2>
        <LazyStopLinks />
        <p>
          <a class="button button--secondary" href="/glossary">
            {t('glossary')}
          </a>
        </p>
      </section>
    </div>
  );
}
