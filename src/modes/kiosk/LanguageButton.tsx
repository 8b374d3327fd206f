import { useState } from 'preact/hooks';
import { useModal } from '../../components/use-modal.ts';
import type { Language } from '../../content/types.ts';
import { language, translator } from '../../i18n/index.ts';
import { languageName, languages, otherLanguages } from '../../i18n/languages.ts';
import { chooseLanguage } from './visit.ts';
import './LanguageButton.css';

function Globe() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="28" height="28">
      <path
        fill="currentColor"
        d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm6.9 6h-3a15.7 15.7 0 0 0-1.3-3.9A8 8 0 0 1 18.9 8ZM12 4a13.8 13.8 0 0 1 1.9 4h-3.8A13.8 13.8 0 0 1 12 4ZM4.3 14a8.2 8.2 0 0 1 0-4h3.4a16.5 16.5 0 0 0 0 4Zm.8 2h3a15.7 15.7 0 0 0 1.3 3.9A8 8 0 0 1 5.1 16Zm3-8h-3a8 8 0 0 1 4.3-3.9A15.7 15.7 0 0 0 8.1 8ZM12 20a13.8 13.8 0 0 1-1.9-4h3.8A13.8 13.8 0 0 1 12 20Zm2.3-6H9.7a14.7 14.7 0 0 1 0-4h4.6a14.7 14.7 0 0 1 0 4Zm.3 5.9a15.7 15.7 0 0 0 1.3-3.9h3a8 8 0 0 1-4.3 3.9ZM16.3 14a16.5 16.5 0 0 0 0-4h3.4a8.2 8.2 0 0 1 0 4Z"
      />
    </svg>
  );
}

/**
 * The kiosk's language control, in the bottom bar. With two languages, one tap on the other
 * language, named in itself ("English" on a Chinese screen). With more, it opens a list of every
 * language as large buttons (a touch screen's native select opens small rows).
 */
export function LanguageButton() {
  const current = language.value;
  const others = otherLanguages(current);
  const [open, setOpen] = useState(false);
  if (others.length === 0) return null;
  if (others.length === 1) {
    const [target] = others;
    return (
      <button
        type="button"
        class="kiosk-button kiosk-button--quiet kiosk-language"
        lang={target}
        onClick={() => chooseLanguage(target)}
      >
        <Globe />
        {languageName(target)}
      </button>
    );
  }
  const t = translator(current);
  return (
    <>
      <button
        type="button"
        class="kiosk-button kiosk-button--quiet kiosk-language"
        aria-haspopup="dialog"
        aria-label={t('kiosk:languageNow', { language: languageName(current) })}
        onClick={() => setOpen(true)}
      >
        <Globe />
        {languageName(current)}
      </button>
      <LanguageDialog
        open={open}
        onChoose={(code) => {
          setOpen(false);
          if (code !== current) chooseLanguage(code);
        }}
        onClose={() => setOpen(false)}
      />
    </>
  );
}

/** Every language as a large button, each named in itself with its own `lang`. */
function LanguageDialog({
  open,
  onChoose,
  onClose,
}: {
  open: boolean;
  onChoose: (code: Language) => void;
  onClose: () => void;
}) {
  const dialog = useModal(open);
  const current = language.value;
  const t = translator(current);
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: keyboards close a dialog with Escape (native)
    <dialog
      ref={dialog}
      class="kiosk-dialog language-dialog"
      aria-labelledby="language-dialog-title"
      onClose={onClose}
      onClick={(event) => {
        if (event.target === dialog.current) onClose();
      }}
    >
      {open && (
        <div class="kiosk-dialog__card">
          <h2 id="language-dialog-title" class="kiosk-dialog__title">
            {t('kiosk:chooseLanguage')}
          </h2>
          <ul class="language-dialog__list">
            {languages.map((code) => (
              <li key={code}>
                <button
                  type="button"
                  lang={code}
                  class={`kiosk-button ${code === current ? 'kiosk-button--primary' : 'kiosk-button--secondary'} language-dialog__choice`}
                  aria-current={code === current ? 'true' : undefined}
                  onClick={() => onChoose(code)}
                >
                  {languageName(code)}
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            class="kiosk-button kiosk-button--quiet kiosk-dialog__close"
            onClick={onClose}
          >
            {t('close')}
          </button>
        </div>
      )}
    </dialog>
  );
}
