import type { ComponentChildren } from 'preact';
import { site } from '../../content/index.ts';
import { language, translator } from '../../i18n/index.ts';
import { languageName, otherLanguages } from '../../i18n/languages.ts';
import { StaffCorner } from './StaffCorner.tsx';
import { chooseLanguage } from './visit.ts';
import './KioskScreen.css';

/**
 * A kiosk page: the center's name at the top (no controls up there), the page in the middle,
 * and every control in a bar along the bottom, within reach from a wheelchair.
 */
export function KioskScreen({
  context,
  children,
  actions,
  class: className = '',
}: {
  /** Where the visitor is (e.g. "Delegation tour · stop 2 of 8"), shown in the top bar. */
  context?: ComponentChildren;
  children: ComponentChildren;
  /** The page's own controls, after Home and the language switch. */
  actions?: ComponentChildren;
  class?: string;
}) {
  const lang = language.value;
  const t = translator(lang);
  return (
    <div class={`kiosk-screen ${className}`}>
      <header class="kiosk-top">
        <StaffCorner />
        <span class="kiosk-top__name">{site.name[lang]}</span>
        {context && <span class="kiosk-top__context">{context}</span>}
      </header>
      <main id="main" class="kiosk-main">
        {children}
      </main>
      <nav class="kiosk-bottom" aria-label={t('kiosk:controls')}>
        {actions}
      </nav>
    </div>
  );
}

/** Back to the list of tours and stops. */
export function HomeButton() {
  const t = translator();
  return (
    <a class="kiosk-button kiosk-button--quiet" href="/kiosk/home">
      <svg aria-hidden="true" viewBox="0 0 24 24" width="28" height="28">
        <path fill="currentColor" d="M12 3 2 12h3v8h6v-6h2v6h6v-8h3L12 3Z" />
      </svg>
      {t('kiosk:home')}
    </a>
  );
}

/** The other language, named in itself ("English" on a Chinese screen). */
export function LanguageButton() {
  const [target] = otherLanguages(language.value);
  if (!target) return null;
  return (
    <button
      type="button"
      class="kiosk-button kiosk-button--quiet kiosk-language"
      lang={target}
      onClick={() => chooseLanguage(target)}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" width="28" height="28">
        <path
          fill="currentColor"
          d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm6.9 6h-3a15.7 15.7 0 0 0-1.3-3.9A8 8 0 0 1 18.9 8ZM12 4a13.8 13.8 0 0 1 1.9 4h-3.8A13.8 13.8 0 0 1 12 4ZM4.3 14a8.2 8.2 0 0 1 0-4h3.4a16.5 16.5 0 0 0 0 4Zm.8 2h3a15.7 15.7 0 0 0 1.3 3.9A8 8 0 0 1 5.1 16Zm3-8h-3a8 8 0 0 1 4.3-3.9A15.7 15.7 0 0 0 8.1 8ZM12 20a13.8 13.8 0 0 1-1.9-4h3.8A13.8 13.8 0 0 1 12 20Zm2.3-6H9.7a14.7 14.7 0 0 1 0-4h4.6a14.7 14.7 0 0 1 0 4Zm.3 5.9a15.7 15.7 0 0 0 1.3-3.9h3a8 8 0 0 1-4.3 3.9ZM16.3 14a16.5 16.5 0 0 0 0-4h3.4a8.2 8.2 0 0 1 0 4Z"
        />
      </svg>
      {languageName(target)}
    </button>
  );
}

/** Pushes the controls after it to the right end of the bottom bar. */
export function Spacer() {
  return <span class="kiosk-bottom__spacer" />;
}
