/**
 * The one way the window reads data: a contract method and its input; the answer is kept until a
 * new one arrives, and every query is read again after each edit (one invalidation step, called by
 * useEditing), so all views refresh the same way. Answers to an input that is no longer asked for
 * are dropped.
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { ApiClient } from '../../../shared/api/api-client';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api/contract';

let generation = 0;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
const currentGeneration = () => generation;

/** After an edit (or on "Thử lại"): every query on screen is read again. */
export function invalidateQueries(): void {
  generation++;
  for (const listener of listeners) listener();
}

export type Query<T> = {
  /** The latest answer, kept while the next one loads (also across an input change). */
  data: T | undefined;
  /** The failure of the latest read, if it failed. */
  error: unknown;
  loading: boolean;
  /** Reads every query again. */
  refetch: () => void;
};

type Answer<T> = { key: string; data: T | undefined; error: unknown };

/** `input` null: nothing to ask yet. */
export function useApiQuery<M extends ApiMethod>(
  client: ApiClient,
  method: M,
  input: ApiInput<M> | null,
): Query<ApiOutput<M>> {
  const version = useSyncExternalStore(subscribe, currentGeneration);
  const key = input === null ? null : `${method}:${JSON.stringify(input)}#${version}`;
  const [answer, setAnswer] = useState<Answer<ApiOutput<M>> | null>(null);

  useEffect(() => {
    if (key === null || input === null) return;
    let current = true;
    const call = client[method] as (input: ApiInput<M>) => Promise<ApiOutput<M>>;
    call(input).then(
      (data) => current && setAnswer({ key, data, error: null }),
      (error: unknown) => current && setAnswer((last) => ({ key, data: last?.data, error })),
    );
    return () => {
      current = false;
    };
    // `key` stands for `input` (its JSON) and the generation.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, method, key]);

  const refetch = useCallback(() => invalidateQueries(), []);
  return {
    data: answer?.data,
    error: answer?.key === key ? answer.error : null,
    loading: key !== null && answer?.key !== key,
    refetch,
  };
}
