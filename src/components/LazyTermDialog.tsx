import { openTermId } from './term-dialog-state.ts';
import { componentLoader, useLazyComponent } from './use-lazy-component.ts';

const loadTermDialog = componentLoader(() =>
  import('./TermDialog.tsx').then((module) => module.TermDialog),
);

/**
 * The glossary popup, its code loaded when a term is first tapped (it is precached, so this works
 * offline): a page without terms, such as the home page, does not carry it.
 */
export function LazyTermDialog() {
  const Dialog = useLazyComponent(loadTermDialog, openTermId.value !== null);
  return Dialog ? <Dialog /> : null;
}
