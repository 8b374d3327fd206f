import { useLocation } from 'preact-iso';
import type { Language } from '../content/types.ts';
import { language, setLanguage, translator } from '../i18n/index.ts';
import { languageName, languages, otherLanguages } from '../i18n/languages.ts';
import './LanguageSwitch.css';

/** Switches without a reload, keeping the visitor's place; a `?lang=` in the address follows. */
function switchTo(next: Language): void {
  setLanguage(next);
  const url = new URL(location.href);
  if (url.searchParams.has('lang')) {
    url.searchParams.set('lang', next);
    history.replaceState(history.state, '', url);
  }
}

/** A globe, drawn with three strokes (a few bytes: this component is in the initial JS). */
export function Globe({ size = 20 }: { size?: number }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      stroke-width="2"
    >
      <circle cx="12" cy="12" r="9" />
      <ellipse cx="12" cy="12" rx="4" ry="9" />
      <path d="M3 12h18" />
    </svg>
  );
}

/** One tap to the other language, named in itself and marked with its `lang` (every mode). */
export function OtherLanguageButton({
  target,
  class: className,
  iconSize,
  onChoose,
}: {
  target: Language;
  class: string;
  iconSize?: number;
  onChoose: (target: Language) => void;
}) {
  return (
    <button type="button" class={className} lang={target} onClick={() => onChoose(target)}>
      <Globe size={iconSize} />
      <span>{languageName(target)}</span>
    </button>
  );
}

/**
 * The visitor's one-tap switch is a link to this page in the other language: it works before the
 * app has hydrated the prerendered page, and without JavaScript, through the server's `?lang=`.
 * Once the app runs, it switches in place instead, keeping the visitor's place.
 */
function OtherLanguageLink({ target, class: className }: { target: Language; class: string }) {
  const { path } = useLocation();
  return (
    <a
      class={`language-switch ${className}`}
      href={`${path}?lang=${encodeURIComponent(target)}`}
      hreflang={target}
      lang={target}
      onClick={(event) => {
        // Not a navigation: the router (preact-iso listens for clicks on links) must not see it.
        event.preventDefault();
        event.stopPropagation();
        switchTo(target);
      }}
    >
      <Globe />
      <span>{languageName(target)}</span>
    </a>
  );
}

/**
 * The language switch. With two languages, one tap: labelled with the other language's own name
 * ("English" on a Chinese page), as visitors look for their language. With more, a picker (the
 * phone's own list), each language named in itself and marked with its `lang`.
 */
export function LanguageSwitch({
  class: className = '',
  asLink = false,
}: {
  class?: string;
  /** On prerendered pages (the visitor's): a link that also works before hydration. */
  asLink?: boolean;
}) {
  const current = language.value;
  const others = otherLanguages(current);
  if (others.length === 0) return null;
  if (others.length === 1) {
    return asLink ? (
      <OtherLanguageLink target={others[0]} class={className} />
    ) : (
      <OtherLanguageButton
        target={others[0]}
        class={`language-switch ${className}`}
        onChoose={switchTo}
      />
    );
  }
  return (
    <label class={`language-switch language-switch--picker ${className}`}>
      <Globe />
      <span class="visually-hidden">{translator(current)('language')}</span>
      <select
        class="language-switch__select"
        value={current}
        onChange={(event) => switchTo(event.currentTarget.value as Language)}
      >
        {languages.map((code) => (
          <option key={code} value={code} lang={code}>
            {languageName(code)}
          </option>
        ))}
      </select>
    </label>
  );
}
