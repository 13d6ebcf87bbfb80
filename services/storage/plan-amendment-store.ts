/**
 * A newer version of a plan applied to the plan in place, in one transaction: each task the new
 * document still has keeps its id (so its progress, meetings, links, revisions and requests stay
 * with it) and takes the new wording, number, place and units, each change recorded with the wording
 * before; a deadline the new version rewords moves the task's baseline with it (the plan's word is
 * the amended one; revisions decided before stay in its history); new items are added where the
 * document puts them; a task the document no longer has is kept, marked removed from the plan
 * ("đã bỏ khỏi kế hoạch"), never deleted.
 */
import { UserError, planNotFound } from '../../shared/api/user-error';
import { parseDeadline } from '../../shared/deadline/parse-deadline';
import { formatDisplayDate } from '../../shared/dates/vietnamese-date';
import type { IsoDate } from '../../shared/dates/iso-date';
import { todayIso } from '../../shared/dates/iso-date';
import type { AmendableTask } from '../../shared/plan-amendment/amendable-plan';
import { AMENDMENT_FIELDS, type TaskAmendment } from '../../shared/plan-amendment/amendment-history';
import { type PlanDiff, diffPlan } from '../../shared/plan-amendment/plan-diff';
import type { ParsedItem, ParsedPlanDocument } from '../../shared/plan-document/parsed-plan';
import { type TreeNode, renumberWbs } from '../../shared/editing/renumber-wbs';
import type { Db } from './database';
import { createDocumentItemWriter } from './document-item-writer';

export type AmendmentSource = { name: string; text: string };

export type AmendmentSummary = {
  planId: number;
  code: string;
  amendmentId: number;
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
  warningCount: number;
};

type TaskRow = {
  id: number;
  source_line: number | null;
  removed_on: string | null;
  parent_id: number | null;
  wbs: string;
  title: string;
  deadline_text: string | null;
  baseline_deadline_on: string | null;
};
type ChangeRow = {
  id: number;
  field: string;
  before: string | null;
  after: string | null;
  code: string | null;
  document_type: string | null;
  issued_on: string | null;
  source_name: string;
  applied_at: string;
};
type LinkRow = { task_id: number; role: string; name_key: string; name: string };

/** The plan's tasks, in plan order, as the comparison reads them (those dropped earlier marked so). */
export function loadAmendableTasks(db: Db, planId: number): AmendableTask[] {
  const rows = db
    .prepare(
      `SELECT id, parent_id, wbs, title, deadline_text, baseline_deadline_on, deliverable, source_line, removed_on FROM tasks
       WHERE plan_id = ? ORDER BY sort_order, id`,
    )
    .all(planId) as (TaskRow & { deliverable: string | null })[];
  const links = db
    .prepare(
      `SELECT l.task_id, l.role, u.name_key, u.name FROM task_units l
       JOIN units u ON u.id = l.unit_id JOIN tasks t ON t.id = l.task_id
       WHERE t.plan_id = ? ORDER BY l.task_id, l.role, l.rowid`,
    )
    .all(planId) as LinkRow[];
  const byTask = new Map<number, LinkRow[]>();
  for (const l of links) byTask.set(l.task_id, [...(byTask.get(l.task_id) ?? []), l]);
  const signedOn = db.prepare('SELECT issued_on FROM plans WHERE id = ?').pluck().get(planId) as
    string | null;
  // The date the plan's wording means, read again from the wording (an earlier amendment moved the
  // baseline with it); a revision decided elsewhere (a meeting's extension) is not the document's,
  // so the current deadline is not what a newer version is compared with.
  const meant = (r: TaskRow) => {
    if (r.deadline_text === null) return r.baseline_deadline_on;
    const read = parseDeadline(r.deadline_text, { signedOn });
    return read.ok && read.deadline !== null ? read.deadline : r.baseline_deadline_on;
  };
  return rows.map((r) => {
    const own = byTask.get(r.id) ?? [];
    const units = (role: string) =>
      own.filter((l) => l.role === role).map((l) => ({ key: l.name_key, name: l.name }));
    return {
      id: r.id,
      parentId: r.parent_id,
      wbs: r.wbs,
      title: r.title,
      deadlineText: r.deadline_text,
      deadline: meant(r),
      leads: units('lead'),
      supports: units('support'),
      deliverable: r.deliverable,
      fromDocument: r.source_line !== null,
      removed: r.removed_on !== null,
    };
  });
}

type OrderEntry = { item: ParsedItem } | { otherId: number };

/**
 * The order of the plan after the amendment: the new document's items as it orders them, and each
 * other task (dropped by the document, or added in the app) right after the task that preceded it
 * before, so that it stays among its former siblings.
 */
function planOrder(
  before: readonly AmendableTask[],
  items: readonly ParsedItem[],
  taskOfItem: ReadonlyMap<string, number>,
  otherIds: ReadonlySet<number>,
): OrderEntry[] {
  const order: OrderEntry[] = items.map((item) => ({ item }));
  const positionOf = (taskId: number) =>
    order.findIndex((e) => ('item' in e ? taskOfItem.get(e.item.wbs) === taskId : e.otherId === taskId));
  let leading = 0;
  before.forEach((task, i) => {
    if (!otherIds.has(task.id)) return;
    const previous = before[i - 1];
    const at = previous === undefined ? -1 : positionOf(previous.id);
    if (at === -1) order.splice(leading++, 0, { otherId: task.id });
    else order.splice(at + 1, 0, { otherId: task.id });
  });
  return order;
}

export function createPlanAmendmentStore(db: Db, now: () => Date = () => new Date()) {
  const planRow = db.prepare('SELECT id, code, issued_on FROM plans WHERE id = ?');
  const insertAmendment = db.prepare(
    `INSERT INTO plan_amendments (plan_id, code, document_type, title, issued_on, source_name, source_text, applied_at)
     VALUES (@planId, @code, @documentType, @title, @issuedOn, @sourceName, @sourceText, @appliedAt)`,
  );
  const insertChange = db.prepare(
    'INSERT INTO task_amendment_changes (amendment_id, task_id, field, before, after) VALUES (?, ?, ?, ?, ?)',
  );
  const items = createDocumentItemWriter(db);
  const wbsTaken = db.prepare('SELECT 1 FROM tasks WHERE plan_id = ? AND wbs = ?').pluck();
  const setWbs = db.prepare('UPDATE tasks SET wbs = ? WHERE id = ?');
  const wbsOf = db.prepare('SELECT wbs FROM tasks WHERE id = ?').pluck();
  const markRemoved = db.prepare('UPDATE tasks SET removed_on = ?, wbs = ? WHERE id = ?');
  const restore = db.prepare('UPDATE tasks SET removed_on = NULL WHERE id = ?');
  const updateKept = db.prepare(
    `UPDATE tasks SET wbs = @wbs, parent_id = @parentId, title = @title, deliverable = @deliverable,
       sort_order = @sortOrder, source_line = @line WHERE id = @id`,
  );
  const setSortOrder = db.prepare('UPDATE tasks SET sort_order = ? WHERE id = ?');
  const treeOf = db.prepare(
    'SELECT id, parent_id AS parentId, sort_order AS sortOrder FROM tasks WHERE plan_id = ?',
  );
  const setDeadlineWording = db.prepare(
    `UPDATE tasks SET deadline_text = @text, recurrence = @recurrence,
            deadline_on = @deadline, deadline_precision = @precision, start_on = @start,
            baseline_deadline_on = @deadline, baseline_precision = @precision, baseline_start_on = @baselineStart
      WHERE id = @id`,
  );
  const currentStarts = db.prepare(
    'SELECT start_on AS start, baseline_start_on AS baseline FROM tasks WHERE id = ?',
  );
  const deleteUnits = db.prepare('DELETE FROM task_units WHERE task_id = ?');
  const deleteWarnings = db.prepare('DELETE FROM import_warnings WHERE plan_id = ?');
  const deleteTaskWarnings = db.prepare('DELETE FROM import_warnings WHERE task_id = ?');
  const insertWarning = db.prepare(
    'INSERT INTO import_warnings (plan_id, task_id, wbs, line, message) VALUES (?, ?, ?, ?, ?)',
  );
  const setPlanTitle = db.prepare('UPDATE plans SET title = ? WHERE id = ?');

  /** "(1.3)": the number a removed task had, kept visible and out of the way of the plan's numbers. */
  const removedWbs = (planId: number, wbs: string): string => {
    const base = `(${wbs})`;
    let candidate = base;
    for (let n = 2; wbsTaken.get(planId, candidate) !== undefined; n++) candidate = `${base} ${n}`;
    return candidate;
  };

  const apply = db.transaction(
    (
      planId: number,
      doc: ParsedPlanDocument,
      source: AmendmentSource,
      options: { sameCode: boolean; keepUnmentioned?: boolean; failAfterTasks?: () => void },
    ): AmendmentSummary => {
      const plan = planRow.get(planId) as { id: number; code: string; issued_on: string | null } | undefined;
      if (!plan) throw planNotFound(planId);
      if (doc.items.length === 0)
        throw new UserError('Văn bản mới không có nhiệm vụ nào để cập nhật kế hoạch.');
      const stored = loadAmendableTasks(db, planId);
      const diff: PlanDiff = diffPlan(stored, doc, { keepUnmentioned: options.keepUnmentioned === true });
      // The tasks in force: a task dropped earlier keeps its number and place unless it comes back.
      const before = stored.filter((t) => !t.removed);
      const appliedAt = now().toISOString();
      const decidedOn: IsoDate = doc.header.issuedOn ?? todayIso(now());
      const amendmentId = Number(
        insertAmendment.run({
          planId,
          code: doc.header.code,
          documentType: doc.header.documentType,
          title: doc.header.title,
          issuedOn: doc.header.issuedOn,
          sourceName: source.name,
          sourceText: source.text,
          appliedAt,
        }).lastInsertRowid,
      );
      const unitIds = items.registerUnits(doc);
      const linkUnits = (taskId: number, item: ParsedItem) => {
        deleteUnits.run(taskId);
        items.linkItemUnits(taskId, item, unitIds);
      };

      const taskOfItem = new Map(diff.matched.map((m) => [m.wbs, m.taskId]));
      const position = new Map(before.map((t, i) => [t.id, i]));
      // In plan order, so that a parent has its number before its children take theirs.
      const untouched = [...diff.unmentioned, ...diff.keptOwn].sort(
        (a, b) => position.get(a.taskId)! - position.get(b.taskId)!,
      );
      const otherIds = new Set([...diff.removed, ...untouched].map((r) => r.taskId));
      // Numbers are unique in a plan: every task in force steps aside first, then takes its new number.
      // (Tasks coming back too: the "(1.3)" they held may be the number of one dropped now.)
      const stepping = new Set([...before.map((t) => t.id), ...diff.matched.map((m) => m.taskId)]);
      for (const id of stepping) setWbs.run(`~${id}`, id);
      for (const r of diff.removed) {
        markRemoved.run(decidedOn, removedWbs(planId, r.wbs), r.taskId);
        insertChange.run(amendmentId, r.taskId, 'removed', r.title, null);
      }

      const changesByTask = new Map(diff.matched.map((m) => [m.taskId, m.changes]));
      const order = planOrder(before, doc.items, taskOfItem, otherIds);
      order.forEach((entry, index) => {
        const sortOrder = index + 1;
        if ('otherId' in entry) {
          setSortOrder.run(sortOrder, entry.otherId);
          return;
        }
        const { item } = entry;
        // An amendment that lists only what it changes numbers an item under a heading it does not
        // repeat ("1.4" without "1"): the plan's own heading of that number is its parent.
        const parentWbs =
          item.parentWbs ?? (options.keepUnmentioned ? item.wbs.replace(/\.?[^.]+$/, '') || null : null);
        const parentId =
          parentWbs === null
            ? null
            : (taskOfItem.get(parentWbs) ??
              diff.unmentioned.find((u) => u.wbs === parentWbs)?.taskId ??
              null);
        const d = item.deadline;
        const kept = taskOfItem.get(item.wbs);
        if (kept === undefined) {
          const id = items.insertItem(item, { planId, parentId, sortOrder });
          taskOfItem.set(item.wbs, id);
          linkUnits(id, item);
          insertChange.run(amendmentId, id, 'added', null, item.title);
          return;
        }
        updateKept.run({
          id: kept,
          wbs: item.wbs,
          parentId,
          title: item.title,
          deliverable: item.deliverable,
          sortOrder,
          line: item.line,
        });
        const changes = changesByTask.get(kept) ?? [];
        if (changes.some((c) => c.field === 'restored')) restore.run(kept);
        for (const c of changes) insertChange.run(amendmentId, kept, c.field, c.before, c.after);
        if (changes.some((c) => c.field === 'lead' || c.field === 'support')) linkUnits(kept, item);
        if (changes.some((c) => c.field === 'deadline')) {
          // The amended wording is the plan's word now: its baseline (the dates the wording means)
          // moves with it, so that wording and dates never disagree, and the task's current dates
          // follow the later act. The wording before is recorded as a change (above); revisions
          // decided before stay in the task's history.
          const deadline = d?.ok ? d.deadline : null;
          const precision = d?.ok ? d.precision : null;
          // A start the old wording gave goes with it; one set since (by the user or a revision) stays.
          const wordStart = d?.ok && d.start ? d.start : null;
          const had = currentStarts.get(kept) as { start: string | null; baseline: string | null };
          let start = wordStart ?? (had.start !== had.baseline ? had.start : null);
          if (start !== null && deadline !== null && deadline < start) start = null;
          setDeadlineWording.run({
            id: kept,
            text: d ? d.wording || null : null,
            recurrence: d?.ok && d.recurrence ? JSON.stringify(d.recurrence) : null,
            deadline,
            precision,
            start,
            baselineStart: wordStart,
          });
        }
      });
      // A task the new document leaves alone keeps its place under its parent, and its number when
      // that is still free (else the first free one there).
      for (const own of untouched) {
        if (wbsTaken.get(planId, own.wbs) === undefined) {
          setWbs.run(own.wbs, own.taskId);
          continue;
        }
        const parent = before.find((t) => t.id === own.taskId)!.parentId;
        const prefix = parent === null ? '' : `${wbsOf.get(parent) as string}.`;
        let n = 1;
        while (wbsTaken.get(planId, `${prefix}${n}`) !== undefined) n++;
        setWbs.run(`${prefix}${n}`, own.taskId);
      }
      // Plan order is the tree's pre-order, each task's siblings in the order set above (renumberWbs
      // gives it; the numbers it would give are not used: the document's stand).
      const tree = treeOf.all(planId) as TreeNode[];
      for (const [id, { sortOrder }] of renumberWbs(tree)) setSortOrder.run(sortOrder, id);
      options.failAfterTasks?.();

      // The notes of the import describe the document in force now; an amendment that lists only what
      // it changes replaces only the notes about the tasks it names.
      if (options.keepUnmentioned) for (const m of diff.matched) deleteTaskWarnings.run(m.taskId);
      else deleteWarnings.run(planId);
      for (const w of doc.warnings) {
        insertWarning.run(
          planId,
          w.wbs === null ? null : (taskOfItem.get(w.wbs) ?? null),
          w.wbs,
          w.line,
          w.message,
        );
      }
      // A newer version under the same number may retitle the plan; an amending document has its own
      // title ("Sửa đổi, bổ sung Kế hoạch số …"), kept with the amendment.
      if (options.sameCode && doc.header.title) setPlanTitle.run(doc.header.title, planId);

      const changed = diff.matched.length - diff.unchangedCount;
      return {
        planId,
        code: plan.code,
        amendmentId,
        added: diff.added.length,
        removed: diff.removed.length,
        changed,
        unchanged: diff.unchangedCount,
        warningCount: doc.warnings.length,
      };
    },
  );

  const changesOf = db.prepare(
    `SELECT c.id, c.field, c.before, c.after, a.code, a.document_type, a.issued_on, a.source_name, a.applied_at
     FROM task_amendment_changes c JOIN plan_amendments a ON a.id = c.amendment_id
     WHERE c.task_id = ? ORDER BY c.id`,
  );
  const taskExists = db.prepare('SELECT 1 FROM tasks WHERE id = ?').pluck();

  /** The changes recorded for a task, oldest first, each with the document that made it. */
  const listForTask = (taskId: number): TaskAmendment[] => {
    if (taskExists.get(taskId) === undefined)
      throw new UserError(`Không tìm thấy nhiệm vụ (mã ${taskId}).`, 'not-found');
    return (changesOf.all(taskId) as ChangeRow[]).map((r) => ({
      id: r.id,
      document:
        r.code === null
          ? `“${r.source_name}”`
          : `${r.document_type ?? 'Văn bản'} số ${r.code}${r.issued_on ? ` ngày ${formatDisplayDate(r.issued_on)}` : ''}`,
      appliedAt: r.applied_at,
      field: AMENDMENT_FIELDS.find((f) => f === r.field) ?? 'title',
      before: r.before,
      after: r.after,
    }));
  };

  return { apply, listForTask, load: (planId: number) => loadAmendableTasks(db, planId) };
}

export type PlanAmendmentStore = ReturnType<typeof createPlanAmendmentStore>;
