import { useCallback, useEffect, useRef, useState } from "react";
import { type ApiError, isApiError } from "./api-client";

export interface ApiQuery<T> {
  data: T | undefined;
  error: ApiError | undefined;
  isLoading: boolean;
  reload: () => void;
}

/**
 * Runs `fetcher` whenever `deps` change and aborts the previous request, so a slow answer for an old
 * filter never overwrites the answer for the new one. Keeps the old data while loading to avoid flicker.
 */
export function useApiQuery<T>(fetcher: (signal: AbortSignal) => Promise<T>, deps: unknown[]): ApiQuery<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [isLoading, setIsLoading] = useState(true);
  const [reloadCount, setReloadCount] = useState(0);
  const fetcherRef = useRef(fetcher);
  fetcherRef.current = fetcher;

  useEffect(() => {
    const controller = new AbortController();
    setIsLoading(true);
    setError(undefined);
    fetcherRef.current(controller.signal).then(
      (result) => {
        if (controller.signal.aborted) return;
        setData(result);
        setError(undefined);
        setIsLoading(false);
      },
      (err: unknown) => {
        if (controller.signal.aborted) return;
        setError(isApiError(err) ? err : undefined);
        setIsLoading(false);
        if (!isApiError(err)) console.error(err);
      },
    );
    return () => controller.abort();
    // The caller lists in `deps` everything the fetcher reads; the fetcher itself is read through a ref.
  }, [...deps, reloadCount]);

  const reload = useCallback(() => setReloadCount((count) => count + 1), []);
  return { data, error, isLoading, reload };
}
