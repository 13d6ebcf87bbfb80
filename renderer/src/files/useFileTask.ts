/** Runs one file command at a time, with its busy state, its error and what it reports when done. */
import { useCallback, useRef, useState } from 'react';
import { errorMessage } from '../ui/error-message';

export type FileTask = {
  busy: boolean;
  error: string | null;
  notice: string | null;
  run: (work: () => Promise<string | null>) => Promise<void>;
  clear: () => void;
};

export function useFileTask(): FileTask {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const running = useRef(false);

  const run = useCallback(async (work: () => Promise<string | null>) => {
    // A double click must not save twice or start a second restore.
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      setNotice(await work());
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  const clear = useCallback(() => {
    setError(null);
    setNotice(null);
  }, []);
  return { busy, error, notice, run, clear };
}
