import { useEffect, useMemo, useState } from 'preact/hooks';
import { loadedGlossary, loadGlossary } from './index.ts';
import type { GlossaryTerm, Language } from './types.ts';

/**
 * The glossary (its own chunk), once loaded; undefined until then or when it cannot be loaded.
 * With `wanted`, it is loaded only once wanted, and tried again each time it is wanted anew.
 */
export function useGlossary(wanted = true): ReadonlyMap<string, GlossaryTerm> | undefined {
  // Already loaded (a prerendered page waits for it before hydrating): shown in the first render.
  const [glossary, setGlossary] = useState<ReadonlyMap<string, GlossaryTerm> | undefined>(() =>
    wanted ? loadedGlossary() : undefined,
  );
  useEffect(() => {
    if (!wanted || glossary) return;
    let current = true;
    loadGlossary().then(
      (terms) => current && setGlossary(terms),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [wanted, glossary]);
  return glossary;
}

/** Every term in the order a reader of `lang` looks for it: pinyin for Chinese, A–Z for English. */
export function sortedTerms(
  glossary: ReadonlyMap<string, GlossaryTerm>,
  lang: Language,
): GlossaryTerm[] {
  return [...glossary.values()].sort((a, b) => a.term[lang].localeCompare(b.term[lang], lang));
}

/** The whole glossary in the order a reader of `lang` looks for it, once loaded (the glossary pages). */
export function useSortedGlossary(lang: Language): GlossaryTerm[] | undefined {
  const glossary = useGlossary();
  return useMemo(() => glossary && sortedTerms(glossary, lang), [glossary, lang]);
}
