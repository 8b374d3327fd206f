import { useSignal } from '@preact/signals';
import { translator } from '../i18n/index.ts';
import './strings.ts';
import { applyWaitingUpdate, updateNotice } from './update-state.ts';
import './UpdateBanner.css';

/**
 * The visitor's "a new version is available" banner. Nothing changes under the reader until they
 * press Update; "Later" hides it for this visit. Shown only in visitor mode (see update-policy.ts).
 */
export function UpdateBanner() {
  const dismissed = useSignal(false);
  const updating = useSignal(false);
  const t = translator();
  const show = updateNotice.value === 'banner' && !dismissed.value;
  return (
    // The live region is always there, so screen readers announce the banner when it appears.
    <div class="update-banner-region" aria-live="polite">
      {show && (
        <div class="update-banner">
          <p class="update-banner__text">{t('pwa:updateAvailable')}</p>
          <div class="update-banner__actions">
            <button
              type="button"
              class="update-banner__button update-banner__button--primary"
              disabled={updating.value}
              onClick={() => {
                updating.value = true;
                void applyWaitingUpdate().then((applied) => {
                  if (!applied) updating.value = false;
                });
              }}
            >
              {updating.value ? t('pwa:updating') : t('pwa:update')}
            </button>
            <button
              type="button"
              class="update-banner__button"
              onClick={() => {
                dismissed.value = true;
              }}
            >
              {t('pwa:later')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
