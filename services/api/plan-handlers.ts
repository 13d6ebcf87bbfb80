import type { ApiHandlers } from '../../shared/api/dispatcher';
import { UserError } from '../../shared/api/user-error';
import { buildPlanView } from '../../shared/plan-view/build-plan-view';
import type { PlanRepository } from '../storage/plan-repository';

/** The services behind every method of the API contract; each transport reaches them through the dispatcher. */
export function createApiHandlers(repository: PlanRepository): ApiHandlers {
  return {
    listPlans: () => repository.listPlanSummaries(),
    getPlanView: ({ planId, asOf }) => {
      const data = repository.loadPlanData(planId);
      if (!data) throw new UserError(`Không tìm thấy kế hoạch (mã ${planId}).`, 'not-found');
      return buildPlanView(data, asOf);
    },
  };
}
