// One visitor's visit at the kiosk: what it changes, what it counts, and how it is wiped
// for the next visitor (the idle reset). Everything a visit leaves behind is cleared here.
import { signal } from '@preact/signals';
import { closeTermDialog } from '../../components/TermDialog.tsx';
import { findTour, site } from '../../content/index.ts';
import type { Language } from '../../content/types.ts';
import { setLanguage } from '../../i18n/index.ts';
import { clearTourProgress } from '../../state/tour-progress.ts';
import { count } from './counter-store.ts';

/** An external link shown as a QR code instead of being followed (null: none). */
export const externalLink = signal<string | null>(null);

/** The staff lock: closed, asking for the PIN, or the panel itself. */
export const staffView = signal<'closed' | 'pin' | 'panel'>('closed');

// Tours counted for this visit, so going back and forth within one visit counts a tour once.
const toursStarted = new Set<string>();
const toursCompleted = new Set<string>();

/** The kiosk's language for this visit; the kiosk never saves it (the next visitor starts afresh). */
export function chooseLanguage(lang: Language): void {
  setLanguage(lang, { remember: false });
  void count('language_chosen', lang);
}

/** A visitor touched the attract screen. */
export function beginVisit(lang: Language): void {
  clearVisit();
  void count('sessions_started');
  chooseLanguage(lang);
}

export function noteStopView(stopId: string, tourId: string | undefined): void {
  void count('stop_views', stopId);
  // `tourId` is the URL's `?tour=`: only a tour of the content that has this stop is counted.
  const tour = findTour(tourId);
  if (tour?.stops.some((entry) => entry.stop === stopId) && !toursStarted.has(tour.id)) {
    toursStarted.add(tour.id);
    void count('tour_started', tour.id);
  }
}

export function noteTourCompleted(tourId: string): void {
  if (toursCompleted.has(tourId)) return;
  toursCompleted.add(tourId);
  void count('tour_completed', tourId);
}

/** Wipes the visit: dialogs, popups, language, progress, counters' per-visit memory. */
export function clearVisit(): void {
  // Closed at once, not a frame later with their components: the next visitor's first touch
  // must reach the attract screen, not a dialog on its way out.
  for (const dialog of document.querySelectorAll('dialog[open]')) {
    if (dialog instanceof HTMLDialogElement) dialog.close();
  }
  closeTermDialog();
  externalLink.value = null;
  staffView.value = 'closed';
  toursStarted.clear();
  toursCompleted.clear();
  clearTourProgress();
  setLanguage(site.defaultLanguage, { remember: false });
  getSelection()?.removeAllRanges();
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  window.scrollTo(0, 0);
}
