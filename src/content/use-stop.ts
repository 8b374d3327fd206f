import { useEffect, useState } from 'preact/hooks';
import { loadStop } from './stops.ts';
import type { Stop } from './types.ts';

export type StopState =
  | { status: 'loading' }
  | { status: 'ready'; stop: Stop }
  | { status: 'missing' }
  | { status: 'failed'; retry: () => void };

/** Loads a whole stop; `failed` (e.g. a chunk that could not be fetched) offers a retry. */
export function useStop(id: string): StopState {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<StopState>({ status: 'loading' });
  useEffect(() => {
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
