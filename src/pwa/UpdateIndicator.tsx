import { useSignal } from '@preact/signals';
import { translator } from '../i18n/index.ts';
import './strings.ts';
import { applyWaitingUpdate, updateNotice } from './update-state.ts';
import './UpdateIndicator.css';

/**
 * The guide's discreet update notice: a small button that applies the update only when pressed.
 * For the guide shell to place where a tour in progress is never interrupted.
 */
export function UpdateIndicator() {
  const updating = useSignal(false);
  const t = translator();
  if (updateNotice.value !== 'indicator') return null;
  return (
    <button
      type="button"
      class="update-indicator"
      disabled={updating.value}
      title={t('pwa:updateNow')}
      onClick={() => {
        updating.value = true;
        void applyWaitingUpdate().then((applied) => {
          if (!applied) updating.value = false;
        });
      }}
    >
      <span class="update-indicator__dot" aria-hidden="true" />
      {updating.value ? t('pwa:updating') : t('pwa:updateReady')}
    </button>
  );
}
