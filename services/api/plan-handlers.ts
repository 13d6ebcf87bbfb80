import type { ApiHandlers } from '../../shared/api/dispatcher';
import { planNotFound } from '../../shared/api/user-error';
import { buildPlanView } from '../../shared/plan-view/build-plan-view';
import type { PlanRepository } from '../storage/plan-repository';
import { type BackupHandlerDependencies, createBackupHandlers } from './backup-handlers';
import { createDocumentRegisterHandlers } from './document-register-handlers';
import { createEditingHandlers } from './editing-handlers';
import { createInteropHandlers } from './interop-handlers';
import { createProgressRequestHandlers } from './progress-request-handlers';
import { createReportHandlers } from './report-handlers';

/** The services behind every method of the API contract; each transport reaches them through the dispatcher. */
export function createApiHandlers(
  repository: PlanRepository,
  backups: BackupHandlerDependencies,
): ApiHandlers {
  const planData = (planId: number) => {
    const data = repository.loadPlanData(planId);
    if (!data) throw planNotFound(planId);
    return data;
  };
  return {
    ...createBackupHandlers(backups),
    ...createReportHandlers(repository),
    ...createDocumentRegisterHandlers(repository),
    ...createInteropHandlers(repository),
    ...createEditingHandlers(repository),
    ...createProgressRequestHandlers(repository),
    listPlans: () => repository.listPlanSummaries(),
    getPlanView: ({ planId, asOf }) => buildPlanView(planData(planId), asOf),
    getPlanData: ({ planId }) => planData(planId),
  };
}
