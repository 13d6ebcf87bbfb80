/** Every `intervalMs`, a backup — only when something was written since the last one. */

export const BACKUP_INTERVAL_MS = 30 * 60 * 1000;

export type PeriodicBackupOptions = {
  intervalMs: number;
  hasChanges: () => boolean;
  backup: () => Promise<unknown>;
  onError: (error: unknown) => void;
};

/** Starts the timer; the returned function stops it. The timer never keeps the process alive. */
export function startPeriodicBackup(options: PeriodicBackupOptions): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running || !options.hasChanges()) return;
    running = true;
    options
      .backup()
      .catch(options.onError)
      .finally(() => {
        running = false;
      });
  }, options.intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
