// Which glossary term the popup shows. Apart from the dialog itself (TermDialog.tsx), so the
// dialog's code can load only when a term is first tapped.
import { signal } from '@preact/signals';

/** The glossary term shown in the popup, if any. One popup for the whole app. */
export const openTermId = signal<string | null>(null);

export function openTerm(id: string): void {
  openTermId.value = id;
}

export function closeTermDialog(): void {
  openTermId.value = null;
}

/** Opens the definition when a `[data-term]` button inside `event`'s target area is pressed. */
export function handleTermClick(event: MouseEvent): void {
  const button = (event.target as Element | null)?.closest?.('[data-term]');
  if (button instanceof HTMLElement && button.dataset.term) openTerm(button.dataset.term);
}
