import type { Language } from '../../content/types.ts';
import type { StopState } from '../../content/use-stop.ts';
import { translator } from '../../i18n/index.ts';
import { chooseStopLayer, stopLayer } from '../../state/stop-layer.ts';
import { SourceList } from '../SourceList.tsx';
import { StopContent } from './StopContent.tsx';
import './StopDetail.css';

/**
 * A stop's own chunk as a visitor's phone shows it (the visitor's stop page, a live follower):
 * the content in the visitor's chosen layer with its sources, the wait for it, or a retry.
 */
export function StopDetail({ state, lang }: { state: StopState; lang: Language }) {
  const t = translator(lang);
  if (state.status === 'ready') {
    return (
      <>
        <StopContent
          stop={state.stop}
          lang={lang}
          layer={stopLayer.value}
          onLayerChange={chooseStopLayer}
        />
        <SourceList sources={state.stop.sources} label={t('sources')} />
      </>
    );
  }
  if (state.status === 'loading') {
    return (
      <p class="stop-detail__loading" aria-live="polite">
        {t('loading')}
      </p>
    );
  }
  if (state.status === 'missing') return null; // the route shows its own not-found page
  return (
    <div class="stop-detail__failed" role="alert">
      <p>{t('loadFailed')}</p>
      <button type="button" class="button button--secondary" onClick={state.retry}>
        {t('retry')}
      </button>
    </div>
  );
}
