import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { Logo } from '../../components/Logo.tsx';
import { site } from '../../content/index.ts';
import { language, translator } from '../../i18n/index.ts';
import { guideSession } from './session-store.ts';
import './strings.ts';
import { UpdateReady } from './UpdateReady.tsx';
import './GuideHeader.css';

/** The guide pages' header: the center, "guide", a waiting update, and the guide's own language. */
export function GuideHeader() {
  const lang = language.value;
  const t = translator(lang);
  return (
    <header class="guide-header">
      <a class="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <div class="guide-header__inner">
        <a class="guide-header__brand" href="/guide">
          <Logo />
          <span>{site.name[lang]}</span>
          <span class="badge">{translator(lang)('guide:modeName')}</span>
        </a>
        <UpdateReady duringTour={guideSession.value !== null} />
        <LanguageSwitch />
      </div>
    </header>
  );
}
