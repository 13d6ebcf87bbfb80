/**
 * Everything behind the window, with no Electron in it: the database, the default plan, backups and
 * the API handlers. Electron's IPC, the local web bridge and the tests all open it the same way.
 */
import type { ApiResponse } from '../shared/api/contract';
import { type ApiDispatcher, type ApiHandlers, createDispatcher } from '../shared/api/dispatcher';
import { UserError } from '../shared/api/user-error';
import { createApiHandlers } from './api/plan-handlers';
import { type BackupService, createBackupService } from './backup/backup-service';
import { type StartupState, openAtStart } from './backup/open-at-start';
import { BACKUP_INTERVAL_MS, startPeriodicBackup } from './backup/periodic-backup';
import { ensureDefaultPlan } from './import/default-plan';
import {
  type FileAccess,
  type ReadOnlyReason,
  describeReadOnly,
  realFileAccess,
} from './storage/file-access';
import { type LiveDatabase, createLiveDatabase } from './storage/live-database';
import { translateStorageError } from './storage/storage-errors';
import { MIGRATIONS, type Migration } from './storage/migrations/index';
import type { PlanRepository } from './storage/plan-repository';

export type AppServices = {
  /** Stable for the life of the services; after a restore it reaches the new connection. */
  dispatch: ApiDispatcher;
  /** The current connection's repository (read it each time: a restore replaces it). */
  readonly repository: PlanRepository;
  databasePath: string;
  /** How the data file opened: normally, or damaged and set aside with a backup to offer. */
  readonly startupState: StartupState;
  /** Backups, restore and plan files; Electron's main process calls these with bytes from its dialogs. */
  backups: BackupService;
  close(): void;
};

export type AppServicesOptions = {
  databasePath: string;
  /** Electron's own build of better-sqlite3 (see README); the default binding serves Node. */
  nativeBinding?: string;
  /** Load Kế hoạch 76 into an empty database (on by default: it is what a new user expects). */
  loadDefaultPlan?: boolean;
  /** Between automatic backups while the plan changes; 30 minutes unless a test shortens it. */
  backupIntervalMs?: number;
  /** The schema migrations; tests pass a longer list to simulate an upgrade. */
  migrations?: readonly Migration[];
  now?: () => Date;
  /** Whether a path may be written; tests stand in for a read-only disk (root may write anything). */
  fileAccess?: FileAccess;
};

export function openAppServices(options: AppServicesOptions): AppServices {
  const { databasePath, nativeBinding } = options;
  if (databasePath === ':memory:')
    throw new Error('AppServices needs a database file: backups live beside it');
  const context = {
    databasePath,
    nativeBinding,
    migrations: options.migrations ?? MIGRATIONS,
    now: options.now ?? (() => new Date()),
    access: options.fileAccess ?? realFileAccess,
  };
  const start = openAtStart(context);
  let damagedAtStart: StartupState = start.state;
  const live: LiveDatabase = createLiveDatabase(databasePath, start.db, context.access);
  const backups = createBackupService(context, live);
  /** A damaged start until the plan is replaced; otherwise ok, saying so when the plan is read-only. */
  const startupState = (): StartupState => {
    if (damagedAtStart.state === 'damaged') return damagedAtStart;
    return live.readOnly === null
      ? { state: 'ok' }
      : { state: 'ok', readOnlyMessage: describeReadOnly(live.readOnly) };
  };
  // After a damage the user chooses: the offered backup, a plan file, or starting again.
  if (options.loadDefaultPlan !== false && damagedAtStart.state === 'ok' && live.readOnly === null)
    ensureDefaultPlan(live.repository);
  const buildDispatch = () =>
    createDispatcher(
      withStorageMessages(createApiHandlers(live.repository, { backups, startupState }), () => live.readOnly),
    );
  let current = buildDispatch();
  live.onReopen(() => {
    // The live plan was replaced on purpose: whatever was damaged at start is behind us.
    damagedAtStart = { state: 'ok' };
    current = buildDispatch();
  });

  const stopPeriodic = startPeriodicBackup({
    intervalMs: options.backupIntervalMs ?? BACKUP_INTERVAL_MS,
    hasChanges: backups.hasChangesSinceBackup,
    backup: () => backups.createBackup('dinh-ky'),
    onError: (error) => console.error('[backup] periodic backup failed:', error),
  });

  return {
    dispatch: async (method, input) => {
      // Another program may have replaced or moved the file since the last call: never write into the old one.
      try {
        live.ensureCurrent();
      } catch (error) {
        const known = error instanceof UserError ? error : translateStorageError(error, live.readOnly);
        if (known === null) throw error;
        return { ok: false, error: { code: known.code, message: known.message } } satisfies ApiResponse;
      }
      return current(method, input);
    },
    get repository() {
      return live.repository;
    },
    databasePath,
    get startupState() {
      return startupState();
    },
    backups,
    close: () => {
      stopPeriodic();
      live.close();
    },
  };
}

/** Each handler's storage failures (busy, disk full, read-only) become messages for the user. */
function withStorageMessages(handlers: ApiHandlers, readOnly: () => ReadOnlyReason | null): ApiHandlers {
  const wrapped: Record<string, (input: never) => unknown> = {};
  for (const [name, handler] of Object.entries(handlers) as [string, (input: never) => unknown][]) {
    wrapped[name] = async (input: never) => {
      try {
        return await handler(input);
      } catch (error) {
        throw translateStorageError(error, readOnly()) ?? error;
      }
    };
  }
  return wrapped as ApiHandlers;
}
