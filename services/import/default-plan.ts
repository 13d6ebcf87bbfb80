import { DEFAULT_PLAN_FILE_NAME, DEFAULT_PLAN_TEXT } from '../../shared/default-plan/default-plan-text';
import type { PlanRepository } from '../storage/plan-repository';
import { importPlanText } from './import-plan';

const SEEDED_KEY = 'default_plan_loaded';

/**
 * On first start the app opens with Kế hoạch 76 already loaded from the text it ships.
 * Only once: a user who later deletes it does not get it back at every start.
 */
export function ensureDefaultPlan(repository: PlanRepository): boolean {
  if (repository.getSetting(SEEDED_KEY) !== null || repository.countPlans() > 0) return false;
  importPlanText(repository, DEFAULT_PLAN_TEXT, DEFAULT_PLAN_FILE_NAME);
  repository.setSetting(SEEDED_KEY, new Date().toISOString());
  return true;
}
