import { useGlossary } from '../content/use-glossary.ts';
import { language, translator } from '../i18n/index.ts';
import { otherLanguages } from '../i18n/languages.ts';
import { closeTermDialog, openTermId } from './term-dialog-state.ts';
import { useModal } from './use-modal.ts';
import './TermDialog.css';

// The state lives in term-dialog-state.ts; re-exported here for the modes that import it from here.
export { closeTermDialog, handleTermClick, openTerm, openTermId } from './term-dialog-state.ts';

/** A modal definition of a glossary term: its name in every language, each with its own `lang`. */
export function TermDialog() {
  const id = openTermId.value;
  // Loaded when a term is first opened; a failed load is tried again at the next one.
  const glossary = useGlossary(id !== null);
  const lang = language.value;
  const t = translator(lang);

  const term = id ? glossary?.get(id) : undefined;
  const dialog = useModal(term !== undefined);

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: keyboards close a dialog with Escape (native)
    <dialog
      ref={dialog}
      class="term-dialog"
      aria-labelledby="term-dialog-title"
      onClose={closeTermDialog}
      onClick={(event) => {
        // A tap on the backdrop (outside the card) closes it, as visitors expect.
        if (event.target === dialog.current) closeTermDialog();
      }}
    >
      {term && (
        <div class="term-dialog__card">
          <p class="term-dialog__kind">{t('termDialogLabel')}</p>
          <h2 id="term-dialog-title" class="term-dialog__term">
            {term.term[lang]}
          </h2>
          {otherLanguages(lang).map((other) => (
            <p key={other} class="term-dialog__other" lang={other}>
              {term.term[other]}
            </p>
          ))}
          <p class="term-dialog__definition">{term.definition[lang]}</p>
          <form method="dialog">
            <button type="submit" class="button button--primary term-dialog__close" autofocus>
              {t('close')}
            </button>
          </form>
        </div>
      )}
    </dialog>
  );
}
