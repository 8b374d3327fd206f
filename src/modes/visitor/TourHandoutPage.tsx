import type { Ref } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { PageHeading } from '../../components/PageHeading.tsx';
import { StopBody } from '../../components/stop/StopBody.tsx';
import { StopFacts } from '../../components/stop/StopFacts.tsx';
import { TourMeta } from '../../components/TourMeta.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { findTour, loadedGlossary, loadGlossary, site, tourMinutes } from '../../content/index.ts';
import { loadedStop, loadStop } from '../../content/stops.ts';
import type { GlossaryTerm, Language, Stop, Tour } from '../../content/types.ts';
import { language, translator } from '../../i18n/index.ts';
import { languages as allLanguages } from '../../i18n/languages.ts';
import { hydratingPrerendered } from '../../prerender/hydrating.ts';
import { handoutUrl, includesDepth } from './handout-depth.ts';
import { ALL_LANGUAGES, handoutLanguages } from './handout-languages.ts';
import './handout-strings.ts';
import { NotFoundPage } from './NotFoundPage.tsx';
import './TourHandoutPage.css';

// `/tours/<id>/print`: the handout delegations take home. The tour's stops in order with their
// summaries and key facts, then the glossary terms the tour uses; in the current language, in all
// of them side by side (`?languages=both`) or in those named (`?languages=zh-CN,fr`). Printing it
// (A4) never splits a short stop across pages. `?depth=1` (the "Include the in-depth texts" box)
// adds each stop's in-depth text and the terms it uses.

interface HandoutData {
  stops: Stop[];
  terms: GlossaryTerm[];
}

export function TourHandoutPage() {
  const { params, query } = useRoute();
  const { route } = useLocation();
  const tour = findTour(params.tourId);
  const lang = language.value;
  const t = translator(lang);
  // Hydrating the build's handout (one language, no in-depth texts): that form first, so hydration
  // matches the HTML, then the address's own options, an update like any other.
  const [asBuilt, setAsBuilt] = useState(() => hydratingPrerendered(lang));
  const depthBox = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!asBuilt) return;
    setAsBuilt(false);
    // The build's box is unticked: ticked now, the visitor ticked it before the app was there to
    // follow (scripts load after the first paint). Honoured as if the app had seen it.
    if (tour && depthBox.current?.checked && !includesDepth(query.depth)) {
      route(handoutUrl(tour.id, query.languages, true), true);
    }
  }, []);
  useDocumentTitle(tour && `${tour.title[lang]} · ${t('handout:handoutTitle')}`);
  if (!tour) return <NotFoundPage />;
  const languagesParam = asBuilt ? undefined : query.languages;
  return (
    <Handout
      key={tour.id}
      tour={tour}
      languages={handoutLanguages(languagesParam, lang, site.languages)}
      languagesParam={languagesParam}
      depth={!asBuilt && includesDepth(query.depth)}
      depthBox={depthBox}
    />
  );
}

interface LoadedHandout {
  stops: Stop[];
  glossary: ReadonlyMap<string, GlossaryTerm>;
}

/** The tour's stops and the glossary if they have all arrived (a prerendered page waits for them). */
function arrived(tour: Tour): LoadedHandout | undefined {
  const stops = tour.stops.map((entry) => loadedStop(entry.stop));
  const glossary = loadedGlossary();
  if (!glossary || !stops.every((stop) => stop !== undefined)) return undefined;
  return { stops, glossary };
}

/** The tour's stops and the terms they use (with `depth`, their in-depth texts' terms too). */
function useHandoutData(tour: Tour, depth: boolean): HandoutData | 'failed' | undefined {
  // Loaded before the first render (the router starts it; a prerendered page waits for it before
  // hydrating): shown at once, with no "loading" frame over the text already on screen.
  const [loaded, setLoaded] = useState<LoadedHandout | 'failed' | undefined>(() => arrived(tour));
  useEffect(() => {
    if (loaded) return;
    let current = true;
    Promise.all([Promise.all(tour.stops.map((entry) => loadStop(entry.stop)!)), loadGlossary()])
      .then(([stops, glossary]) => current && setLoaded({ stops, glossary }))
      .catch(() => current && setLoaded('failed'));
    return () => {
      current = false;
    };
  }, [tour, loaded]);
  return useMemo(() => {
    if (typeof loaded !== 'object') return loaded;
    const termsOf = (stop: Stop) => [...stop.terms, ...(depth ? (stop.depth?.terms ?? []) : [])];
    const used = [...new Set(loaded.stops.flatMap(termsOf))];
    const terms = used.map((id) => loaded.glossary.get(id)).filter((term) => term !== undefined);
    return { stops: loaded.stops, terms };
  }, [loaded, depth]);
}

function Handout({
  tour,
  languages,
  languagesParam,
  depth,
  depthBox,
}: {
  tour: Tour;
  languages: readonly Language[];
  /** `?languages=` as given, kept when the in-depth box is ticked. */
  languagesParam?: string;
  depth: boolean;
  depthBox: Ref<HTMLInputElement>;
}) {
  const lang = language.value;
  const t = translator(lang);
  const { route } = useLocation();
  const data = useHandoutData(tour, depth);
  const several = languages.length > 1;
  const all = languages.length === allLanguages.length && several;
  const tourUrl = `${site.publicBaseUrl}/tours/${tour.id}`;
  const ready = typeof data === 'object';

  return (
    <div class={`handout${several ? ' handout--both' : ''}`}>
      <div class="handout__controls">
        <a class="handout__back" href={`/tours/${tour.id}`}>
          <span aria-hidden="true">← </span>
          {t('backToTour')}
        </a>
        <nav class="handout__languages" aria-label={t('handout:languages')}>
          <a
            class="handout__choice"
            href={handoutUrl(tour.id, undefined, depth)}
            aria-current={!several && languages[0] === lang ? 'true' : undefined}
          >
            {t('handout:oneLanguage')}
          </a>
          <a
            class="handout__choice"
            href={handoutUrl(tour.id, ALL_LANGUAGES, depth)}
            aria-current={all ? 'true' : undefined}
          >
            {t(allLanguages.length === 2 ? 'handout:bothLanguages' : 'handout:allLanguages')}
          </a>
        </nav>
        <label class="handout__depth">
          <input
            ref={depthBox}
            type="checkbox"
            checked={depth}
            onChange={(event) =>
              route(handoutUrl(tour.id, languagesParam, event.currentTarget.checked), true)
            }
          />
          {t('handout:includeDepth')}
        </label>
        <button
          type="button"
          class="button button--primary handout__print"
          disabled={!ready}
          onClick={() => window.print()}
        >
          {t('handout:print')}
        </button>
        <p class="handout__hint">{t('handout:printHint')}</p>
      </div>

      <header class="handout__header">
        <p class="handout__site">
          {languages.map((l) => (
            <span key={l} lang={l}>
              {site.name[l]}
            </span>
          ))}
        </p>
        <PageHeading class="handout__title">
          {languages.map((l) => (
            <span key={l} lang={l} class="handout__title-line">
              {tour.title[l]}
            </span>
          ))}
        </PageHeading>
        <div class="handout__columns">
          {languages.map((l) => (
            <div key={l} lang={l}>
              <TourMeta minutes={tourMinutes(tour)} stops={tour.stops.length} lang={l} />
              <p class="handout__description">{tour.description[l]}</p>
            </div>
          ))}
        </div>
      </header>

      {data === undefined && (
        <p class="handout__loading" aria-live="polite">
          {t('loading')}
        </p>
      )}
      {data === 'failed' && (
        <p class="handout__loading" role="alert">
          {t('loadFailed')}
        </p>
      )}
      {ready && (
        <>
          <section aria-labelledby="handout-stops">
            <h2 id="handout-stops" class="handout__section-title">
              {languages.map((l) => (
                <span key={l} lang={l}>
                  {translator(l)('handout:stops')}
                </span>
              ))}
            </h2>
            <ol class="handout__stops">
              {data.stops.map((stop, index) => (
                <HandoutStop
                  key={stop.id}
                  stop={stop}
                  number={index + 1}
                  languages={languages}
                  depth={depth}
                />
              ))}
            </ol>
          </section>
          {data.terms.length > 0 && (
            <section aria-labelledby="handout-terms" class="handout__glossary">
              <h2 id="handout-terms" class="handout__section-title">
                {languages.map((l) => (
                  <span key={l} lang={l}>
                    {translator(l)('handout:termsHeading')}
                  </span>
                ))}
              </h2>
              <dl class="handout__terms">
                {data.terms.map((term) => (
                  <div key={term.id} class="handout-term">
                    <dt>
                      {allLanguages.map((l) => (
                        <span key={l} lang={l} class="handout-term__name">
                          {term.term[l]}
                        </span>
                      ))}
                    </dt>
                    {languages.map((l) => (
                      <dd key={l} lang={l}>
                        {term.definition[l]}
                      </dd>
                    ))}
                  </div>
                ))}
              </dl>
            </section>
          )}
        </>
      )}

      <footer class="handout__footer">
        {languages.map((l) => (
          <p key={l} lang={l}>
            {translator(l)('handout:readOnline', { url: tourUrl })}
          </p>
        ))}
      </footer>
    </div>
  );
}

function HandoutStop({
  stop,
  number,
  languages,
  depth,
}: {
  stop: Stop;
  number: number;
  languages: readonly Language[];
  depth: boolean;
}) {
  const withDepth = depth && stop.depth !== undefined;
  return (
    <li class={`handout-stop${withDepth ? ' handout-stop--depth' : ''}`}>
      <h3 class="handout-stop__heading">
        <span class="handout-stop__number" aria-hidden="true">
          {number}
        </span>
        <span class="handout-stop__titles">
          {languages.map((l) => (
            <span key={l} lang={l} class="handout-stop__title">
              {stop.title[l]}
            </span>
          ))}
        </span>
      </h3>
      <div class="handout__columns">
        {languages.map((l) => {
          const t = translator(l);
          return (
            <div key={l} lang={l} class="handout-stop__text">
              <p class="handout-stop__place">
                {t('handout:place', { place: stop.location.place[l] })}
              </p>
              <p class="handout-stop__summary">{stop.summary[l]}</p>
              <StopFacts stop={stop} lang={l} size="print" class="handout-stop__facts" />
              {withDepth && stop.depth && (
                <div class="handout-stop__depth">
                  <h4 class="handout-stop__depth-title">{t('layerDepth')}</h4>
                  <StopBody
                    html={stop.depth.body[l]}
                    lang={l}
                    class="handout-stop__depth-text"
                    firstHeading={5}
                  />
                </div>
              )}
            </div>
          );
        })}
      </div>
    </li>
  );
}
