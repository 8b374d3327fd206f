// The edited stop as visitors will see it, drawn by the app's own components
// (src/components/stop/), from the draft as the server renders it (the build's Markdown pipeline).
import { useState } from 'preact/hooks';
import { StopBody } from '../components/stop/StopBody.tsx';
import { StopContent } from '../components/stop/StopContent.tsx';
import { StopFacts } from '../components/stop/StopFacts.tsx';
import { StopFigure } from '../components/stop/StopFigure.tsx';
import { StopLocation } from '../components/stop/StopLocation.tsx';
import type { Language, Stop, StopLayer } from '../content/types.ts';
import { languageName, s } from './strings.ts';

type Layout = 'phone' | 'kiosk' | 'presenter';
const LAYOUTS: Layout[] = ['phone', 'kiosk', 'presenter'];

export function StopPreview({ stop, languages }: { stop: Stop | null; languages: string[] }) {
  const [layout, setLayout] = useState<Layout>('phone');
  const [code, setCode] = useState(languages[languages.length > 1 ? 1 : 0] ?? 'en');
  const lang = code as Language;
  // Overview or in depth, as the visitor's own switch on the phone chooses.
  const [textLayer, setTextLayer] = useState<StopLayer>('overview');
  return (
    <section class="studio-preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{s('preview')}</h2>
      <div class="studio-preview__controls">
        <fieldset>
          <legend class="visually-hidden">{s('layout')}</legend>
          {LAYOUTS.map((name) => (
            <button
              key={name}
              type="button"
              aria-pressed={layout === name}
              onClick={() => setLayout(name)}
            >
              {s(name)}
            </button>
          ))}
        </fieldset>
        <fieldset>
          <legend class="visually-hidden">{s('language')}</legend>
          {languages.map((language) => (
            <button
              key={language}
              type="button"
              lang={language}
              aria-pressed={code === language}
              onClick={() => setCode(language)}
            >
              {languageName(language)}
            </button>
          ))}
        </fieldset>
      </div>
      {stop && (
        <div class={`studio-device studio-device--${layout}`} data-layout={layout} lang={lang}>
          {layout === 'phone' && (
            <article class="stop-page">
              <h1 class="page-title">{stop.title[lang]}</h1>
              <StopLocation location={stop.location} lang={lang} size="page" />
              <StopContent stop={stop} lang={lang} layer={textLayer} onLayerChange={setTextLayer} />
            </article>
          )}
          {layout === 'kiosk' && (
            <article class="kiosk-stop">
              <h1 class="page-title">{stop.title[lang]}</h1>
              <StopLocation location={stop.location} lang={lang} size="kiosk" />
              <StopBody html={stop.body[lang]} lang={lang} />
              {stop.images.map((image) => (
                <StopFigure key={image.src[lang]} image={image} lang={lang} size="kiosk" />
              ))}
              <StopFacts stop={stop} lang={lang} size="kiosk" />
            </article>
          )}
          {layout === 'presenter' && (
            <article class="presenter-preview">
              <h1 class="page-title">{stop.title[lang]}</h1>
              <StopLocation location={stop.location} lang={lang} size="audience" />
              {stop.images.map((image) => (
                <StopFigure key={image.src[lang]} image={image} lang={lang} size="preview" />
              ))}
              <StopFacts stop={stop} lang={lang} size="audience" />
              <ul class="presenter-preview__notes">
                {stop.guide.talkingPoints.map((point, index) => (
                  <li key={index}>{point[lang]}</li>
                ))}
              </ul>
            </article>
          )}
        </div>
      )}
    </section>
  );
}
