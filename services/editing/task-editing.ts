/**
 * Adding, changing, deleting and moving tasks. Structure changes renumber the whole plan's WBS
 * codes from the tree, so codes stay consecutive; each public function is one transaction.
 */
import { UserError, planNotFound } from '../../shared/api/user-error';
import { todayIso } from '../../shared/dates/iso-date';
import type { RevisionNote } from '../../shared/revisions/revision-schema';
import type { TaskRef } from '../../shared/editing/editing-schemas';
import type { TaskFields } from '../../shared/editing/editing-schemas';
import { type TreeNode, renumberWbs, subtreeIds } from '../../shared/editing/renumber-wbs';
import type { Db } from '../storage/database';
import { createRevisionEditing } from './revision-editing';
import { type CheckedTaskFields, checkTaskFields } from './task-rules';

type TaskHead = { id: number; plan_id: number; parent_id: number | null; sort_order: number; wbs: string };

const INITIAL_DATE_NOTE = (at: Date): RevisionNote => ({
  decidedOn: todayIso(at),
  reason: null,
  decisionRef: null,
  meetingItemId: null,
});

export function createTaskEditing(db: Db, now: () => Date = () => new Date()) {
  const revisions = createRevisionEditing(db, now);
  const headOf = db.prepare('SELECT id, plan_id, parent_id, sort_order, wbs FROM tasks WHERE id = ?');
  // A task removed from the plan by an amendment keeps the number it had ("(1.3)") and stays out of
  // the numbering of the tasks in force.
  const treeOf = db.prepare(
    'SELECT id, parent_id AS parentId, sort_order AS sortOrder FROM tasks WHERE plan_id = ? AND removed_on IS NULL',
  );
  const setNumbering = db.prepare('UPDATE tasks SET wbs = ?, sort_order = ?, parent_id = ? WHERE id = ?');
  const planSigned = db.prepare('SELECT issued_on FROM plans WHERE id = ?').pluck();

  const signedOn = (planId: number) => (planSigned.get(planId) as string | null | undefined) ?? null;

  const head = (taskId: number): TaskHead => {
    const row = headOf.get(taskId) as TaskHead | undefined;
    if (!row) throw new UserError(`Không tìm thấy nhiệm vụ (mã ${taskId}).`, 'not-found');
    return row;
  };

  /** Applies new parents/positions, then renumbers; only rows whose numbering changes are written. */
  const renumber = (planId: number, changes: Map<number, Partial<TreeNode>> = new Map()) => {
    const nodes = (treeOf.all(planId) as TreeNode[]).map((n) => ({ ...n, ...changes.get(n.id) }));
    const numbering = renumberWbs(nodes);
    const before = new Map((treeOf.all(planId) as TreeNode[]).map((n) => [n.id, n]));
    const wbsBefore = new Map(
      (
        db.prepare('SELECT id, wbs FROM tasks WHERE plan_id = ?').all(planId) as { id: number; wbs: string }[]
      ).map((r) => [r.id, r.wbs]),
    );
    const changed = nodes.filter((n) => {
      const old = before.get(n.id)!;
      const next = numbering.get(n.id)!;
      return (
        wbsBefore.get(n.id) !== next.wbs || old.sortOrder !== next.sortOrder || old.parentId !== n.parentId
      );
    });
    // Two passes: codes are unique per plan, and a swap would collide half-way.
    for (const n of changed) setNumbering.run(`~${n.id}`, numbering.get(n.id)!.sortOrder, n.parentId, n.id);
    for (const n of changed)
      setNumbering.run(numbering.get(n.id)!.wbs, numbering.get(n.id)!.sortOrder, n.parentId, n.id);
  };

  // The principal lead first, then the co-leads: the order of the rows is the order they are read back.
  const writeUnits = (taskId: number, checked: CheckedTaskFields) => {
    db.prepare('DELETE FROM task_units WHERE task_id = ?').run(taskId);
    const link = db.prepare('INSERT INTO task_units (task_id, unit_id, role) VALUES (?, ?, ?)');
    if (checked.leadUnitId !== null) link.run(taskId, checked.leadUnitId, 'lead');
    for (const unitId of checked.coLeadUnitIds) link.run(taskId, unitId, 'lead');
    for (const unitId of checked.supportUnitIds) link.run(taskId, unitId, 'support');
  };

  const ref = (taskId: number): TaskRef => {
    const h = head(taskId);
    return { taskId: h.id, planId: h.plan_id, wbs: h.wbs };
  };

  /** Everything but the dates and their wording. */
  const writeOwnFields = (taskId: number, checked: CheckedTaskFields) => {
    db.prepare(
      `UPDATE tasks SET title = @title, kind = @kind, recurrence = @recurrence, deliverable = @deliverable,
         notes = @notes WHERE id = @id`,
    ).run({
      id: taskId,
      title: checked.title,
      kind: checked.kind,
      recurrence: checked.recurrence ? JSON.stringify(checked.recurrence) : null,
      deliverable: checked.deliverable || null,
      notes: checked.notes || null,
    });
    writeUnits(taskId, checked);
  };

  /** The plan's dates of a task: its baseline, and its current dates while nothing revised them. */
  const writeBaseline = (taskId: number, checked: CheckedTaskFields) => {
    db.prepare(
      `UPDATE tasks SET deadline_text = @deadlineText, baseline_start_on = @start, baseline_deadline_on = @deadline,
         baseline_precision = @precision WHERE id = @id`,
    ).run({
      id: taskId,
      deadlineText: checked.deadlineText,
      start: checked.start,
      deadline: checked.baselineDeadline,
      precision: checked.baselinePrecision,
    });
  };

  return {
    addTask(input: {
      planId: number;
      parentId: number | null;
      afterTaskId: number | null;
      fields: TaskFields;
    }): TaskRef {
      if (
        planSigned.get(input.planId) === undefined &&
        !db.prepare('SELECT 1 FROM plans WHERE id = ?').get(input.planId)
      ) {
        throw planNotFound(input.planId);
      }
      if (input.parentId !== null && head(input.parentId).plan_id !== input.planId) {
        throw new UserError('Nhiệm vụ cha không thuộc kế hoạch này.');
      }
      let sortOrder = Number.MAX_SAFE_INTEGER;
      if (input.afterTaskId !== null) {
        const after = head(input.afterTaskId);
        if (after.parent_id !== input.parentId || after.plan_id !== input.planId) {
          throw new UserError('Vị trí chèn không cùng cấp với nhiệm vụ mới.');
        }
        sortOrder = after.sort_order + 0.5;
      }
      const id = Number(
        db
          .prepare(
            `INSERT INTO tasks (plan_id, parent_id, wbs, title, kind, sort_order)
             VALUES (?, ?, ?, '…', 'task', (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM tasks WHERE plan_id = ?))`,
          )
          .run(input.planId, input.parentId, `~new${Date.now()}`, input.planId).lastInsertRowid,
      );
      const checked = checkTaskFields(db, input.fields, signedOn(input.planId));
      writeOwnFields(id, checked);
      // A new task's dates are its plan: baseline and current alike.
      writeBaseline(id, checked);
      revisions.applyCurrent(id);
      if (checked.deadline !== checked.baselineDeadline) {
        revisions.revise(id, { start: checked.start, deadline: checked.deadline }, INITIAL_DATE_NOTE(now()));
      }
      renumber(input.planId, new Map([[id, { sortOrder }]]));
      return ref(id);
    },

    /**
     * The form's fields. The wording of a task read from a document is the plan's own and is refused if
     * changed (added, when the document wrote none); a change of dates becomes a revision with `note`
     * (none: a quick correction).
     */
    updateTask(taskId: number, fields: TaskFields, note: RevisionNote | null = null): TaskRef {
      const h = head(taskId);
      const before = db
        .prepare(
          'SELECT deadline_text, source_line, start_on, deadline_on, baseline_start_on FROM tasks WHERE id = ?',
        )
        .get(taskId) as {
        deadline_text: string | null;
        source_line: number | null;
        start_on: string | null;
        deadline_on: string | null;
        baseline_start_on: string | null;
      };
      const checked = checkTaskFields(db, fields, signedOn(h.plan_id));
      writeOwnFields(taskId, checked);
      if (checked.deadlineText !== before.deadline_text) {
        // A document's wording is never rewritten; where the document wrote none, the wording is added.
        if (before.source_line !== null && before.deadline_text !== null) {
          throw new UserError(
            'Thời hạn theo kế hoạch là lời văn của văn bản và không sửa được. Hãy ghi “Thời hạn điều chỉnh” để gia hạn hoặc đổi thời hạn.',
          );
        }
        // The user's own wording (or the one added where the document had none) is the baseline; with
        // no revision the dates follow it.
        writeBaseline(taskId, { ...checked, start: before.baseline_start_on });
        revisions.applyCurrent(taskId);
      }
      revisions.revise(
        taskId,
        { start: checked.start, deadline: checked.deadline },
        note ?? { decidedOn: todayIso(now()), reason: null, decisionRef: null, meetingItemId: null },
      );
      return ref(taskId);
    },

    deleteTask(taskId: number, children: 'delete' | 'promote'): void {
      const h = head(taskId);
      if (children === 'promote') {
        // The children take the task's place, in their order, one level up.
        const kids = db
          .prepare('SELECT id, sort_order FROM tasks WHERE parent_id = ? ORDER BY sort_order')
          .all(taskId) as {
          id: number;
          sort_order: number;
        }[];
        const changes = new Map<number, Partial<TreeNode>>();
        kids.forEach((k, i) =>
          changes.set(k.id, { parentId: h.parent_id, sortOrder: h.sort_order + (i + 1) / (kids.length + 1) }),
        );
        renumber(h.plan_id, changes);
      }
      db.prepare('DELETE FROM tasks WHERE id = ?').run(taskId);
      renumber(h.plan_id);
    },

    moveTask(taskId: number, move: 'up' | 'down' | 'indent' | 'outdent'): TaskRef {
      const h = head(taskId);
      const siblings = db
        .prepare(
          'SELECT id, sort_order FROM tasks WHERE plan_id = ? AND parent_id IS ? AND removed_on IS NULL ORDER BY sort_order, id',
        )
        .all(h.plan_id, h.parent_id) as { id: number; sort_order: number }[];
      const index = siblings.findIndex((s) => s.id === taskId);
      const changes = new Map<number, Partial<TreeNode>>();
      if (move === 'up' || move === 'down') {
        const other = siblings[move === 'up' ? index - 1 : index + 1];
        if (!other)
          throw new UserError(
            move === 'up' ? 'Nhiệm vụ đã ở đầu nhóm.' : 'Nhiệm vụ đã ở cuối nhóm.',
            'conflict',
          );
        changes.set(taskId, { sortOrder: other.sort_order });
        changes.set(other.id, { sortOrder: h.sort_order });
      } else if (move === 'indent') {
        const previous = siblings[index - 1];
        if (!previous)
          throw new UserError('Không thể lùi vào: không có nhiệm vụ cùng cấp ở phía trên.', 'conflict');
        changes.set(taskId, { parentId: previous.id, sortOrder: Number.MAX_SAFE_INTEGER });
      } else {
        if (h.parent_id === null) throw new UserError('Nhiệm vụ đã ở cấp cao nhất.', 'conflict');
        const parent = head(h.parent_id);
        // Right after its former parent's whole group.
        changes.set(taskId, { parentId: parent.parent_id, sortOrder: parent.sort_order + 0.5 });
        const tree = treeOf.all(h.plan_id) as TreeNode[];
        if (subtreeIds(tree, taskId).has(parent.id)) throw new UserError('Cấu trúc nhiệm vụ không hợp lệ.');
      }
      renumber(h.plan_id, changes);
      return ref(taskId);
    },

    head,
  };
}

export type TaskEditing = ReturnType<typeof createTaskEditing>;
