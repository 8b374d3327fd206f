import type { Language, StopLocation as Location } from '../../content/types.ts';
import { translator } from '../../i18n/index.ts';
import './StopLocation.css';

/** What visitors may do at a stop ("Viewed through the window"): the content's note, or the usual words. */
export function accessText(location: Location, lang: Language): string {
  return location.note?.[lang] ?? translator(lang)(`access.${location.access}`);
}

/**
 * Where a stop is and what visitors may do there, as two badges: for a visitor on the page, on
 * the kiosk, or for the group (the place as a quiet line, the access as the badge).
 */
export function StopLocation({
  location,
  lang,
  size,
}: {
  location: Location;
  lang: Language;
  size: 'page' | 'kiosk' | 'audience';
}) {
  return (
    <p lang={lang} class={`stop-location stop-location--${size}`}>
      <span class="badge badge--place">
        <span class="visually-hidden">{`${translator(lang)('location')}: `}</span>
        {location.place[lang]}
      </span>
      <span class={`badge badge--access badge--${location.access}`}>
        {accessText(location, lang)}
      </span>
    </p>
  );
}
