import { useEffect, useState } from 'preact/hooks';
import { loadGlossary } from '../../content/index.ts';
import type { GlossaryTerm } from '../../content/types.ts';

/** The glossary (its own chunk), once loaded; undefined until then or when it cannot be loaded. */
export function useGlossary(): ReadonlyMap<string, GlossaryTerm> | undefined {
  const [glossary, setGlossary] = useState<ReadonlyMap<string, GlossaryTerm>>();
  useEffect(() => {
    let current = true;
    loadGlossary().then(
      (terms) => current && setGlossary(terms),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  return glossary;
}
