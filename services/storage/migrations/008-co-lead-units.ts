import { recoverCoLeads } from './008-recover-co-leads';
import type { Migration } from './index';

/**
 * A task may have several lead units ("Vụ A và Cục B đồng chủ trì"): the one-lead rule goes, the
 * links stay as they are (a task with one lead is still valid). The order of a task's leads is the
 * order their links were written (rowid), which loadPlanData keeps; the first is the principal one.
 * Co-leads an earlier import stored as supporting units are made leads again (see recoverCoLeads).
 */
export const m008CoLeadUnits: Migration = {
  version: 8,
  name: 'co-lead-units',
  sql: `
DROP INDEX task_units_one_lead;
`,
  migrateData: recoverCoLeads,
};
