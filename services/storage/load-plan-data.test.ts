/**
 * What loadPlanData reads back, in the orders the plan view relies on: whatever order the rows were
 * written in, and for every part of a plan (links, units, progress, links between tasks, occurrences).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_TEXT } from '../../shared/default-plan/default-plan-text';
import { parsePlanDocument } from '../../shared/plan-document/parse-plan-document';
import { createTestDatabase } from '../testing/test-database';
import { decodeTaskUnits } from './plan-repository';

function seeded() {
  const outcome = parsePlanDocument(DEFAULT_PLAN_TEXT);
  if (!outcome.ok) throw new Error(outcome.message);
  const { db, repository } = createTestDatabase();
  const { planId } = repository.importDocument(outcome.document, {
    name: 'kh-76.txt',
    text: DEFAULT_PLAN_TEXT,
  });
  const idOf = (wbs: string) =>
    db.prepare('SELECT id FROM tasks WHERE plan_id = ? AND wbs = ?').pluck().get(planId, wbs) as number;
  return { db, repository, planId, idOf };
}

describe('loading a plan', () => {
  it('lists each task’s links by task: the lead first, then the supports in the order they were entered', () => {
    const { db, repository, planId, idOf } = seeded();
    const unit = (name: string, key: string) =>
      Number(
        db
          .prepare(
            "INSERT INTO units (name, full_name, color, name_key) VALUES (?, ?, '#123456', ?) RETURNING id",
          )
          .pluck()
          .get(name, name, key),
      );
    const late = unit('Đơn vị Z', 'z-unit');
    const early = unit('Đơn vị A', 'a-unit');
    // Entered after the lead and in an order unlike their ids; then the lead replaced, last.
    const task = idOf('1.4');
    const before = repository
      .loadPlanData(planId)!
      .taskUnits.filter((l) => l.taskId === task && l.role === 'support')
      .map((l) => [l.unitId, 'support']);
    db.prepare("INSERT INTO task_units (task_id, unit_id, role) VALUES (?, ?, 'support')").run(task, late);
    db.prepare("INSERT INTO task_units (task_id, unit_id, role) VALUES (?, ?, 'support')").run(task, early);
    const lead = db
      .prepare("SELECT unit_id FROM task_units WHERE task_id = ? AND role = 'lead'")
      .pluck()
      .get(task) as number;
    db.prepare('DELETE FROM task_units WHERE task_id = ? AND unit_id = ?').run(task, lead);
    db.prepare("INSERT INTO task_units (task_id, unit_id, role) VALUES (?, ?, 'lead')").run(task, lead);

    const data = repository.loadPlanData(planId)!;
    const forTask = data.taskUnits.filter((l) => l.taskId === task).map((l) => [l.unitId, l.role]);
    expect(forTask).toEqual([[lead, 'lead'], ...before, [late, 'support'], [early, 'support']]);
    const taskIds = data.taskUnits.map((l) => l.taskId);
    expect(taskIds).toEqual([...taskIds].sort((a, b) => a - b));
    // The plan's units only, by id, the two new ones included.
    expect(data.units.map((u) => u.id)).toEqual(
      [...new Set(data.taskUnits.map((l) => l.unitId))].sort((a, b) => a - b),
    );
    expect(data.units.find((u) => u.id === early)).toEqual({
      id: early,
      name: 'Đơn vị A',
      fullName: 'Đơn vị A',
      agency: null,
      color: '#123456',
      isCollective: false,
    });
  });

  it('keeps tasks in plan order, and reads every part of the plan', () => {
    const { db, repository, planId, idOf } = seeded();
    // Two tasks share a sort order: the older (smaller id) comes first.
    db.prepare('UPDATE tasks SET sort_order = 2 WHERE id IN (?, ?)').run(idOf('1.3'), idOf('1'));
    db.prepare('UPDATE tasks SET recurrence = ? WHERE id = ?').run(
      JSON.stringify({ frequency: 'monthly', interval: 3, month: null, day: 15 }),
      idOf('1.4'),
    );
    db.prepare('INSERT INTO dependencies (predecessor_id, successor_id, lag_days) VALUES (?, ?, 3)').run(
      idOf('1.1'),
      idOf('1.2'),
    );
    db.prepare(
      "INSERT INTO occurrence_completions (task_id, due_on, done_on) VALUES (?, '2021-09-15', '2021-09-10')",
    ).run(idOf('1.4'));
    const update = db.prepare(
      `INSERT INTO progress_updates (task_id, reported_on, percent, achieved, difficulties, entered_by, created_at)
       VALUES (?, ?, ?, ?, NULL, 'Tổ giúp việc', 'x')`,
    );
    update.run(idOf('1.2'), '2021-07-10', 100, 'Xong “bản thảo”\n(có trích dẫn \\ đường dẫn)');
    update.run(idOf('1.1'), '2021-07-05', 40, null);
    update.run(idOf('1.1'), '2021-07-01', 20, null);

    const data = repository.loadPlanData(planId)!;
    expect(data.plan).toMatchObject({ id: planId, code: '76/KH-BCĐ-TANDTC', issuedOn: '2021-06-10' });
    const sorted = [...data.tasks].sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
    expect(data.tasks).toEqual(sorted);
    expect(data.tasks.find((t) => t.wbs === '1.4')!.recurrence).toEqual({
      frequency: 'monthly',
      interval: 3,
      month: null,
      day: 15,
    });
    expect(data.dependencies).toEqual([{ predecessorId: idOf('1.1'), successorId: idOf('1.2'), lagDays: 3 }]);
    expect(data.occurrenceCompletions).toEqual([
      { taskId: idOf('1.4'), dueOn: '2021-09-15', doneOn: '2021-09-10' },
    ]);
    expect(data.progressUpdates.map((u) => [u.taskId, u.reportedOn, u.percent, u.achieved])).toEqual([
      [idOf('1.1'), '2021-07-01', 20, null],
      [idOf('1.1'), '2021-07-05', 40, null],
      [idOf('1.2'), '2021-07-10', 100, 'Xong “bản thảo”\n(có trích dẫn \\ đường dẫn)'],
    ]);
    expect(data.warnings.map((w) => w.line)).toEqual(
      [...data.warnings.map((w) => w.line)].sort((a, b) => a - b),
    );
    expect(data.warnings.length).toBe(2);
  });

  it('answers null for a plan that does not exist, and an empty plan for one without tasks', () => {
    const { db, repository } = createTestDatabase();
    expect(repository.loadPlanData(42)).toBeNull();
    const id = Number(
      db
        .prepare(
          `INSERT INTO plans (code, document_type, title, source_name, source_text, imported_at)
           VALUES ('X', 'Kế hoạch', 'Trống', 'x.txt', '', 'now') RETURNING id`,
        )
        .pluck()
        .get(),
    );
    expect(repository.loadPlanData(id)).toMatchObject({
      plan: { code: 'X', title: 'Trống', issuingBody: null, place: null },
      tasks: [],
      units: [],
      taskUnits: [],
      dependencies: [],
      warnings: [],
      progressUpdates: [],
      occurrenceCompletions: [],
    });
  });
});

describe('decoding the links of a plan', () => {
  const encode = (links: [task: number, unit: number, role: number, rowid: number][]) => ({
    tasks: JSON.stringify(links.map((l) => l[0])),
    units: JSON.stringify(links.map((l) => l[1] * 4 + l[2])),
    rowids: JSON.stringify(links.map((l) => l[3])),
  });
  const never = () => {
    throw new Error('no invalid role here');
  };

  it('orders links that do not come by task', () => {
    const links = encode([
      [7, 3, 1, 20],
      [2, 5, 1, 9],
      [7, 1, 0, 21],
      [2, 4, 1, 8],
      [2, 6, 0, 10],
    ]);
    expect(decodeTaskUnits(links, never)).toEqual([
      { taskId: 2, unitId: 6, role: 'lead' },
      { taskId: 2, unitId: 4, role: 'support' },
      { taskId: 2, unitId: 5, role: 'support' },
      { taskId: 7, unitId: 1, role: 'lead' },
      { taskId: 7, unitId: 3, role: 'support' },
    ]);
  });

  it('keeps co-leads in the order they were entered, whatever their unit ids, by task or not', () => {
    const coLeads = [
      { taskId: 2, unitId: 9, role: 'lead' },
      { taskId: 2, unitId: 3, role: 'lead' },
      { taskId: 2, unitId: 1, role: 'support' },
    ];
    // As the index gives them: by task, role, unit id (the rowids say the order entered).
    expect(
      decodeTaskUnits(
        encode([
          [2, 3, 0, 11],
          [2, 9, 0, 10],
          [2, 1, 1, 12],
        ]),
        never,
      ),
    ).toEqual(coLeads);
    expect(
      decodeTaskUnits(
        encode([
          [5, 1, 0, 1],
          [2, 1, 1, 12],
          [2, 3, 0, 11],
          [2, 9, 0, 10],
        ]),
        never,
      ),
    ).toEqual([...coLeads, { taskId: 5, unitId: 1, role: 'lead' }]);
  });

  it('hands a link with a role it does not know to the caller', () => {
    const seen: number[] = [];
    const decoded = decodeTaskUnits(encode([[1, 2, 2, 99]]), (rowid) => {
      seen.push(rowid);
      return { taskId: 1, unitId: 2, role: 'lead' };
    });
    expect(seen).toEqual([99]);
    expect(decoded).toEqual([{ taskId: 1, unitId: 2, role: 'lead' }]);
  });
});
