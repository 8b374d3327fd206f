import { useState } from 'preact/hooks';
import { Globe, OtherLanguageButton } from '../../components/LanguageSwitch.tsx';
import { useModal } from '../../components/use-modal.ts';
import type { Language } from '../../content/types.ts';
import { language, translator } from '../../i18n/index.ts';
import { languageName, languages, otherLanguages } from '../../i18n/languages.ts';
import { chooseLanguage } from './visit.ts';
import './LanguageButton.css';

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
    return (
      <OtherLanguageButton
        target={others[0]}
        class="kiosk-button kiosk-button--quiet kiosk-language"
        iconSize={28}
        onChoose={chooseLanguage}
      />
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
        <Globe size={28} />
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
