import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component whose code is fetched (from its own chunk, precached) once `wanted` is true, without
 * holding back the page around it: null until it has arrived. Keeps the initial JS small.
 */
export function useLazyComponent(
  load: () => Promise<FunctionComponent>,
  wanted = true,
): FunctionComponent | null {
  const [component, setComponent] = useState<FunctionComponent | null>(null);
  useEffect(() => {
    if (!wanted || component) return;
    void load().then((loaded) => setComponent(() => loaded));
  }, [wanted, component, load]);
  return component;
}
