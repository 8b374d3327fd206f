import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { openTermId } from './term-dialog-state.ts';

/**
 * The glossary popup, its code loaded when a term is first tapped (it is precached, so this works
 * offline): a page without terms, such as the home page, does not carry it.
 */
export function LazyTermDialog() {
  const [Dialog, setDialog] = useState<FunctionComponent | null>(null);
  const wanted = openTermId.value !== null;
  useEffect(() => {
    if (!wanted || Dialog) return;
    void import('./TermDialog.tsx').then((module) => setDialog(() => module.TermDialog));
  }, [wanted, Dialog]);
  return Dialog ? <Dialog /> : null;
}
