import { findTour } from '../../content/index.ts';
import { language, translator } from '../../i18n/index.ts';
import { CUSTOM_TOUR_ID } from './session.ts';
import './strings.ts';

/** A presented tour's title in the guide's language ("Own order" for the custom order). */
export function tourTitle(tourId: string, lang = language.value): string {
  if (tourId === CUSTOM_TOUR_ID) return translator(lang)('guide:customTour');
  return findTour(tourId)?.title[lang] ?? tourId;
}
