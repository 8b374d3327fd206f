import { language, otherLanguage, setLanguage, translator } from '../i18n/index.ts';
import './LanguageSwitch.css';

/**
 * Switches language instantly, without a reload, keeping the visitor's place. Labelled with the
 * other language's own name ("English" on a Chinese page), as visitors look for their language.
 */
export function LanguageSwitch({ class: className = '' }: { class?: string }) {
  const target = otherLanguage(language.value);
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
      <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
        <path
          fill="currentColor"
          d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm6.9 6h-3a15.7 15.7 0 0 0-1.3-3.9A8 8 0 0 1 18.9 8ZM12 4a13.8 13.8 0 0 1 1.9 4h-3.8A13.8 13.8 0 0 1 12 4ZM4.3 14a8.2 8.2 0 0 1 0-4h3.4a16.5 16.5 0 0 0 0 4Zm.8 2h3a15.7 15.7 0 0 0 1.3 3.9A8 8 0 0 1 5.1 16Zm3-8h-3a8 8 0 0 1 4.3-3.9A15.7 15.7 0 0 0 8.1 8ZM12 20a13.8 13.8 0 0 1-1.9-4h3.8A13.8 13.8 0 0 1 12 20Zm2.3-6H9.7a14.7 14.7 0 0 1 0-4h4.6a14.7 14.7 0 0 1 0 4Zm.3 5.9a15.7 15.7 0 0 0 1.3-3.9h3a8 8 0 0 1-4.3 3.9ZM16.3 14a16.5 16.5 0 0 0 0-4h3.4a8.2 8.2 0 0 1 0 4Z"
        />
      </svg>
      <span>{translator()('switchLanguage')}</span>
    </button>
  );
}
