import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { site } from '../../content/index.ts';
import { stops } from '../../content/stops.ts';
import type { Language } from '../../content/types.ts';
import { translator } from '../../i18n/index.ts';
import { languageName, otherLanguages } from '../../i18n/languages.ts';
import { endInteraction } from '../../perf/interaction.ts';
import { StaffCorner } from './StaffCorner.tsx';
import './AttractScreen.css';

/** How long each stop is highlighted on the attract screen. */
const HIGHLIGHT_MS = 7000;

/** True while the visitor's system asks for reduced motion (then the highlight stays still). */
function useReducedMotion(): boolean {
  const [reduced, setReduced] = useState(
    () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false,
  );
  useEffect(() => {
    const query = window.matchMedia?.('(prefers-reduced-motion: reduce)');
    if (!query) return;
    const onChange = () => setReduced(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return reduced;
}

/**
 * The screen between visitors: the center's name, a gently changing highlight of the stops and a
 * large invitation in every language (the default first). A touch anywhere begins in the default
 * language; each language's button begins in its own.
 */
export function AttractScreen({ onBegin }: { onBegin: (lang: Language) => void }) {
  const first = site.defaultLanguage;
  const others = otherLanguages(first);
  const all = [first, ...others];
  // Three languages and more: a denser screen, and the highlight's summary in the default
  // language only (the titles stay in every language), so it all fits a 1024 × 768 screen.
  const many = others.length > 1;
  const reduced = useReducedMotion();
  const [index, setIndex] = useState(0);
  useDocumentTitle(undefined);
  // Closes the `sbc:kiosk-reset` measure the idle reset started (`npm run bench`).
  useLayoutEffect(() => endInteraction('sbc:kiosk-reset'), []);

  useEffect(() => {
    if (reduced || stops.length < 2) return;
    const timer = setInterval(() => setIndex((i) => (i + 1) % stops.length), HIGHLIGHT_MS);
    return () => clearInterval(timer);
  }, [reduced]);

  const stop = stops[index];
  const inEveryLanguage = (key: string) =>
    all.map((lang, i) => (
      <span key={lang} lang={lang} class={`attract__${i === 0 ? 'first' : 'second'}`}>
        {translator(lang)(key)}
      </span>
    ));
  const label = (key: string) => all.map((lang) => translator(lang)(key)).join(' · ');

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: keyboards use the "Touch to begin" button
    // biome-ignore lint/a11y/noStaticElementInteractions: the whole screen invites a touch
    <div
      class={`attract${many ? ' attract--many' : ''}`}
      data-kiosk-screen="attract"
      onClick={() => onBegin(first)}
    >
      <header class="attract__corner">
        <StaffCorner />
      </header>
      <main id="main" class="attract__main">
        <h1 class="attract__name">
          <span lang={first}>{site.name[first]}</span>
          {others.map((other) => (
            <span key={other} lang={other} class="attract__name-second">
              {site.name[other]}
            </span>
          ))}
        </h1>
        <p class="attract__tagline">
          {all.map((lang) => (
            <span key={lang} lang={lang}>
              {site.tagline[lang]}
            </span>
          ))}
        </p>
        {stop && (
          <section class="attract__highlight" aria-label={label('kiosk:highlight')}>
            <div key={stop.id} class="attract__stop">
              <p class="attract__stop-title">
                <span lang={first}>{stop.title[first]}</span>
                {others.map((other) => (
                  <span key={other} lang={other} class="attract__stop-title-second">
                    {stop.title[other]}
                  </span>
                ))}
              </p>
              <p class="attract__stop-summary" lang={first}>
                {stop.summary[first]}
              </p>
              {(many ? [] : others).map((other) => (
                <p
                  key={other}
                  class="attract__stop-summary attract__stop-summary--second"
                  lang={other}
                >
                  {stop.summary[other]}
                </p>
              ))}
            </div>
            {stops.length > 1 && (
              <div class="attract__dots" aria-hidden="true">
                {stops.map((s, i) => (
                  <span
                    key={s.id}
                    class={`attract__dot${i === index ? ' attract__dot--on' : ''}`}
                  />
                ))}
              </div>
            )}
          </section>
        )}
      </main>
      <div class="attract__actions">
        <button
          type="button"
          class="attract__begin"
          onClick={(event) => {
            event.stopPropagation();
            onBegin(first);
          }}
        >
          <span class="attract__begin-text">{inEveryLanguage('kiosk:touchToBegin')}</span>
        </button>
        <fieldset class="attract__languages">
          <legend class="visually-hidden">{label('kiosk:chooseLanguage')}</legend>
          {all.map((lang) => (
            <button
              key={lang}
              type="button"
              lang={lang}
              class="attract__language"
              onClick={(event) => {
                event.stopPropagation();
                onBegin(lang);
              }}
            >
              {languageName(lang)}
            </button>
          ))}
        </fieldset>
      </div>
    </div>
  );
}
