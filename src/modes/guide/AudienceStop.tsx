import { Fragment } from 'preact';
import { useMemo } from 'preact/hooks';
import { StopBody } from '../../components/stop/StopBody.tsx';
import { StopFacts } from '../../components/stop/StopFacts.tsx';
import { StopFigure } from '../../components/stop/StopFigure.tsx';
import { StopLocation } from '../../components/stop/StopLocation.tsx';
import type { GlossaryTerm, Language, Stop, StopLayer, StopSummary } from '../../content/types.ts';
import { translator } from '../../i18n/index.ts';
import { otherLanguages } from '../../i18n/languages.ts';
import { withOtherTermNames } from './other-term-names.ts';
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
  /**
   * 'depth' shows the stop's in-depth text in place of its key facts and diagram (a stop without
   * one shows its overview). Data, not state: the guide's session or a live position sets it.
   */
  layer?: StopLayer;
}

/**
 * A stop as the group sees it: what can be read from across a room (title, one-line summary,
 * where it is, key facts, the diagram), in one language or in all of them at once, one block per
 * language. Each block carries its own `lang`, so screen readers and fonts treat each text in its
 * language.
 */
export function AudienceStop({
  summary,
  stop,
  audience,
  glossary,
  variant,
  layer = 'overview',
}: AudienceStopProps) {
  const all = audience === ALL_LANGUAGES;
  const languages = shownLanguages(audience);
  const depth = layer === 'depth' ? stop?.depth : undefined;
  const image = all || depth ? undefined : (stop?.images.find((i) => i.diagram) ?? stop?.images[0]);
  // In depth, every term in the text carries its other names already: no list of them below,
  // which also leaves the long text the room it needs on the wall.
  const terms = all && glossary && !depth ? (stop?.terms ?? []).map((id) => glossary.get(id)) : [];
  // With every language shown, a term in the text carries its other names (as the presenter's text).
  const depthHtml = useMemo(
    () =>
      Object.fromEntries(
        languages.map((lang) => [
          lang,
          depth && all && glossary
            ? withOtherTermNames(depth.body[lang], lang, otherLanguages(lang), glossary)
            : depth?.body[lang],
        ]),
      ),
    [depth, audience, glossary],
  );
  const state = depth ? 'depth' : 'overview';
  return (
    <div
      class={`audience-stop audience-stop--${variant} audience-stop--${all ? 'both' : 'one'} audience-stop--${state}`}
    >
      <div class="audience-stop__blocks" style={{ '--languages': languages.length }}>
        {languages.map((lang) => (
          <LanguageBlock
            key={lang}
            summary={summary}
            stop={stop}
            lang={lang}
            variant={variant}
            depthHtml={depthHtml[lang]}
          />
        ))}
      </div>
      {image && audience !== ALL_LANGUAGES && (
        <StopFigure image={image} lang={audience} size={variant} />
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
  depthHtml,
}: {
  summary: StopSummary;
  stop?: Stop;
  lang: Language;
  variant: 'screen' | 'preview';
  /** The in-depth text to show in place of the key facts, when the guide chose it. */
  depthHtml?: string;
}) {
  const Heading = variant === 'screen' ? 'h1' : 'h2';
  return (
    <section class="audience-block" lang={lang}>
      <StopLocation location={summary.location} lang={lang} size="audience" />
      <Heading class="audience-block__title">{summary.title[lang]}</Heading>
      <p class="audience-block__summary">{summary.summary[lang]}</p>
      {depthHtml !== undefined ? (
        <StopBody
          html={depthHtml}
          lang={lang}
          class="audience-block__depth"
          // Under the block's own title: h1 on the wall, h2 in the presenter's preview.
          firstHeading={variant === 'screen' ? 2 : 3}
          tappableTerms={false}
        />
      ) : (
        stop && <StopFacts stop={stop} lang={lang} size="audience" class="audience-block__facts" />
      )}
    </section>
  );
}
