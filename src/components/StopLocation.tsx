import type { Language, StopLocation as Location } from '../content/types.ts';
import { translator } from '../i18n/index.ts';

/** Where a stop is, and whether visitors may enter ("Viewed through the window"), as two badges. */
export function StopLocation({
  location,
  lang,
  class: className,
}: {
  location: Location;
  lang: Language;
  class: string;
}) {
  const t = translator(lang);
  return (
    <p class={className}>
      <span class="badge badge--place">
        <span class="visually-hidden">{t('location')}: </span>
        {location.place[lang]}
      </span>
      <span class={`badge badge--access badge--${location.access}`}>
        {location.note?.[lang] ?? t(`access.${location.access}`)}
      </span>
    </p>
  );
}
