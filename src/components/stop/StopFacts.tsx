import type { Language, Stop } from '../../content/types.ts';
import { translator } from '../../i18n/index.ts';
import './StopFacts.css';

/**
 * Where the key facts are shown: beside the visitor's text, as cards on a kiosk tab, for the
 * group (presenter preview and wall screen), or in the printed handout.
 */
export type FactsSize = 'page' | 'kiosk' | 'audience' | 'print';

/** A stop's key facts in one language, titled "Key facts" where nothing else names them. */
export function StopFacts({
  stop,
  lang,
  size,
  class: className,
}: {
  stop: Stop;
  lang: Language;
  size: FactsSize;
  class?: string;
}) {
  if (stop.facts.length === 0) return null;
  const t = translator(lang);
  const classes = `key-facts key-facts--${size}${className ? ` ${className}` : ''}`;
  const items = stop.facts.map((fact, index) => <li key={index}>{fact[lang]}</li>);

  if (size === 'page') {
    const id = `facts-${stop.id}-${lang}`;
    return (
      <aside class={classes} lang={lang} aria-labelledby={id}>
        <h2 id={id} class="key-facts__title">
          {t('keyFacts')}
        </h2>
        <ul class="key-facts__list">{items}</ul>
      </aside>
    );
  }
  if (size === 'print') {
    return (
      <div class={classes} lang={lang}>
        <h4 class="key-facts__title">{t('keyFacts')}</h4>
        <ul class="key-facts__list">{items}</ul>
      </div>
    );
  }
  // On the kiosk the tab names the list; for the group it is named for screen readers.
  return (
    <ul
      class={`${classes} key-facts__list`}
      lang={lang}
      aria-label={size === 'audience' ? t('keyFacts') : undefined}
    >
      {items}
    </ul>
  );
}
