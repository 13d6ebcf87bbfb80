/**
 * Everything behind the window, with no Electron in it: the database, the default plan and the
 * API handlers. Electron's IPC, the local web bridge and the tests all open it the same way.
 */
import { type ApiDispatcher, createDispatcher } from '../shared/api/dispatcher';
import { createApiHandlers } from './api/plan-handlers';
import { ensureDefaultPlan } from './import/default-plan';
import { type Db, openDatabase } from './storage/database';
import { type PlanRepository, createPlanRepository } from './storage/plan-repository';

export type AppServices = {
  dispatch: ApiDispatcher;
  repository: PlanRepository;
  databasePath: string;
  close(): void;
};

export type AppServicesOptions = {
  databasePath: string;
  /** Electron's own build of better-sqlite3 (see README); the default binding serves Node. */
  nativeBinding?: string;
  /** Load Kế hoạch 76 into an empty database (on by default: it is what a new user expects). */
  loadDefaultPlan?: boolean;
};

export function openAppServices(options: AppServicesOptions): AppServices {
  const db: Db = openDatabase(options.databasePath, { nativeBinding: options.nativeBinding });
  const repository = createPlanRepository(db);
  if (options.loadDefaultPlan !== false) ensureDefaultPlan(repository);
  return {
    dispatch: createDispatcher(createApiHandlers(repository)),
    repository,
    databasePath: options.databasePath,
    close: () => db.close(),
  };
}
