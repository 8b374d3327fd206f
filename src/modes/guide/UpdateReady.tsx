import { useState } from 'preact/hooks';
import { language, translator } from '../../i18n/index.ts';
import { applyWaitingUpdate, updateNotice } from '../../pwa/update-state.ts';
import { ConfirmDialog } from './GuideDialog.tsx';
import './strings.ts';

/**
 * The guide's discreet "Update ready", shown when the one update rule says so (src/pwa/
 * update-policy.ts: 'indicator' in guide mode). A waiting update is never applied on its own: the
 * guide chooses when, and during a tour confirms first (the tour is kept: the session is saved,
 * and the reloaded app picks it up).
 */
export function UpdateReady({ duringTour }: { duringTour: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const t = translator(language.value);
  if (updateNotice.value !== 'indicator') return null;
  const apply = () => {
    setConfirming(false);
    void applyWaitingUpdate();
  };
  return (
    <>
      <button
        type="button"
        class="button button--quiet update-ready"
        onClick={() => (duringTour ? setConfirming(true) : apply())}
      >
        <span class="update-ready__dot" aria-hidden="true" />
        {t('guide:updateReady')}
      </button>
      <ConfirmDialog
        id="update-dialog"
        open={confirming}
        title={t('guide:updateTitle')}
        cancelLabel={t('guide:updateLater')}
        confirmLabel={t('guide:updateInstall')}
        onCancel={() => setConfirming(false)}
        onConfirm={apply}
      >
        <p>{t('guide:updateText')}</p>
      </ConfirmDialog>
    </>
  );
}
