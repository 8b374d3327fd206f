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
 * The language switch. With two languages, one tap: labelled with the other language's own name
 * ("English" on a Chinese page), as visitors look for their language. With more, a picker (the
 * phone's own list), each language named in itself and marked with its `lang`.
 */
export function LanguageSwitch({ class: className = '' }: { class?: string }) {
  const current = language.value;
  const others = otherLanguages(current);
  if (others.length === 0) return null;
  if (others.length === 1) {
    return (
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
