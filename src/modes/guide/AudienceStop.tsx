import { Fragment } from 'preact';
import type { GlossaryTerm, Language, Stop, StopSummary } from '../../content/types.ts';
import { translator } from '../../i18n/index.ts';
import { ALL_LANGUAGES, type AudienceLanguage, shownLanguages } from './session.ts';
import './AudienceStop.css';

interface AudienceStopProps {
  summary: StopSummary;
  /** The whole stop once loaded (key facts, diagram); the summary alone is shown until then. */
  stop?: Stop;
  audience: AudienceLanguage;
  glossary?: ReadonlyMap<string, GlossaryTerm>;
  /** The wall screen ('screen') or the presenter's view of what the group sees ('preview'). */
  variant: 'screen' | 'preview';
}

/**
 * A stop as the group sees it: what can be read from across a room (title, one-line summary,
 * where it is, key facts, the diagram), in one language or in all of them at once, one block per
 * language. Each block carries its own `lang`, so screen readers and fonts treat each text in its
 * language.
 */
export function AudienceStop({ summary, stop, audience, glossary, variant }: AudienceStopProps) {
  const all = audience === ALL_LANGUAGES;
  const languages = shownLanguages(audience);
  const image = all ? undefined : (stop?.images.find((i) => i.diagram) ?? stop?.images[0]);
  const terms = all && stop && glossary ? stop.terms.map((id) => glossary.get(id)) : [];
  return (
    <div class={`audience-stop audience-stop--${variant} audience-stop--${all ? 'both' : 'one'}`}>
      <div class="audience-stop__blocks" style={{ '--languages': languages.length }}>
        {languages.map((lang) => (
          <LanguageBlock key={lang} summary={summary} stop={stop} lang={lang} variant={variant} />
        ))}
      </div>
      {image && !all && (
        <figure class="audience-stop__figure" lang={audience}>
          <img
            src={image.src[audience]}
            alt={image.alt[audience]}
            width={image.width}
            height={image.height}
          />
          {image.caption && <figcaption>{image.caption[audience]}</figcaption>}
        </figure>
      )}
      {terms.length > 0 && (
        <section class="audience-stop__terms" aria-labelledby={`terms-${variant}`}>
          <h3 id={`terms-${variant}`} class="audience-stop__terms-title">
            {languages.map((lang, index) => (
              <Fragment key={lang}>
                {index > 0 && <span aria-hidden="true"> · </span>}
                <span lang={lang}>{translator(lang)('glossary')}</span>
              </Fragment>
            ))}
          </h3>
          <ul>
            {terms.map(
              (term) =>
                term && (
                  <li key={term.id} class="bilingual-term">
                    {languages.map((lang) => (
                      <span key={lang} lang={lang}>
                        {term.term[lang]}
                      </span>
                    ))}
                  </li>
                ),
            )}
          </ul>
        </section>
      )}
    </div>
  );
}

function LanguageBlock({
  summary,
  stop,
  lang,
  variant,
}: {
  summary: StopSummary;
  stop?: Stop;
  lang: Language;
  variant: 'screen' | 'preview';
}) {
  const t = translator(lang);
  const Heading = variant === 'screen' ? 'h1' : 'h2';
  const { location } = summary;
  return (
    <section class="audience-block" lang={lang}>
      <p class="audience-block__where">
        <span class="audience-block__place">
          <span class="visually-hidden">{t('location')}: </span>
          {location.place[lang]}
        </span>
        <span class={`badge badge--access badge--${location.access} audience-block__access`}>
          {location.note?.[lang] ?? t(`access.${location.access}`)}
        </span>
      </p>
      <Heading class="audience-block__title">{summary.title[lang]}</Heading>
      <p class="audience-block__summary">{summary.summary[lang]}</p>
      {stop && stop.facts.length > 0 && (
        <ul class="audience-block__facts" aria-label={t('keyFacts')}>
          {stop.facts.map((fact) => (
            <li key={fact[lang]}>{fact[lang]}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
