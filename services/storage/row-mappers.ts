/** Database rows → the domain model. The only place that knows the column names besides the SQL. */
import {
  type ImportWarning,
  type ProgressUpdate,
  type Plan,
  type Task,
  type TaskUnit,
  type Unit,
  DEADLINE_PRECISIONS,
  TASK_KINDS,
  UNIT_ROLES,
  recurrenceSchema,
} from '../../shared/model/schemas';

/** The schema's CHECK constraints already hold these to their lists; this keeps the types honest cheaply. */
function oneOf<T extends string>(allowed: readonly T[], value: string): T {
  if (!(allowed as readonly string[]).includes(value))
    throw new Error(`Giá trị không hợp lệ trong dữ liệu: ${value}`);
  return value as T;
}

export type PlanRow = {
  id: number;
  code: string;
  document_type: string;
  title: string;
  issuing_body: string | null;
  place: string | null;
  issued_on: string | null;
  source_name: string;
  imported_at: string;
};

export type UnitRow = {
  id: number;
  name: string;
  full_name: string;
  agency: string | null;
  color: string;
  is_collective: number;
};

export type ProgressUpdateRow = {
  id: number;
  task_id: number;
  reported_on: string;
  percent: number;
  achieved: string | null;
  difficulties: string | null;
  entered_by: string | null;
  created_at: string;
  reported_by_unit_id: number | null;
  reported_by_person: string | null;
  proposals: string | null;
  completed_on: string | null;
};

export const toProgressUpdate = (r: ProgressUpdateRow): ProgressUpdate => ({
  id: r.id,
  taskId: r.task_id,
  reportedOn: r.reported_on,
  percent: r.percent,
  achieved: r.achieved,
  difficulties: r.difficulties,
  enteredBy: r.entered_by,
  createdAt: r.created_at,
  reportedByUnitId: r.reported_by_unit_id,
  reportedByPerson: r.reported_by_person,
  proposals: r.proposals,
  completedOn: r.completed_on,
});

export type TaskUnitRow = { task_id: number; unit_id: number; role: string };
export const toPlan = (r: PlanRow): Plan => ({
  id: r.id,
  code: r.code,
  documentType: r.document_type,
  title: r.title,
  issuingBody: r.issuing_body,
  place: r.place,
  issuedOn: r.issued_on,
  sourceName: r.source_name,
  importedAt: r.imported_at,
});

/*
 * `…FromValues`: a row read as an array of the listed columns, in that order (`.raw()` rows, or the JSON
 * arrays of PlanRepository.loadPlanData), with the same checks as the object mappers.
 */

export const PLAN_COLUMNS =
  'id, code, document_type, title, issuing_body, place, issued_on, source_name, imported_at';

export const toPlanFromValues = (v: unknown[]): Plan => ({
  id: v[0] as number,
  code: v[1] as string,
  documentType: v[2] as string,
  title: v[3] as string,
  issuingBody: v[4] as string | null,
  place: v[5] as string | null,
  issuedOn: v[6] as string | null,
  sourceName: v[7] as string,
  importedAt: v[8] as string,
});

export const PROGRESS_UPDATE_COLUMNS =
  'id, task_id, reported_on, percent, achieved, difficulties, entered_by, created_at, ' +
  'reported_by_unit_id, reported_by_person, proposals, completed_on';

export const toProgressUpdateFromValues = (v: unknown[]): ProgressUpdate => ({
  id: v[0] as number,
  taskId: v[1] as number,
  reportedOn: v[2] as string,
  percent: v[3] as number,
  achieved: v[4] as string | null,
  difficulties: v[5] as string | null,
  enteredBy: v[6] as string | null,
  createdAt: v[7] as string,
  reportedByUnitId: v[8] as number | null,
  reportedByPerson: v[9] as string | null,
  proposals: v[10] as string | null,
  completedOn: v[11] as string | null,
});

export const WARNING_COLUMNS = 'id, plan_id, task_id, wbs, line, message';

export const toWarningFromValues = (v: unknown[]): ImportWarning => ({
  id: v[0] as number,
  planId: v[1] as number,
  taskId: v[2] as number | null,
  wbs: v[3] as string | null,
  line: v[4] as number,
  message: v[5] as string,
});

/** The columns of a task, in the order {@link toTaskFromValues} reads them. */
export const TASK_COLUMNS =
  'id, plan_id, parent_id, wbs, title, kind, start_on, deadline_on, deadline_text, deadline_precision, ' +
  'recurrence, deliverable, notes, sort_order, source_line, baseline_start_on, baseline_deadline_on, ' +
  'baseline_precision, removed_on';

/** A task read as an array of {@link TASK_COLUMNS}. */
export const toTaskFromValues = (v: unknown[]): Task => {
  const precision = v[9] as string | null;
  const recurrence = v[10] as string | null;
  return {
    id: v[0] as number,
    planId: v[1] as number,
    parentId: v[2] as number | null,
    wbs: v[3] as string,
    title: v[4] as string,
    kind: oneOf(TASK_KINDS, v[5] as string),
    start: v[6] as string | null,
    deadline: v[7] as string | null,
    deadlineText: v[8] as string | null,
    deadlinePrecision: precision === null ? null : oneOf(DEADLINE_PRECISIONS, precision),
    recurrence: recurrence === null ? null : recurrenceSchema.parse(JSON.parse(recurrence)),
    deliverable: v[11] as string | null,
    notes: v[12] as string | null,
    sortOrder: v[13] as number,
    sourceLine: v[14] as number | null,
    baselineStart: v[15] as string | null,
    baselineDeadline: v[16] as string | null,
    baselinePrecision: v[17] === null ? null : oneOf(DEADLINE_PRECISIONS, v[17] as string),
    // Counted apart (see PlanRepository.loadPlanData): most tasks have none, a per-row count costs.
    revisionCount: 0,
    removedOn: (v[18] as string | null | undefined) ?? null,
  };
};

export const toUnit = (r: UnitRow): Unit => ({
  id: r.id,
  name: r.name,
  fullName: r.full_name,
  agency: r.agency,
  color: r.color,
  isCollective: r.is_collective === 1,
});

/** The columns of {@link UnitRow} in the order {@link toUnitFromValues} reads them. */
export const UNIT_COLUMNS = 'id, name, full_name, agency, color, is_collective';

export const toUnitFromValues = (v: unknown[]): Unit => ({
  id: v[0] as number,
  name: v[1] as string,
  fullName: v[2] as string,
  agency: v[3] as string | null,
  color: v[4] as string,
  isCollective: v[5] === 1,
});

export const toTaskUnit = (r: TaskUnitRow): TaskUnit => ({
  taskId: r.task_id,
  unitId: r.unit_id,
  role: oneOf(UNIT_ROLES, r.role),
});
