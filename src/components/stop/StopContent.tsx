import type { Language, Stop, StopLayer } from '../../content/types.ts';
import { StopBody } from './StopBody.tsx';
import { StopFacts } from './StopFacts.tsx';
import { StopFigure } from './StopFigure.tsx';
import { LAYER_PANEL_ID, layerTabId, StopLayerSwitch } from './StopLayerSwitch.tsx';
import './StopContent.css';

/**
 * A stop as a visitor reads it on the phone: the text and its figures, the key facts beside.
 * A stop with an in-depth text offers "Overview / In depth": the chosen text takes the place of
 * the other, where the visitor is reading; figures, key facts and sources belong to both.
 */
export function StopContent({
  stop,
  lang,
  layer,
  onLayerChange,
}: {
  stop: Stop;
  lang: Language;
  /** The visitor's choice; a stop without an in-depth text shows its overview. */
  layer: StopLayer;
  onLayerChange: (layer: StopLayer) => void;
}) {
  const shown = stop.depth ? layer : 'overview';
  const html = shown === 'depth' && stop.depth ? stop.depth.body[lang] : stop.body[lang];
  return (
    <div class="stop-content">
      <div class="stop-content__body">
        {stop.depth ? (
          <>
            <StopLayerSwitch layer={shown} lang={lang} onChange={onLayerChange} />
            <div
              id={LAYER_PANEL_ID}
              role="tabpanel"
              aria-labelledby={layerTabId(shown)}
              class={`stop-content__text stop-content__text--${shown}`}
            >
              <StopBody html={html} lang={lang} />
            </div>
          </>
        ) : (
          <StopBody html={html} lang={lang} />
        )}
        {stop.images.map((image) => (
          <StopFigure key={image.src[lang]} image={image} lang={lang} size="page" />
        ))}
      </div>
      <StopFacts stop={stop} lang={lang} size="page" />
    </div>
  );
}
