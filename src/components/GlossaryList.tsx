import { Fragment } from 'preact';
import type { GlossaryTerm, Language } from '../content/types.ts';
import { otherLanguages } from '../i18n/languages.ts';
import './GlossaryList.css';

/**
 * Glossary terms with their definitions in `lang`, each term also named in the other languages
 * (each name carries its own `lang`): as cards on the visitor's page, as ruled columns on the kiosk.
 */
export function GlossaryList({
  terms,
  lang,
  size,
}: {
  terms: GlossaryTerm[];
  lang: Language;
  size: 'page' | 'kiosk';
}) {
  const others = otherLanguages(lang);
  return (
    <dl class={`glossary-list glossary-list--${size}`}>
      {terms.map((term) => (
        <div key={term.id} id={`term-${term.id}`} class="glossary-entry">
          <dt>
            <span class="glossary-entry__term">{term.term[lang]}</span>
            {others.map((other) => (
              <Fragment key={other}>
                {' '}
                <span class="glossary-entry__other" lang={other}>
                  {term.term[other]}
                </span>
              </Fragment>
            ))}
          </dt>
          <dd>{term.definition[lang]}</dd>
        </div>
      ))}
    </dl>
  );
}
