/**
 * The connection the app is using now. Restoring a backup or opening a plan file replaces the file
 * under it: the connection is closed, the file swapped, and a new connection opened, and whoever
 * holds this object sees the new one without restarting the process.
 */
import type { Db } from './database';
import { type PlanRepository, createPlanRepository } from './plan-repository';

export type LiveDatabase = {
  readonly file: string;
  readonly db: Db;
  readonly repository: PlanRepository;
  /**
   * Closes the connection, runs `swap` with no connection open, then opens the file again —
   * whatever it holds by then, so a swap that fails half-way still leaves a working connection.
   */
  reopenAround(swap: () => void): void;
  onReopen(listener: () => void): void;
  close(): void;
};

export function createLiveDatabase(file: string, initial: Db, open: (file: string) => Db): LiveDatabase {
  let db = initial;
  let repository = createPlanRepository(db);
  let closed = false;
  const listeners: (() => void)[] = [];
  return {
    file,
    get db() {
      return db;
    },
    get repository() {
      return repository;
    },
    reopenAround(swap) {
      if (closed) throw new Error('The database is closed');
      db.close();
      try {
        swap();
      } finally {
        db = open(file);
        repository = createPlanRepository(db);
        for (const listener of listeners) listener();
      }
    },
    onReopen(listener) {
      listeners.push(listener);
    },
    close() {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}
