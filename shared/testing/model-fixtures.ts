/**
 * Builders for model records in tests: every field filled with a neutral value, so a test names
 * only the fields it is about.
 */
import type { Plan, ProgressUpdate, Task, Unit } from '../model/schemas';
import type { PlanData } from '../plan-view/build-plan-view';

/** Kế hoạch 76's header as imported from a text file. */
export function makePlan(over: Partial<Plan> = {}): Plan {
  return {
    id: 1,
    code: '76/KH-BCĐ-TANDTC',
    documentType: 'Kế hoạch',
    title: 'T',
    issuingBody: null,
    place: 'Hà Nội',
    issuedOn: '2021-06-10',
    sourceName: 'kh-76.txt',
    importedAt: '2021-06-10T00:00:00.000Z',
    ...over,
  };
}

/** A work item of plan 1, sorted by its id, titled after its WBS unless `over` says otherwise. */
export function makeTask(id: number, wbs: string, parentId: number | null, over: Partial<Task> = {}): Task {
  return {
    id,
    planId: 1,
    parentId,
    wbs,
    title: `Việc ${wbs}`,
    kind: 'task',
    start: null,
    deadline: null,
    deadlineText: null,
    deadlinePrecision: null,
    recurrence: null,
    deliverable: null,
    notes: null,
    sortOrder: id,
    sourceLine: null,
    baselineStart: over.start ?? null,
    baselineDeadline: over.deadline ?? null,
    baselinePrecision: over.deadlinePrecision ?? null,
    revisionCount: 0,
    ...over,
  };
}

export function makeUnit(id: number, name: string, over: Partial<Unit> = {}): Unit {
  return { id, name, fullName: name, agency: null, color: '#0072b2', isCollective: false, ...over };
}

export function makeProgressUpdate(
  id: number,
  taskId: number,
  reportedOn: string,
  percent: number,
  over: Partial<ProgressUpdate> = {},
): ProgressUpdate {
  return {
    id,
    taskId,
    reportedOn,
    percent,
    achieved: null,
    difficulties: null,
    enteredBy: 'Tổ giúp việc',
    createdAt: reportedOn,
    ...over,
  };
}

/** A plan with nothing in it yet; `over` fills in the parts a test needs. */
export function emptyPlanData(over: Partial<PlanData> = {}): PlanData {
  return {
    plan: makePlan(),
    tasks: [],
    units: [],
    taskUnits: [],
    dependencies: [],
    warnings: [],
    progressUpdates: [],
    occurrenceCompletions: [],
    ...over,
  };
}
