import type { ComponentChildren } from 'preact';
import { site } from '../../content/index.ts';
import { language, translator } from '../../i18n/index.ts';
import { StaffCorner } from './StaffCorner.tsx';

// The bottom bar's controls are all imported from here.
export { LanguageButton } from './LanguageButton.tsx';

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

/** Pushes the controls after it to the right end of the bottom bar. */
export function Spacer() {
  return <span class="kiosk-bottom__spacer" />;
}
