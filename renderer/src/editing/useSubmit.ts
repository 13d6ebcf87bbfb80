/**
 * One submit at a time: the button is disabled while the request is in flight, a second click in the
 * meantime does nothing, and each submit carries a fresh request key so that the services write once
 * even if the same call arrives twice (see shared/api/request-keys.ts).
 */
import { useCallback, useRef, useState } from 'react';

const newKey = (): string => crypto.randomUUID();

export type Submit = {
  busy: boolean;
  /** Runs `send` with this submit's request key, unless one is already running (then resolves null). */
  submit: <T>(send: (requestKey: string) => Promise<T>) => Promise<T | null>;
};

export function useSubmit(): Submit {
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  const submit = useCallback(async <T>(send: (requestKey: string) => Promise<T>): Promise<T | null> => {
    if (running.current) return null;
    running.current = true;
    setBusy(true);
    try {
      return await send(newKey());
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  return { busy, submit };
}
