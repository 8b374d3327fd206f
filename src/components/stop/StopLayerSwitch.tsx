import type { Language, StopLayer } from '../../content/types.ts';
import { translator } from '../../i18n/index.ts';
import './StopLayerSwitch.css';

const LAYERS: readonly StopLayer[] = ['overview', 'depth'];
const LABELS = { overview: 'layerOverview', depth: 'layerDepth' } as const;

/** The id of a layer's tab, for the panel's `aria-labelledby`. */
export const layerTabId = (layer: StopLayer) => `stop-layer-${layer}`;
/** The id of the one panel both tabs control. */
export const LAYER_PANEL_ID = 'stop-layer-panel';

/**
 * "Overview / In depth": two tabs over one panel (the WAI-ARIA tabs pattern, activated on focus).
 * Arrow keys, Home and End move between them; Tab goes on to the text.
 */
export function StopLayerSwitch({
  layer,
  lang,
  onChange,
}: {
  layer: StopLayer;
  lang: Language;
  onChange: (layer: StopLayer) => void;
}) {
  const t = translator(lang);
  const choose = (next: StopLayer) => {
    onChange(next);
    document.getElementById(layerTabId(next))?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const at = LAYERS.indexOf(layer);
    // Left and right only: up and down still scroll the page, as a visitor expects.
    const next =
      event.key === 'ArrowRight'
        ? LAYERS[(at + 1) % LAYERS.length]
        : event.key === 'ArrowLeft'
          ? LAYERS[(at + LAYERS.length - 1) % LAYERS.length]
          : event.key === 'Home'
            ? LAYERS[0]
            : event.key === 'End'
              ? LAYERS[LAYERS.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    choose(next);
  };
  return (
    <div class="layer-switch" role="tablist" aria-label={t('layerChoice')} onKeyDown={onKeyDown}>
      {LAYERS.map((option) => (
        <button
          key={option}
          id={layerTabId(option)}
          type="button"
          role="tab"
          class="layer-switch__tab"
          aria-selected={option === layer}
          aria-controls={LAYER_PANEL_ID}
          tabIndex={option === layer ? 0 : -1}
          onClick={() => choose(option)}
        >
          {t(LABELS[option])}
        </button>
      ))}
    </div>
  );
}
