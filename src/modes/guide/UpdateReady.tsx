import { useState } from 'preact/hooks';
import { language } from '../../i18n/index.ts';
import { applyWaitingUpdate, updateWaiting } from '../../pwa/update-state.ts';
import { ConfirmDialog } from './GuideDialog.tsx';
import { guideTranslator } from './strings.ts';

/**
 * Guide mode's update policy: a waiting update is never applied on its own; a discreet button
 * says one is ready and the guide chooses when. During a tour the guide confirms first (the tour
 * is kept: the session is saved, and the reloaded app picks it up).
 */
export function UpdateReady({ duringTour }: { duringTour: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const g = guideTranslator(language.value);
  if (!updateWaiting.value) return null;
  const apply = () => {
    setConfirming(false);
    void applyWaitingUpdate();
  };
  return (
    <>
      <button
        type="button"
        class="update-ready"
        onClick={() => (duringTour ? setConfirming(true) : apply())}
      >
        <span class="update-ready__dot" aria-hidden="true" />
        {g('updateReady')}
      </button>
      <ConfirmDialog
        id="update-dialog"
        open={confirming}
        title={g('updateTitle')}
        cancelLabel={g('updateLater')}
        confirmLabel={g('updateInstall')}
        onCancel={() => setConfirming(false)}
        onConfirm={apply}
      >
        <p>{g('updateText')}</p>
      </ConfirmDialog>
    </>
  );
}
