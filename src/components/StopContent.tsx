import type { Language, Stop } from '../content/types.ts';
import { translator } from '../i18n/index.ts';
import { handleTermClick } from './term-dialog-state.ts';
import './StopContent.css';

/** A stop's body, key facts and diagrams in one language (reused by the visitor, kiosk and guide views). */
export function StopContent({ stop, lang }: { stop: Stop; lang: Language }) {
  const t = translator(lang);
  return (
    <div class="stop-content">
      <div class="stop-content__body">
        {/* Sanitised at build time (pipeline/content/markdown.ts): no script can reach this HTML.
            The click is delegated from the term <button>s inside, which keyboards reach and press. */}
        {/* biome-ignore lint/a11y/noStaticElementInteractions: delegated from buttons */}
        {/* biome-ignore lint/a11y/useKeyWithClickEvents: delegated from buttons */}
        <div
          class="prose"
          onClick={handleTermClick}
          dangerouslySetInnerHTML={{ __html: stop.body[lang] }}
        />
        {stop.images.map((image) => (
          <figure
            key={image.src[lang]}
            class={`stop-figure${image.diagram ? ' stop-figure--diagram' : ''}`}
          >
            <img
              src={image.src[lang]}
              srcSet={image.srcset?.[lang] || undefined}
              sizes={image.srcset?.[lang] ? '(min-width: 960px) 46rem, 100vw' : undefined}
              alt={image.alt[lang]}
              width={image.width}
              height={image.height}
              loading="lazy"
              decoding="async"
            />
            <figcaption>
              {image.caption && <span class="stop-figure__caption">{image.caption[lang]}</span>}
              <span class="stop-figure__credit">{t('credit', { credit: image.credit[lang] })}</span>
            </figcaption>
          </figure>
        ))}
      </div>
      <aside class="key-facts" aria-labelledby={`facts-${stop.id}-${lang}`}>
        <h2 id={`facts-${stop.id}-${lang}`} class="key-facts__title">
          {t('keyFacts')}
        </h2>
        <ul>
          {stop.facts.map((fact) => (
            <li key={fact[lang]}>{fact[lang]}</li>
          ))}
        </ul>
      </aside>
    </div>
  );
}
