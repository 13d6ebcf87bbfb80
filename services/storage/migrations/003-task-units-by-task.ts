import type { Migration } from './index';

/**
 * Loading a plan reads every link of its tasks, with unit and role: from this index alone, without
 * visiting the table (see PlanRepository.loadPlanData).
 */
export const m003TaskUnitsByTask: Migration = {
  version: 3,
  name: 'task-units-by-task',
  sql: `
CREATE INDEX task_units_by_task ON task_units(task_id, role, unit_id);
`,
};
