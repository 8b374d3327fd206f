import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { PageHeading } from '../../components/PageHeading.tsx';
import { StopBody } from '../../components/stop/StopBody.tsx';
import { StopFacts } from '../../components/stop/StopFacts.tsx';
import { StopFigure } from '../../components/stop/StopFigure.tsx';
import { StopLocation } from '../../components/stop/StopLocation.tsx';
import { findStopSummary } from '../../content/stops.ts';
import { tourPosition } from '../../content/tour-position.ts';
import type { Language, Stop } from '../../content/types.ts';
import { useStop } from '../../content/use-stop.ts';
import { language, translator } from '../../i18n/index.ts';
import { StopRoute, type StopViewProps } from '../../routing/StopRoute.tsx';
import { markVisited } from '../../state/tour-progress.ts';
import { KioskNotFound } from './KioskNotFound.tsx';
import { HomeButton, KioskScreen, LanguageButton, Spacer } from './KioskScreen.tsx';
import { kioskStopPath } from './kiosk-paths.ts';
import { PagedColumns } from './PagedColumns.tsx';
import { PhoneQr } from './PhoneQr.tsx';
import { noteStopView } from './visit.ts';
import './KioskStopPage.css';

export function KioskStopPage() {
  return <StopRoute view={StopView} notFound={() => <KioskNotFound />} />;
}

function StopView({ summary, tourId }: StopViewProps) {
  const state = useStop(summary.id);
  const lang = language.value;
  const t = translator(lang);
  const { tour, index, previous, next } = tourPosition(summary.id, tourId);
  const [tab, setTab] = useState('overview');

  useEffect(() => {
    noteStopView(summary.id, tourId);
    if (tour) markVisited(tour.id, summary.id);
  }, [summary.id, tourId, tour]);

  return (
    <KioskScreen
      class="kiosk-stop-page"
      context={
        tour && (
          <>
            {tour.title[lang]}
            <span aria-hidden="true"> · </span>
            {t('stopOfTotal', { number: index + 1, total: tour.stops.length })}
          </>
        )
      }
      actions={
        <>
          <HomeButton />
          {tour && (
            <a class="kiosk-button kiosk-button--quiet" href={`/kiosk/tours/${tour.id}`}>
              {t('kiosk:tourStops')}
            </a>
          )}
          <LanguageButton />
          <Spacer />
          {tour && previous && (
            <a
              class="kiosk-button kiosk-button--secondary"
              href={kioskStopPath(previous.stop, tour.id)}
            >
              <span aria-hidden="true">← </span>
              {t('previousStop')}
            </a>
          )}
          {tour && next && (
            <a
              class="kiosk-button kiosk-button--primary kiosk-next"
              href={kioskStopPath(next.stop, tour.id)}
            >
              <span class="kiosk-next__label">{t('nextStop')}</span>
              <span class="kiosk-next__title">{findStopSummary(next.stop)?.title[lang]}</span>
              <span aria-hidden="true"> →</span>
            </a>
          )}
          {tour && !next && (
            <a
              class="kiosk-button kiosk-button--primary"
              href={`/kiosk/tours/${tour.id}?complete=1`}
            >
              {t('finishTour')}
            </a>
          )}
        </>
      }
    >
      <div class="kiosk-stop">
        <div class="kiosk-stop__head">
          <PageHeading class="kiosk-title">{summary.title[lang]}</PageHeading>
          <p class="kiosk-lead">{summary.summary[lang]}</p>
          <StopLocation location={summary.location} lang={lang} size="kiosk" />
        </div>
        <PhoneQr kind="stops" id={summary.id} lang={lang} />
        <div class="kiosk-stop__content">
          {state.status === 'ready' && (
            <StopTabs
              key={`${tab}-${lang}`}
              stop={state.stop}
              lang={lang}
              tab={tab}
              onTab={setTab}
            />
          )}
          {state.status === 'loading' && <p aria-live="polite">{t('loading')}</p>}
          {state.status === 'failed' && (
            <div role="alert">
              <p>{t('loadFailed')}</p>
              <button
                type="button"
                class="kiosk-button kiosk-button--secondary"
                onClick={state.retry}
              >
                {t('retry')}
              </button>
            </div>
          )}
        </div>
      </div>
    </KioskScreen>
  );
}

/** One tab of a stop on the kiosk: showing another part of a stop here is one more entry. */
interface StopTab {
  id: string;
  label: string;
  panel: ComponentChildren;
}

/** The stop's parts as tabs: its text, its in-depth text and key facts, and any figures. */
function stopTabs(stop: Stop, lang: Language): StopTab[] {
  const t = translator(lang);
  const diagrams = stop.images.every((image) => image.diagram);
  const tabs: (StopTab | false)[] = [
    {
      id: 'overview',
      label: t('kiosk:overview'),
      panel: <StopBody html={stop.body[lang]} lang={lang} class="kiosk-prose" />,
    },
    stop.depth !== undefined && {
      id: 'depth',
      label: t('layerDepth'),
      panel: <StopBody html={stop.depth.body[lang]} lang={lang} class="kiosk-prose" />,
    },
    {
      id: 'facts',
      label: t('keyFacts'),
      panel: <StopFacts stop={stop} lang={lang} size="kiosk" />,
    },
    stop.images.length > 0 && {
      id: 'images',
      label: diagrams ? t('diagram') : t('kiosk:images'),
      panel: stop.images.map((image) => (
        <StopFigure key={image.src[lang]} image={image} lang={lang} size="kiosk" />
      )),
    },
  ];
  return tabs.filter((tab) => tab !== false);
}

/**
 * The stop in tabs (Overview / In depth / Key facts / Diagram), each paged to fit the screen. Each
 * visit starts at the overview: the tab is this page's state, gone at the idle reset.
 */
function StopTabs({
  stop,
  lang,
  tab,
  onTab,
}: {
  stop: Stop;
  lang: Language;
  tab: string;
  onTab: (tab: string) => void;
}) {
  const tabs = stopTabs(stop, lang);
  const current = tabs.find((entry) => entry.id === tab) ?? tabs[0];
  const tabId = (id: string) => `kiosk-tab-${id}`;
  const onKeyDown = (event: KeyboardEvent) => {
    const at = tabs.indexOf(current);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const target = tabs[(at + step + tabs.length) % tabs.length].id;
    onTab(target);
    requestAnimationFrame(() => document.getElementById(tabId(target))?.focus());
  };

  const tablist = (
    <div class="kiosk-tabs" role="tablist" aria-label={stop.title[lang]} onKeyDown={onKeyDown}>
      {tabs.map((entry) => (
        <button
          key={entry.id}
          id={tabId(entry.id)}
          type="button"
          role="tab"
          class="kiosk-tab"
          aria-selected={entry === current}
          aria-controls="kiosk-tab-panel"
          tabIndex={entry === current ? 0 : -1}
          onClick={() => onTab(entry.id)}
        >
          {entry.label}
        </button>
      ))}
    </div>
  );

  return (
    <PagedColumns
      label={current.label}
      leading={tablist}
      class={`kiosk-stop__paged kiosk-stop__paged--${current.id}`}
    >
      <div
        id="kiosk-tab-panel"
        role="tabpanel"
        aria-labelledby={tabId(current.id)}
        class="kiosk-stop__panel"
      >
        {current.panel}
      </div>
    </PagedColumns>
  );
}
