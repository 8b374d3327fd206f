import type { ComponentChildren } from 'preact';
import { site } from '../content/index.ts';
import { language, translator } from '../i18n/index.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { Logo } from './Logo.tsx';
import './SiteHeader.css';

/** The visitor's header; `children` (the offline and update notices) sit in its sticky area below. */
export function SiteHeader({ children }: { children?: ComponentChildren }) {
  const lang = language.value;
  const t = translator(lang);
  return (
    <header class="site-header">
      <a class="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <div class="site-header__inner">
        <a class="site-header__brand" href="/">
          <Logo />
          <span class="site-header__name">{site.name[lang]}</span>
          <span class="site-header__short-name" aria-hidden="true">
            {site.shortName[lang]}
          </span>
        </a>
        <nav class="site-header__nav" aria-label={t('tours')}>
          <a href="/glossary">{t('glossary')}</a>
        </nav>
        <LanguageSwitch asLink />
      </div>
      {children}
    </header>
  );
}
