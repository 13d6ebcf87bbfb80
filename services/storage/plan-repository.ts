/**
 * The only module that reads and writes plan data with SQL. Every write that belongs together
 * runs in one transaction: an import either lands whole or leaves the database as it was.
 */
import type { PlanSummary } from '../../shared/api/contract';
import { UserError } from '../../shared/api/user-error';
import type { ParsedPlanDocument } from '../../shared/plan-document/parsed-plan';
import type { ProgressUpdate } from '../../shared/model/schemas';
import type { PlanData } from '../../shared/plan-view/build-plan-view';
import { COLLECTIVE_UNIT_COLOR, unitColor } from '../../shared/units/unit-colors';
import type { Db } from './database';
import {
  type DependencyRow,
  type ProgressUpdateRow,
  type PlanRow,
  type TaskRow,
  type TaskUnitRow,
  type UnitRow,
  type WarningRow,
  toDependency,
  toProgressUpdate,
  toPlan,
  toTask,
  toTaskUnit,
  toUnit,
  toWarning,
} from './row-mappers';

export type NewProgressUpdate = Omit<ProgressUpdate, 'id' | 'createdAt'>;

export type DocumentSource = { name: string; text: string };

export type ImportOptions = {
  /** Replace a plan with the same code (its tasks and warnings), instead of refusing. */
  replace?: boolean;
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
export type ImportSchedule = {
  starts: { wbs: string; start: string }[];
  dependencies: { predecessorWbs: string; successorWbs: string; lagDays: number }[];
  progress: (Omit<NewProgressUpdate, 'taskId'> & { wbs: string })[];
};

const PLAN_COLUMNS =
  'id, code, document_type, title, issuing_body, place, issued_on, source_name, imported_at';

export function createPlanRepository(db: Db) {
  const insertUnit = db.prepare(
    `INSERT INTO units (name, full_name, agency, color, is_collective, name_key)
     VALUES (@name, @fullName, @agency, @color, @isCollective, @key)
     ON CONFLICT (name_key) DO NOTHING`,
  );
  const unitIdByKey = db.prepare('SELECT id FROM units WHERE name_key = ?').pluck();
  const countUnits = db.prepare('SELECT COUNT(*) FROM units WHERE is_collective = 0').pluck();
  const insertPlan = db.prepare(
    `INSERT INTO plans (code, document_type, title, issuing_body, place, issued_on, source_name, source_text, imported_at, sort_order)
     VALUES (@code, @documentType, @title, NULL, @place, @issuedOn, @sourceName, @sourceText, @importedAt,
             (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM plans))`,
  );
  const insertTask = db.prepare(
    `INSERT INTO tasks (plan_id, parent_id, wbs, title, kind, start_on, deadline_on, deadline_text,
                        deadline_precision, recurrence, deliverable, notes, sort_order, source_line)
     VALUES (@planId, @parentId, @wbs, @title, @kind, NULL, @deadline, @deadlineText,
             @precision, @recurrence, @deliverable, @notes, @sortOrder, @line)`,
  );
  const insertTaskUnit = db.prepare(
    'INSERT OR IGNORE INTO task_units (task_id, unit_id, role) VALUES (?, ?, ?)',
  );
  const insertWarning = db.prepare(
    'INSERT INTO import_warnings (plan_id, task_id, wbs, line, message) VALUES (?, ?, ?, ?, ?)',
  );
  const planIdByCode = db.prepare('SELECT id FROM plans WHERE code = ?').pluck();
  const deletePlan = db.prepare('DELETE FROM plans WHERE id = ?');

  const importDocument = db.transaction(
    (doc: ParsedPlanDocument, source: DocumentSource, options: ImportOptions): ImportSummary => {
      const code = doc.header.code ?? source.name.replace(/\.[^.]+$/, '');
      const existing = planIdByCode.get(code) as number | undefined;
      if (existing !== undefined) {
        if (!options.replace) {
          throw new UserError(
            `Kế hoạch số ${code} đã có trong dữ liệu. Dùng “--replace” nếu muốn thay bằng văn bản mới (mọi cập nhật của kế hoạch cũ sẽ mất).`,
            'conflict',
          );
        }
        deletePlan.run(existing);
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

      const unitIds = new Map<string, number>();
      for (const unit of doc.units) {
        const color = unit.isCollective ? COLLECTIVE_UNIT_COLOR : unitColor(countUnits.get() as number);
        insertUnit.run({ ...unit, color, isCollective: unit.isCollective ? 1 : 0 });
        unitIds.set(unit.key, unitIdByKey.get(unit.key) as number);
      }

      const taskIds = new Map<string, number>();
      doc.items.forEach((item, index) => {
        const d = item.deadline;
        const taskId = Number(
          insertTask.run({
            planId,
            parentId: item.parentWbs === null ? null : (taskIds.get(item.parentWbs) ?? null),
            wbs: item.wbs,
            title: item.title,
            kind: item.kind,
            deadline: d?.ok ? d.deadline : null,
            deadlineText: d ? d.wording || null : null,
            precision: d?.ok ? d.precision : null,
            recurrence: d?.ok && d.recurrence ? JSON.stringify(d.recurrence) : null,
            deliverable: item.deliverable,
            notes: item.notes,
            sortOrder: index + 1,
            line: item.line,
          }).lastInsertRowid,
        );
        taskIds.set(item.wbs, taskId);
        const lead = item.leadKey === null ? undefined : unitIds.get(item.leadKey);
        if (lead !== undefined) insertTaskUnit.run(taskId, lead, 'lead');
        for (const key of item.supportKeys) {
          const unitId = unitIds.get(key);
          if (unitId !== undefined) insertTaskUnit.run(taskId, unitId, 'support');
        }
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
  const setTaskStart = db.prepare('UPDATE tasks SET start_on = ? WHERE id = ?');
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
      for (const { wbs, start } of schedule.starts) setTaskStart.run(start, idOf(wbs));
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
      const planRow = db.prepare(`SELECT ${PLAN_COLUMNS} FROM plans WHERE id = ?`).get(planId) as
        PlanRow | undefined;
      if (!planRow) return null;
      const tasks = (
        db.prepare('SELECT * FROM tasks WHERE plan_id = ? ORDER BY sort_order, id').all(planId) as TaskRow[]
      ).map(toTask);
      const taskUnits = (
        db
          .prepare(
            `SELECT tu.task_id, tu.unit_id, tu.role FROM task_units tu JOIN tasks t ON t.id = tu.task_id
             WHERE t.plan_id = ? ORDER BY tu.task_id, tu.role = 'support', tu.rowid`,
          )
          .all(planId) as TaskUnitRow[]
      ).map(toTaskUnit);
      const units = (
        db
          .prepare(
            `SELECT * FROM units WHERE id IN (
               SELECT tu.unit_id FROM task_units tu JOIN tasks t ON t.id = tu.task_id WHERE t.plan_id = ?)
             ORDER BY id`,
          )
          .all(planId) as UnitRow[]
      ).map(toUnit);
      const dependencies = (
        db
          .prepare(`SELECT d.* FROM dependencies d JOIN tasks t ON t.id = d.successor_id WHERE t.plan_id = ?`)
          .all(planId) as DependencyRow[]
      ).map(toDependency);
      const warnings = (
        db
          .prepare('SELECT * FROM import_warnings WHERE plan_id = ? ORDER BY line, id')
          .all(planId) as WarningRow[]
      ).map(toWarning);
      const progressUpdates = (
        db
          .prepare(
            `SELECT u.* FROM progress_updates u JOIN tasks t ON t.id = u.task_id
             WHERE t.plan_id = ? ORDER BY u.task_id, u.reported_on, u.id`,
          )
          .all(planId) as ProgressUpdateRow[]
      ).map(toProgressUpdate);
      const occurrenceCompletions = (
        db
          .prepare(
            `SELECT c.task_id, c.due_on, c.done_on FROM occurrence_completions c JOIN tasks t ON t.id = c.task_id
             WHERE t.plan_id = ?`,
          )
          .all(planId) as { task_id: number; due_on: string; done_on: string }[]
      ).map((r) => ({ taskId: r.task_id, dueOn: r.due_on, doneOn: r.done_on }));
      return {
        plan: toPlan(planRow),
        tasks,
        units,
        taskUnits,
        dependencies,
        warnings,
        progressUpdates,
        occurrenceCompletions,
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
