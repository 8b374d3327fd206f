import { language, setLanguage } from '../i18n/index.ts';
import { languageName, otherLanguages } from '../i18n/languages.ts';
import './LanguageSwitch.css';

/**
 * Switches language instantly, without a reload, keeping the visitor's place. Labelled with the
 * other language's own name ("English" on a Chinese page), as visitors look for their language.
 */
export function LanguageSwitch({ class: className = '' }: { class?: string }) {
  const [target] = otherLanguages(language.value);
  if (!target) return null;
  const switchTo = () => {
    setLanguage(target);
    const url = new URL(location.href);
    if (url.searchParams.has('lang')) {
      url.searchParams.set('lang', target);
      history.replaceState(history.state, '', url);
    }
  };
  return (
    <button type="button" class={`language-switch ${className}`} lang={target} onClick={switchTo}>
      {/* A globe, drawn with three strokes (a few bytes: this component is in the initial JS). */}
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        width="20"
        height="20"
        fill="none"
        stroke="currentColor"
        stroke-width="2"
      >
        <circle cx="12" cy="12" r="9" />
        <ellipse cx="12" cy="12" rx="4" ry="9" />
        <path d="M3 12h18" />
      </svg>
      <span>{languageName(target)}</span>
    </button>
  );
}
