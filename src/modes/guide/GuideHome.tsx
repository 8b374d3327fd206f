import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { PageHeading } from '../../components/PageHeading.tsx';
import { TourMeta } from '../../components/TourMeta.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { tourMinutes, tours } from '../../content/index.ts';
import { findStopSummary, stops } from '../../content/stops.ts';
import type { TourStop } from '../../content/types.ts';
import { language, translator } from '../../i18n/index.ts';
import {
  addToOrder,
  clearOrder,
  copyTourToOrder,
  customOrder,
  moveInOrder,
  removeFromOrder,
  setMinutes,
} from './custom-order.ts';
import { ConfirmDialog } from './GuideDialog.tsx';
import { CUSTOM_TOUR_ID, formatDuration, tourElapsed } from './session.ts';
import { dispatch, guideSession } from './session-store.ts';
import './strings.ts';
import { tourTitle } from './tour-title.ts';
import './GuideHome.css';

/** `/guide`: the running tour (if any), the tours to present, and today's own order of stops. */
export function GuideHome() {
  const lang = language.value;
  const t = translator(lang);
  useDocumentTitle(t('guide:homeTitle'));
  return (
    <div class="guide-home">
      <PageHeading class="guide-home__title">{t('guide:homeTitle')}</PageHeading>
      <p class="guide-home__intro">{t('guide:homeIntro')}</p>
      <RunningTour />
      <section aria-labelledby="guide-tours">
        <h2 id="guide-tours" class="section-title">
          {translator(lang)('tours')}
        </h2>
        <ul class="guide-tours">
          {tours.map((tour) => (
            <li key={tour.id} class="card guide-tour">
              <h3 class="guide-tour__title">{tour.title[lang]}</h3>
              <TourMeta minutes={tourMinutes(tour)} stops={tour.stops.length} lang={lang} />
              <p class="guide-tour__description">{tour.description[lang]}</p>
              <a
                class="button button--primary"
                href={`/guide/${tour.id}`}
                aria-label={t('guide:presentTour', { tour: tour.title[lang] })}
              >
                {t('guide:present')}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <CustomOrder />
      <section class="guide-screen-card" aria-labelledby="guide-screen">
        <h2 id="guide-screen" class="section-title">
          {t('guide:screenTitle')}
        </h2>
        <p>{t('guide:screenText')}</p>
        <a class="button button--secondary" href="/guide/screen" target="sbc-guide-screen">
          {t('guide:openScreen')}
        </a>
      </section>
    </div>
  );
}

function RunningTour() {
  const session = guideSession.value;
  const lang = language.value;
  const t = translator(lang);
  const [confirming, setConfirming] = useState(false);
  if (!session) return null;
  const title = tourTitle(session.tourId);
  const values = {
    tour: title,
    number: session.index + 1,
    total: session.stops.length,
    elapsed: formatDuration(tourElapsed(session, Date.now())),
  };
  return (
    <section class="guide-running" aria-labelledby="guide-running">
      <h2 id="guide-running" class="guide-running__title">
        {t('guide:runningTitle')}
      </h2>
      <p>
        {session.clockStarted
          ? t('guide:runningText', values)
          : t('guide:runningNotStarted', values)}
      </p>
      <div class="guide-running__actions">
        <a class="button button--primary" href={`/guide/${session.tourId}`}>
          {t('guide:continue')}
        </a>
        <button
          type="button"
          class="button button--secondary"
          aria-haspopup="dialog"
          onClick={() => setConfirming(true)}
        >
          {t('guide:endTour')}
        </button>
      </div>
      <ConfirmDialog
        id="home-end-dialog"
        open={confirming}
        title={t('guide:endTitle')}
        cancelLabel={t('guide:cancel')}
        confirmLabel={t('guide:endTour')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => dispatch({ type: 'end' })}
      >
        <p>{t('guide:endText')}</p>
      </ConfirmDialog>
    </section>
  );
}

function CustomOrder() {
  const lang = language.value;
  const t = translator(lang);
  const order = customOrder.value;
  const chosen = new Set(order.map((entry) => entry.stop));
  const addable = stops.filter((stop) => !chosen.has(stop.id));
  const total = order.reduce((sum, entry) => sum + entry.minutes, 0);
  return (
    <section class="guide-custom" aria-labelledby="guide-custom">
      <h2 id="guide-custom" class="section-title">
        {t('guide:customTitle')}
      </h2>
      <p class="guide-custom__intro">{t('guide:customIntro')}</p>
      <div class="guide-custom__from">
        {tours.map((tour) => (
          <button
            key={tour.id}
            type="button"
            class="button button--secondary"
            onClick={() => copyTourToOrder(tour.stops)}
          >
            {t('guide:startFrom', { tour: tour.title[lang] })}
          </button>
        ))}
      </div>
      {order.length === 0 ? (
        <p class="guide-custom__empty">{t('guide:customEmpty')}</p>
      ) : (
        <>
          <ol class="guide-order">
            {order.map((entry, index) => {
              const title = findStopSummary(entry.stop)?.title[lang] ?? entry.stop;
              return (
                <li key={entry.stop} class="guide-order__item">
                  <span class="number-badge" aria-hidden="true">
                    {index + 1}
                  </span>
                  <span class="guide-order__title">{title}</span>
                  <label class="guide-order__minutes">
                    <span class="visually-hidden">{t('guide:minutesAt', { stop: title })}</span>
                    <input
                      type="number"
                      inputMode="numeric"
                      min={1}
                      max={120}
                      value={entry.minutes}
                      onChange={(event) =>
                        setMinutes(index, Number((event.target as HTMLInputElement).value))
                      }
                    />
                    <span aria-hidden="true">{t('guide:minutesUnit')}</span>
                  </label>
                  <span class="guide-order__tools">
                    <button
                      type="button"
                      class="icon-button"
                      aria-label={t('guide:moveUp', { stop: title })}
                      disabled={index === 0}
                      onClick={() => moveInOrder(index, -1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      class="icon-button"
                      aria-label={t('guide:moveDown', { stop: title })}
                      disabled={index === order.length - 1}
                      onClick={() => moveInOrder(index, 1)}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      class="icon-button"
                      aria-label={t('guide:remove', { stop: title })}
                      onClick={() => removeFromOrder(index)}
                    >
                      ×
                    </button>
                  </span>
                </li>
              );
            })}
          </ol>
          <TourMeta class="guide-custom__total" minutes={total} stops={order.length} lang={lang} />
          <div class="guide-custom__actions">
            <PresentCustom />
            <button type="button" class="button button--secondary" onClick={clearOrder}>
              {t('guide:clearCustom')}
            </button>
          </div>
        </>
      )}
      {addable.length > 0 && (
        <>
          <h3 class="guide-custom__subtitle">{t('guide:addableStops')}</h3>
          <ul class="guide-addable">
            {addable.map((stop) => (
              <li key={stop.id} class="guide-addable__item">
                <span class="guide-addable__title">{stop.title[lang]}</span>
                <button
                  type="button"
                  class="button button--secondary"
                  aria-label={t('guide:addStopLabel', { stop: stop.title[lang] })}
                  onClick={() => addToOrder(stop.id)}
                >
                  + {t('guide:addStop')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * Presents the own order. If the own order is already being presented in another version (it was
 * edited since), presenting it restarts the tour: the guide confirms first.
 */
function PresentCustom() {
  const t = translator(language.value);
  const { route } = useLocation();
  const [confirming, setConfirming] = useState(false);
  const session = guideSession.value;
  const changed =
    session?.tourId === CUSTOM_TOUR_ID && !sameStops(session.stops, customOrder.value);
  const present = () => route(`/guide/${CUSTOM_TOUR_ID}`);
  return (
    <>
      <button
        type="button"
        class="button button--primary"
        onClick={() => (changed ? setConfirming(true) : present())}
      >
        {t('guide:presentCustom')}
      </button>
      <ConfirmDialog
        id="restart-dialog"
        open={confirming}
        title={t('guide:restartTitle')}
        cancelLabel={t('guide:cancel')}
        confirmLabel={t('guide:restartConfirm')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          dispatch({ type: 'end' });
          present();
        }}
      >
        <p>{t('guide:restartText')}</p>
      </ConfirmDialog>
    </>
  );
}

function sameStops(a: TourStop[], b: TourStop[]): boolean {
  return (
    a.length === b.length &&
    a.every((entry, i) => entry.stop === b[i].stop && entry.minutes === b[i].minutes)
  );
}
