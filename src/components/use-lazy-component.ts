import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** A component's loader that remembers what it loaded, so a later render can show it at once. */
export interface ComponentLoader {
  (): Promise<FunctionComponent>;
  /** The component once its chunk has arrived. */
  loaded?: FunctionComponent;
}

/** Wraps `load` (a dynamic import) so it runs once and its result is kept in `loaded`. */
export function componentLoader(load: () => Promise<FunctionComponent>): ComponentLoader {
  let loading: Promise<FunctionComponent> | undefined;
  const loader: ComponentLoader = () => {
    loading ??= load().then((component) => {
      loader.loaded = component;
      return component;
    });
    loading.catch(() => {
      loading = undefined;
    });
    return loading;
  };
  return loader;
}

/**
 * A component whose code is fetched (from its own chunk, precached) once `wanted` is true, without
 * holding back the page around it: null until it has arrived. Keeps the initial JS small.
 */
export function useLazyComponent(load: ComponentLoader, wanted = true): FunctionComponent | null {
  // Loaded before the first render (a prerendered page waits for it): no empty first frame.
  const [component, setComponent] = useState<FunctionComponent | null>(() =>
    wanted && load.loaded ? load.loaded : null,
  );
  useEffect(() => {
    if (!wanted || component) return;
    void load().then((loaded) => setComponent(() => loaded));
  }, [wanted, component, load]);
  return component;
}
