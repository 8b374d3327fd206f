import type { Language } from '../content/types.ts';
import { translator } from '../i18n/index.ts';
import './TourMeta.css';

/** How long a tour takes and how many stops it has ("45 minutes · 8 stops"), in one language. */
export function TourMeta({
  minutes,
  stops,
  lang,
  as: Tag = 'p',
  class: className,
}: {
  minutes: number;
  stops: number;
  lang: Language;
  /** `span` inside a link or a button, where a paragraph may not go. */
  as?: 'p' | 'span';
  class?: string;
}) {
  const t = translator(lang);
  return (
    <Tag lang={lang} class={className ? `tour-meta ${className}` : 'tour-meta'}>
      {t('minutes', { count: minutes })}
      <span aria-hidden="true"> · </span>
      {t('stopCount', { count: stops })}
    </Tag>
  );
}
