/**
 * Plans as a whole: import, load, list, delete. Like every service, it owns its own SQL statements;
 * storage owns the schema (migrations/) and the connection (CONTRIBUTING.md, "Who writes SQL").
 * Every write that belongs together runs in one transaction: an import either lands whole or leaves
 * the database as it was.
 */
import type { PlanSummary } from '../../shared/api/contract';
import { UserError } from '../../shared/api/user-error';
import type { ParsedPlanDocument } from '../../shared/plan-document/parsed-plan';
import type { ProgressUpdate, Task, TaskUnit, Unit } from '../../shared/model/schemas';
import type { PlanData } from '../../shared/plan-view/build-plan-view';
import type { Db } from './database';
import { applyImportedBaseline } from './imported-baseline';
import { createDocumentItemWriter } from './document-item-writer';
import {
  type PlanRow,
  type ProgressUpdateRow,
  type TaskUnitRow,
  PLAN_COLUMNS,
  PROGRESS_UPDATE_COLUMNS,
  TASK_COLUMNS,
  UNIT_COLUMNS,
  WARNING_COLUMNS,
  toPlan,
  toPlanFromValues,
  toProgressUpdate,
  toProgressUpdateFromValues,
  toTaskFromValues,
  toTaskUnit,
  toUnitFromValues,
  toWarningFromValues,
} from './row-mappers';

type Statement = ReturnType<Db['prepare']>;

export type NewProgressUpdate = Omit<ProgressUpdate, 'id' | 'createdAt'>;

export type DocumentSource = { name: string; text: string };

export type ImportOptions = {
  now?: Date;
};

export type ImportSummary = {
  planId: number;
  code: string;
  taskCount: number;
  unitCount: number;
  warningCount: number;
};

/**
 * What a plan file can carry beyond the document's items (a spreadsheet, an MS Project file): own
 * start dates, links between tasks and progress reports, all named by WBS.
 */
/** The plan's own dates of a task as a file kept them (MS Project's baseline), beside its current ones. */
export type ImportedBaseline = { wbs: string; start: string | null; deadline: string | null };

export type ImportSchedule = {
  starts: { wbs: string; start: string }[];
  /** Where the file's baseline differs from its current dates, the difference becomes a revision. */
  baselines?: ImportedBaseline[];
  dependencies: { predecessorWbs: string; successorWbs: string; lagDays: number }[];
  progress: (Omit<NewProgressUpdate, 'taskId'> & { wbs: string })[];
};

export function createPlanRepository(db: Db) {
  const items = createDocumentItemWriter(db);
  const insertPlan = db.prepare(
    `INSERT INTO plans (code, document_type, title, issuing_body, place, issued_on, source_name, source_text, imported_at, sort_order)
     VALUES (@code, @documentType, @title, NULL, @place, @issuedOn, @sourceName, @sourceText, @importedAt,
             (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM plans))`,
  );
  const insertWarning = db.prepare(
    'INSERT INTO import_warnings (plan_id, task_id, wbs, line, message) VALUES (?, ?, ?, ?, ?)',
  );
  const planIdByCode = db.prepare('SELECT id FROM plans WHERE code = ?').pluck();

  const importDocument = db.transaction(
    (doc: ParsedPlanDocument, source: DocumentSource, options: ImportOptions): ImportSummary => {
      const code = doc.header.code ?? source.name.replace(/\.[^.]+$/, '');
      const existing = planIdByCode.get(code) as number | undefined;
      // A newer version of a stored plan updates it in place (services/import/amend-plan.ts), keeping
      // its progress: it never replaces it.
      if (existing !== undefined) {
        throw new UserError(
          `Kế hoạch số ${code} đã có trong dữ liệu. Hãy nhập tệp bằng “Cập nhật kế hoạch đã có” (dòng lệnh: --update) để áp dụng văn bản mới mà vẫn giữ tiến độ đã cập nhật.`,
          'conflict',
        );
      }

      const planId = Number(
        insertPlan.run({
          code,
          documentType: doc.header.documentType ?? 'Văn bản',
          title: doc.header.title ?? source.name,
          place: doc.header.place,
          issuedOn: doc.header.issuedOn,
          sourceName: source.name,
          sourceText: source.text,
          importedAt: (options.now ?? new Date()).toISOString(),
        }).lastInsertRowid,
      );

      const unitIds = items.registerUnits(doc);

      const taskIds = new Map<string, number>();
      doc.items.forEach((item, index) => {
        const taskId = items.insertItem(item, {
          planId,
          parentId: item.parentWbs === null ? null : (taskIds.get(item.parentWbs) ?? null),
          sortOrder: index + 1,
        });
        taskIds.set(item.wbs, taskId);
        items.linkItemUnits(taskId, item, unitIds);
      });

      for (const w of doc.warnings) {
        insertWarning.run(
          planId,
          w.wbs === null ? null : (taskIds.get(w.wbs) ?? null),
          w.wbs,
          w.line,
          w.message,
        );
      }
      return {
        planId,
        code,
        taskCount: doc.items.length,
        unitCount: doc.units.length,
        warningCount: doc.warnings.length,
      };
    },
  );

  const taskIdByWbs = db.prepare('SELECT id FROM tasks WHERE plan_id = ? AND wbs = ?').pluck();
  // A start the file gives is part of the plan as imported: it is the baseline start too.
  const setTaskStart = db.prepare(
    'UPDATE tasks SET start_on = @start, baseline_start_on = @start WHERE id = @id',
  );
  const insertDependency = db.prepare(
    'INSERT INTO dependencies (predecessor_id, successor_id, lag_days) VALUES (?, ?, ?)',
  );
  const insertImportedProgress = db.prepare(
    `INSERT INTO progress_updates (task_id, reported_on, percent, achieved, difficulties, entered_by, created_at)
     VALUES (@taskId, @reportedOn, @percent, @achieved, @difficulties, @enteredBy, @createdAt)`,
  );
  // The document and its schedule land together or not at all (the inner import is a savepoint).
  const importDocumentWithSchedule = db.transaction(
    (
      doc: ParsedPlanDocument,
      source: DocumentSource,
      schedule: ImportSchedule,
      options: ImportOptions,
    ): ImportSummary => {
      const summary = importDocument(doc, source, options);
      const idOf = (wbs: string): number => {
        const id = taskIdByWbs.get(summary.planId, wbs) as number | undefined;
        if (id === undefined) throw new UserError(`Không có mục ${wbs} trong kế hoạch vừa nhập.`);
        return id;
      };
      for (const { wbs, start } of schedule.starts) setTaskStart.run({ start, id: idOf(wbs) });
      const importedAt = (options.now ?? new Date()).toISOString();
      for (const baseline of schedule.baselines ?? []) {
        applyImportedBaseline(db, idOf(baseline.wbs), baseline, importedAt);
      }
      for (const d of schedule.dependencies) {
        insertDependency.run(idOf(d.predecessorWbs), idOf(d.successorWbs), d.lagDays);
      }
      const createdAt = (options.now ?? new Date()).toISOString();
      for (const { wbs, ...update } of schedule.progress) {
        insertImportedProgress.run({ ...update, taskId: idOf(wbs), createdAt });
      }
      return summary;
    },
  );

  // A plan in one statement, prepared once, on first use: it is loaded on every change of the status
  // date, at thousands of tasks. Each part comes as JSON (arrays of column values, in the order the
  // `…FromValues` mappers read): better-sqlite3 pays for every value it hands to JavaScript (an object row
  // more still), JSON.parse does not. Tasks come by the plan's index, in plan order (checked); the links
  // through the list of the plan's task ids, by task (see decodeTaskUnits); the small catalogue of units
  // whole, the plan's own picked in code.
  let loadStatement: Statement | null = null;
  const prepareLoadStatement = () =>
    db.prepare(
      `SELECT
         (SELECT json_array(${PLAN_COLUMNS}) FROM plans WHERE id = @planId) AS plan,
         (SELECT json_group_array(json_array(${TASK_COLUMNS})) FROM tasks WHERE plan_id = @planId) AS tasks,
         links.tasks AS linkTasks, links.units AS linkUnits, links.rowids AS linkRowids,
         (SELECT json_group_array(json_array(${UNIT_COLUMNS})) FROM units) AS units,
         (SELECT json_group_array(json_array(d.predecessor_id, d.successor_id, d.lag_days))
          FROM dependencies d JOIN tasks t ON t.id = d.successor_id WHERE t.plan_id = @planId) AS dependencies,
         (SELECT json_group_array(json_array(${WARNING_COLUMNS}) ORDER BY line, id)
          FROM import_warnings WHERE plan_id = @planId) AS warnings,
         (SELECT json_group_array(json_array(${PROGRESS_UPDATE_COLUMNS}) ORDER BY task_id, reported_on, id)
          FROM progress_updates WHERE task_id IN (SELECT id FROM tasks WHERE plan_id = @planId))
           AS progressUpdates,
         (SELECT json_group_array(json_array(c.task_id, c.due_on, c.done_on))
          FROM occurrence_completions c JOIN tasks t ON t.id = c.task_id WHERE t.plan_id = @planId)
           AS occurrenceCompletions,
         (SELECT json_group_array(json_array(r.task_id, r.n)) FROM
            (SELECT task_id, COUNT(*) AS n FROM task_revisions
             WHERE task_id IN (SELECT id FROM tasks WHERE plan_id = @planId) GROUP BY task_id) AS r)
           AS revisionCounts,
         (SELECT json_group_array(json_array(code, document_type, issued_on) ORDER BY id)
          FROM plan_amendments WHERE plan_id = @planId) AS amendments
       FROM (SELECT json_group_array(task_id) AS tasks,
                    json_group_array(unit_id * 4 + (CASE role WHEN 'lead' THEN 0 WHEN 'support' THEN 1 ELSE 2 END))
                      AS units,
                    json_group_array(rowid) AS rowids
             FROM task_units WHERE task_id IN (SELECT id FROM tasks WHERE plan_id = @planId)) AS links`,
    );
  let taskUnitByRowid: Statement | null = null;

  return {
    /** The connection itself, for the editing services (they keep their SQL in services/editing). */
    database: db,

    importDocument: (doc: ParsedPlanDocument, source: DocumentSource, options: ImportOptions = {}) =>
      importDocument(doc, source, options),

    importDocumentWithSchedule: (
      doc: ParsedPlanDocument,
      source: DocumentSource,
      schedule: ImportSchedule,
      options: ImportOptions = {},
    ) => importDocumentWithSchedule(doc, source, schedule, options),

    countPlans: (): number => db.prepare('SELECT COUNT(*) FROM plans').pluck().get() as number,

    listPlanSummaries: (): PlanSummary[] =>
      (
        db
          .prepare(
            `SELECT ${PLAN_COLUMNS}, (SELECT COUNT(*) FROM tasks t WHERE t.plan_id = p.id) AS task_count
             FROM plans p ORDER BY sort_order, id`,
          )
          .all() as (PlanRow & { task_count: number })[]
      ).map((r) => ({ ...toPlan(r), taskCount: r.task_count })),

    findPlanIdByCode: (code: string): number | null => (planIdByCode.get(code) as number | undefined) ?? null,

    loadPlanData: (planId: number): PlanData | null => {
      const row = (loadStatement ??= prepareLoadStatement()).get({ planId }) as LoadedPlanRow;
      if (row.plan === null) return null;
      const tasks = inPlanOrder(parseRows(row.tasks).map(toTaskFromValues));
      const revised = new Map(parseRows(row.revisionCounts).map((v) => [v[0] as number, v[1] as number]));
      if (revised.size > 0) for (const task of tasks) task.revisionCount = revised.get(task.id) ?? 0;
      const usedUnitIds = new Set<number>();
      const taskUnits = decodeTaskUnits(
        { tasks: row.linkTasks, units: row.linkUnits, rowids: row.linkRowids },
        (rowid) =>
          toTaskUnit(
            (taskUnitByRowid ??= db.prepare(
              'SELECT task_id, unit_id, role FROM task_units WHERE rowid = ?',
            )).get(rowid) as TaskUnitRow,
          ),
        usedUnitIds,
      );
      const units: Unit[] = [];
      for (const values of parseRows(row.units)) {
        if (usedUnitIds.has(values[0] as number)) units.push(toUnitFromValues(values));
      }
      return {
        plan: toPlanFromValues(parseRows(`[${row.plan}]`)[0]!),
        tasks,
        units: units.sort((a, b) => a.id - b.id),
        taskUnits,
        dependencies: parseRows(row.dependencies).map((v) => ({
          predecessorId: v[0] as number,
          successorId: v[1] as number,
          lagDays: v[2] as number,
        })),
        warnings: parseRows(row.warnings).map(toWarningFromValues),
        progressUpdates: parseRows(row.progressUpdates).map(toProgressUpdateFromValues),
        occurrenceCompletions: parseRows(row.occurrenceCompletions).map((v) => ({
          taskId: v[0] as number,
          dueOn: v[1] as string,
          doneOn: v[2] as string,
        })),
        amendments: parseRows(row.amendments).map((v) => ({
          code: v[0] as string | null,
          documentType: v[1] as string | null,
          issuedOn: v[2] as string | null,
        })),
      };
    },

    addProgressUpdate: (update: NewProgressUpdate, now: Date = new Date()): ProgressUpdate => {
      const taskExists = db.prepare('SELECT 1 FROM tasks WHERE id = ?').get(update.taskId);
      if (!taskExists) throw new UserError(`Không tìm thấy nhiệm vụ (mã ${update.taskId}).`, 'not-found');
      const row = db
        .prepare(
          `INSERT INTO progress_updates (task_id, reported_on, percent, achieved, difficulties, entered_by, created_at)
           VALUES (@taskId, @reportedOn, @percent, @achieved, @difficulties, @enteredBy, @createdAt) RETURNING *`,
        )
        .get({ ...update, createdAt: now.toISOString() }) as ProgressUpdateRow;
      return toProgressUpdate(row);
    },

    getSetting: (key: string): string | null =>
      (db.prepare('SELECT value FROM app_settings WHERE key = ?').pluck().get(key) as string | undefined) ??
      null,

    setSetting: (key: string, value: string): void => {
      db.prepare(
        'INSERT INTO app_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      ).run(key, value);
    },
  };
}

export type PlanRepository = ReturnType<typeof createPlanRepository>;

/** What the statement of loadPlanData gives: JSON text (see there), `plan` null for no such plan. */
type LoadedPlanRow = {
  plan: string | null;
  tasks: string;
  linkTasks: string;
  linkUnits: string;
  linkRowids: string;
  units: string;
  dependencies: string;
  warnings: string;
  progressUpdates: string;
  occurrenceCompletions: string;
  revisionCounts: string;
  amendments: string;
};

const parseRows = (json: string): unknown[][] => JSON.parse(json) as unknown[][];

/** Tasks by sort order, then id (as `ORDER BY sort_order, id`); usually they are already. */
function inPlanOrder(tasks: Task[]): Task[] {
  for (let i = 1; i < tasks.length; i++) {
    const a = tasks[i - 1]!;
    const b = tasks[i]!;
    if (a.sortOrder > b.sortOrder || (a.sortOrder === b.sortOrder && a.id > b.id))
      return tasks.sort((x, y) => x.sortOrder - y.sortOrder || x.id - y.id);
  }
  return tasks;
}

/**
 * A plan's task–unit links as JSON arrays, one entry per link: task id; unit id × 4 + role (0 = lead,
 * 1 = support, 2 = anything else); rowid (the order links were entered in).
 */
export type EncodedTaskUnits = { tasks: string; units: string; rowids: string };

/**
 * The links in the order the view relies on: by task, the leads first (the principal one first), then the
 * supports, each as entered.
 * `invalid` reads a link whose role is neither (the schema forbids it) so that it fails like any bad row;
 * `unitIds` collects the units the links name.
 */
export function decodeTaskUnits(
  encoded: EncodedTaskUnits,
  invalid: (rowid: number) => TaskUnit,
  unitIds: Set<number> = new Set(),
): TaskUnit[] {
  const tasks = JSON.parse(encoded.tasks) as number[];
  const units = JSON.parse(encoded.units) as number[];
  const rowids = JSON.parse(encoded.rowids) as number[];
  const count = tasks.length;
  // One pass: split unit id × 4 + role in place (for any integer id) and, while the links come by task
  // (as read: each task's few links in another order), put them right with an insertion sort.
  const roles: number[] = [];
  let order: number[] = [];
  let byTask = true;
  for (let k = 0; k < count; k++) {
    const role = ((units[k]! % 4) + 4) % 4;
    roles.push(role);
    units[k] = (units[k]! - role) / 4;
    unitIds.add(units[k]!);
    if (!byTask) continue;
    if (k > 0 && tasks[k - 1]! > tasks[k]!) {
      byTask = false;
      continue;
    }
    let j = k - 1;
    order.push(k);
    while (j >= 0) {
      const o = order[j]!;
      if (tasks[o] !== tasks[k] || roles[o]! < role || (roles[o] === role && rowids[o]! < rowids[k]!)) break;
      order[j + 1] = o;
      j--;
    }
    order[j + 1] = k;
  }
  if (!byTask) {
    order = Array.from({ length: count }, (_, k) => k).sort(
      (a, b) => tasks[a]! - tasks[b]! || roles[a]! - roles[b]! || rowids[a]! - rowids[b]!,
    );
  }
  const links: TaskUnit[] = [];
  for (let k = 0; k < count; k++) {
    const at = order[k]!;
    const role = roles[at];
    links.push(
      role === 0 || role === 1
        ? { taskId: tasks[at]!, unitId: units[at]!, role: role === 0 ? 'lead' : 'support' }
        : invalid(rowids[at]!),
    );
  }
  return links;
}
