import { stops } from '../../content/stops.ts';
import { language } from '../../i18n/index.ts';

/** Every stop, in walking order, as links (the home page's "All stops"). */
export function StopLinks() {
  const lang = language.value;
  return (
    <ul class="stop-links">
      {stops.map((stop) => (
        <li key={stop.id}>
          <a href={`/stops/${stop.id}`} class="stop-link">
            <span class="stop-link__title">{stop.title[lang]}</span>
            <span class="stop-link__summary">{stop.summary[lang]}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
