import { useCallback, useEffect, useRef, useState } from 'react';
import { type ApiError, toApiError } from './client';

export type Resource<T> =
  | { state: 'loading' }
  | { state: 'ready'; data: T }
  | { state: 'failed'; error: ApiError };

/**
 * Loads data for a page. `key` says when to load again (e.g. the filter query); a newer load
 * aborts the older one so a slow answer never overwrites a newer one.
 */
export const useResource = <T>(
  key: string,
  load: (signal: AbortSignal) => Promise<T>,
): Resource<T> & { reload: () => void } => {
  const [resource, setResource] = useState<Resource<T>>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  // biome-ignore lint/correctness/useExhaustiveDependencies: key and generation are the reload triggers
  useEffect(() => {
    const controller = new AbortController();
    setResource((r) => (r.state === 'loading' ? r : { state: 'loading' }));
    loadRef.current(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setResource({ state: 'ready', data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setResource({ state: 'failed', error: toApiError(error) });
      },
    );
    return () => controller.abort();
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...resource, reload };
};
