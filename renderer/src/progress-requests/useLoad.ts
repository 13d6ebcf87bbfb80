/**
 * What a dialog reads once when it opens (and again when `key` changes), with its error. Kept small
 * and local so it can be switched to the window's shared query hook.
 */
import { useEffect, useState } from 'react';
import { errorMessage } from '../ui/error-message';

export function useLoad<T>(load: () => Promise<T>, key: string): { data: T | null; error: string | null } {
  const [state, setState] = useState<{ key: string; data: T | null; error: string | null }>({
    key,
    data: null,
    error: null,
  });
  useEffect(() => {
    let live = true;
    load().then(
      (data) => live && setState({ key, data, error: null }),
      (error: unknown) => live && setState({ key, data: null, error: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` names what `load` reads
  }, [key]);
  return state.key === key ? state : { data: null, error: null };
}
