import { useEffect, useState } from 'preact/hooks';
import { loadedStop, loadStop } from './stops.ts';
import type { Stop } from './types.ts';

export type StopState =
  | { status: 'loading' }
  | { status: 'ready'; stop: Stop }
  | { status: 'missing' }
  | { status: 'failed'; retry: () => void };

/** Loads a whole stop; `failed` (e.g. a chunk that could not be fetched) offers a retry. */
export function useStop(id: string): StopState {
  const [attempt, setAttempt] = useState(0);
  // A stop loaded before the first render (the router starts it; a prerendered page waits for it
  // before hydrating) is shown at once: no "loading" frame replaces the text already on screen.
  const arrived = (): StopState | undefined => {
    const stop = loadedStop(id);
    return stop && { status: 'ready', stop };
  };
  const [state, setState] = useState<StopState>(() => arrived() ?? { status: 'loading' });
  useEffect(() => {
    const ready = arrived();
    if (ready) {
      setState((current) =>
        current.status === 'ready' && ready.status === 'ready' && current.stop === ready.stop
          ? current
          : ready,
      );
      return;
    }
    const loading = loadStop(id);
    if (!loading) {
      setState({ status: 'missing' });
      return;
    }
    let current = true;
    setState({ status: 'loading' });
    loading.then(
      (stop) => current && setState({ status: 'ready', stop }),
      () => current && setState({ status: 'failed', retry: () => setAttempt((n) => n + 1) }),
    );
    return () => {
      current = false;
    };
  }, [id, attempt]);
  return state;
}
