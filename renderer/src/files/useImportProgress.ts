/**
 * Follows one import while the services read its file: gives the import an id, asks the services
 * how far it has got twice a second, and cancels it on request or when the dialog closes mid-way.
 * The polling lives and dies with the import it follows, not with renders.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportProgress } from '../../../shared/api/interop-contract';
import { useWindowServices } from './window-services';

const POLL_MS = 500;

export type ImportTracker = {
  /** The import in progress and where it is; null when none is running. */
  progress: ImportProgress | null;
  /** Runs `work` (the importPlan call) as a followed import with a fresh id. */
  track<T>(work: (importId: string) => Promise<T>): Promise<T>;
  /** Asks the services to stop reading the file; the import then fails with their message. */
  cancel(): void;
  /** A cancel has been asked for and not yet answered. */
  cancelling: boolean;
};

export function useImportProgress(): ImportTracker {
  const { client } = useWindowServices();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const current = useRef<string | null>(null);

  const cancel = useCallback(() => {
    const importId = current.current;
    if (importId === null) return;
    setCancelling(true);
    void client.cancelImport({ importId }).catch(() => undefined);
  }, [client]);

  // Closing the dialog while a file is still being read stops that import.
  useEffect(
    () => () => {
      const importId = current.current;
      if (importId !== null) void client.cancelImport({ importId }).catch(() => undefined);
    },
    [client],
  );

  const track = useCallback(
    async <T>(work: (importId: string) => Promise<T>): Promise<T> => {
      const importId = crypto.randomUUID();
      current.current = importId;
      setCancelling(false);
      setProgress({ stage: 'reading', elapsedMs: 0 });
      const timer = setInterval(() => {
        void client
          .getImportProgress({ importId })
          .then((next) => {
            // An answer that arrives after the import ended says "none": it is not shown.
            if (current.current === importId && next.stage !== 'none') setProgress(next);
          })
          .catch(() => undefined);
      }, POLL_MS);
      try {
        return await work(importId);
      } finally {
        clearInterval(timer);
        current.current = null;
        setProgress(null);
        setCancelling(false);
      }
    },
    [client],
  );

  return { progress, track, cancel, cancelling };
}
