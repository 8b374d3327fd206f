import type { Language } from '../content/types.ts';
import { translator } from '../i18n/index.ts';
import type { TourStopProgress } from '../state/progress-through-tour.ts';

/** A stop's line in the list of a tour: its planned minutes, and "visited" once it was. */
export function TourStopMeta({
  stop,
  lang,
  class: className,
}: {
  stop: TourStopProgress;
  lang: Language;
  class: string;
}) {
  const t = translator(lang);
  return (
    <span class={className}>
      {t('minutesShort', { count: stop.entry.minutes })}
      {stop.visited && <> · {t('visited')}</>}
    </span>
  );
}
