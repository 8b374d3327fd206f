import { useModal } from '../../components/use-modal.ts';
import { language, translator } from '../../i18n/index.ts';
import { QrImage } from './QrImage.tsx';
import { externalLink } from './visit.ts';

/** A link that would leave the kiosk, offered as a QR code for the visitor's phone instead. */
export function ExternalLinkDialog() {
  const url = externalLink.value;
  const dialog = useModal(url !== null);
  const t = translator(language.value);
  const close = () => {
    externalLink.value = null;
  };
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: keyboards close a dialog with Escape (native)
    <dialog
      ref={dialog}
      class="kiosk-dialog link-dialog"
      aria-labelledby="link-dialog-title"
      onClose={close}
      onClick={(event) => {
        if (event.target === dialog.current) close();
      }}
    >
      {url && (
        <div class="kiosk-dialog__card">
          <h2 id="link-dialog-title" class="kiosk-dialog__title">
            {t('kiosk:externalTitle')}
          </h2>
          <p>{t('kiosk:externalText')}</p>
          <QrImage url={url} alt={t('kiosk:qrAlt', { url })} size={280} />
          <button
            type="button"
            class="kiosk-button kiosk-button--primary kiosk-dialog__close"
            onClick={close}
          >
            {t('close')}
          </button>
        </div>
      )}
    </dialog>
  );
}
