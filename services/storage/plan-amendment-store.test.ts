import { describe, expect, it } from 'vitest';
import {
  PLAN_V1,
  PLAN_V1_PARTIAL_AMENDMENT,
  PLAN_V2_AMENDMENT,
} from '../../shared/plan-amendment/amendment-test-documents';
import { parseOk } from '../../shared/plan-document/test-documents';
import { createUndoLog } from '../editing/undo-log';
import { createTestDatabase } from '../testing/test-database';
import { createPlanAmendmentStore } from './plan-amendment-store';

const NOW = new Date('2024-07-01T08:00:00Z');

function planWithHistory() {
  const { db, repository } = createTestDatabase();
  const { planId } = repository.importDocument(parseOk(PLAN_V1), { name: 'kh-12.txt', text: PLAN_V1 });
  const id = (wbs: string) =>
    db.prepare('SELECT id FROM tasks WHERE plan_id = ? AND wbs = ?').pluck().get(planId, wbs) as number;
  const ids = Object.fromEntries(['1.1', '1.2', '1.3', '2.1', '2.2'].map((w) => [w, id(w)]));
  // A history on the tasks: progress, a meeting conclusion about one, a link between two.
  repository.addProgressUpdate({
    taskId: ids['1.2']!,
    reportedOn: '2024-05-20',
    percent: 40,
    achieved: 'Đã khảo sát 20 tỉnh',
    difficulties: null,
    enteredBy: null,
  });
  repository.addProgressUpdate({
    taskId: ids['1.3']!,
    reportedOn: '2024-05-21',
    percent: 10,
    achieved: 'Đã liên hệ chuyên gia',
    difficulties: null,
    enteredBy: null,
  });
  const meetingId = Number(
    db
      .prepare("INSERT INTO meetings (plan_id, title, held_on) VALUES (?, 'Họp Tổ giúp việc', '2024-05-25')")
      .run(planId).lastInsertRowid,
  );
  db.prepare(
    "INSERT INTO meeting_items (meeting_id, kind, text, task_id, sort_order) VALUES (?, 'conclusion', 'Đẩy nhanh thí điểm', ?, 1)",
  ).run(meetingId, ids['2.2']);
  db.prepare('INSERT INTO dependencies (predecessor_id, successor_id, lag_days) VALUES (?, ?, 0)').run(
    ids['2.1'],
    ids['2.2'],
  );
  return { db, repository, planId, ids, store: createPlanAmendmentStore(db, () => NOW) };
}

const amendment = () => parseOk(PLAN_V2_AMENDMENT);
const source = { name: 'kh-30-sua-doi.txt', text: PLAN_V2_AMENDMENT };

describe('applying a newer version of a plan', () => {
  it('keeps each task with its history, adds the new ones and marks the dropped one removed', () => {
    const { db, repository, planId, ids, store } = planWithHistory();
    const summary = store.apply(planId, amendment(), source, { sameCode: false });
    expect(summary).toMatchObject({ code: '12/KH-TANDTC', added: 2, removed: 1, changed: 4, unchanged: 2 });

    const data = repository.loadPlanData(planId)!;
    const byId = new Map(data.tasks.map((t) => [t.id, t]));
    // Same ids, new wording and numbers.
    expect(byId.get(ids['1.1']!)!.title).toBe(
      'Khảo sát hạ tầng công nghệ thông tin tại các Tòa án nhân dân cấp tỉnh và cấp huyện',
    );
    expect(byId.get(ids['2.2']!)!.wbs).toBe('2.3');
    // Progress, the meeting's conclusion and the link stay on their tasks.
    expect(data.progressUpdates.map((u) => [u.taskId, u.percent])).toEqual([
      [ids['1.2'], 40],
      [ids['1.3'], 10],
    ]);
    expect(db.prepare('SELECT task_id FROM meeting_items').pluck().all()).toEqual([ids['2.2']]);
    expect(data.dependencies).toEqual([{ predecessorId: ids['2.1'], successorId: ids['2.2'], lagDays: 0 }]);
    // The dropped workshop is still there, with its progress, marked removed on the amendment's date.
    expect(byId.get(ids['1.3']!)).toMatchObject({ removedOn: '2024-06-20', wbs: '(1.3)' });
    // The plan in document order: the removed task right after its former predecessor.
    expect(data.tasks.map((t) => t.wbs)).toEqual([
      '1',
      '1.1',
      '1.2',
      '(1.3)',
      '1.3',
      '2',
      '2.1',
      '2.2',
      '2.3',
    ]);
    const added = data.tasks.find((t) => t.wbs === '2.2')!;
    expect(added).toMatchObject({
      title: 'Đào tạo, tập huấn sử dụng hồ sơ điện tử cho thẩm phán, thư ký',
      parentId: byId.get(ids['2.1']!)!.parentId,
      deadline: '2024-11-30',
      baselineDeadline: '2024-11-30',
    });
    // The new lead of 2.1.
    const unitName = new Map(data.units.map((u) => [u.id, u.name]));
    expect(
      data.taskUnits
        .filter((l) => l.taskId === ids['2.1'] && l.role === 'lead')
        .map((l) => unitName.get(l.unitId)),
    ).toEqual(['Vụ Tổng hợp']);
    // The plan keeps its own number, title and date; the amendment is recorded apart.
    expect(data.plan).toMatchObject({ code: '12/KH-TANDTC', issuedOn: '2024-03-15' });
    expect(data.plan.title).toBe('Triển khai hồ sơ điện tử tại Tòa án nhân dân');
    expect(db.prepare('SELECT code, issued_on, source_name FROM plan_amendments').all()).toEqual([
      { code: '30/KH-TANDTC', issued_on: '2024-06-20', source_name: 'kh-30-sua-doi.txt' },
    ]);
  });

  it('moves a reworded deadline with its baseline, so that wording and dates agree, and records the wording before', () => {
    const { db, repository, planId, ids, store } = planWithHistory();
    store.apply(planId, amendment(), source, { sameCode: false });
    const task = repository.loadPlanData(planId)!.tasks.find((t) => t.id === ids['1.2'])!;
    // "Tháng 12/2024" means 31/12/2024: the plan's date now, not an extension of "Quý III/2024".
    expect(task).toMatchObject({
      deadline: '2024-12-31',
      deadlineText: 'Tháng 12/2024',
      baselineDeadline: '2024-12-31',
      baselinePrecision: 'month',
      revisionCount: 0,
    });
    expect(db.prepare('SELECT COUNT(*) FROM task_revisions').pluck().get()).toBe(0);
    const changes = db
      .prepare('SELECT task_id, field, before, after FROM task_amendment_changes ORDER BY id')
      .all() as { task_id: number; field: string; before: string | null; after: string | null }[];
    expect(changes.find((c) => c.task_id === ids['1.2'])).toEqual({
      task_id: ids['1.2'],
      field: 'deadline',
      before: 'Quý III/2024 (hạn 30/09/2024)',
      after: 'Tháng 12/2024 (hạn 31/12/2024)',
    });
    expect(changes.filter((c) => c.field === 'title').map((c) => c.before)).toEqual([
      'Khảo sát hạ tầng công nghệ thông tin tại các Tòa án nhân dân cấp tỉnh',
    ]);
    expect(changes.map((c) => c.field).sort()).toEqual(
      ['added', 'added', 'deadline', 'lead', 'removed', 'title', 'wbs'].sort(),
    );
  });

  it('keeps a task added in the app, and leaves the same document read again as it was', () => {
    const { db, repository, planId, store } = planWithHistory();
    const parent = db.prepare("SELECT id FROM tasks WHERE wbs = '2'").pluck().get() as number;
    db.prepare(
      "INSERT INTO tasks (plan_id, parent_id, wbs, title, kind, sort_order) VALUES (?, ?, '2.3', 'Theo dõi kết luận họp', 'task', 8)",
    ).run(planId, parent);
    const before = repository.loadPlanData(planId)!.tasks;
    const again = store.apply(
      planId,
      parseOk(PLAN_V1),
      { name: 'kh-12.txt', text: PLAN_V1 },
      { sameCode: true },
    );
    expect(again).toMatchObject({ added: 0, removed: 0, changed: 0 });
    expect(repository.loadPlanData(planId)!.tasks).toEqual(before);

    store.apply(planId, amendment(), source, { sameCode: false });
    const own = repository.loadPlanData(planId)!.tasks.find((t) => t.title === 'Theo dõi kết luận họp')!;
    expect(own).toMatchObject({ removedOn: null, parentId: parent, wbs: '2.4' });
  });

  it('applies an amendment that lists only what it changes, leaving the rest of the plan as it was', () => {
    const { repository, planId, ids, store } = planWithHistory();
    const before = repository.loadPlanData(planId)!.tasks;
    const summary = store.apply(
      planId,
      parseOk(PLAN_V1_PARTIAL_AMENDMENT),
      { name: 'kh-45.txt', text: PLAN_V1_PARTIAL_AMENDMENT },
      { sameCode: false, keepUnmentioned: true },
    );
    expect(summary).toMatchObject({ added: 1, removed: 0, changed: 1 });
    // The first document's notes about tasks the amendment does not name stay.
    expect(repository.loadPlanData(planId)!.warnings.map((w) => w.message)).toEqual([
      'Mục 1.3 thiếu kết quả thực hiện: cần bổ sung.',
      'Mục 2.2 thiếu kết quả thực hiện: cần bổ sung.',
    ]);
    const after = repository.loadPlanData(planId)!.tasks;
    expect(after.map((t) => t.wbs)).toEqual(['1', '1.1', '1.2', '1.3', '1.4', '2', '2.1', '2.2']);
    expect(after.every((t) => !t.removedOn)).toBe(true);
    // Every task the amendment does not mention is exactly as it was.
    for (const task of before.filter((t) => t.id !== ids['1.2'])) {
      expect(after.find((t) => t.id === task.id)).toMatchObject({
        wbs: task.wbs,
        title: task.title,
        deadline: task.deadline,
        parentId: task.parentId,
      });
    }
    expect(after.find((t) => t.id === ids['1.2'])).toMatchObject({
      deadline: '2025-03-31',
      baselineDeadline: '2025-03-31',
    });
    const added = after.find((t) => t.wbs === '1.4')!;
    expect(added).toMatchObject({
      title: 'Xây dựng kho dữ liệu hồ sơ điện tử dùng chung',
      parentId: after.find((t) => t.wbs === '1')!.id,
    });
  });

  it('compares a later amendment with the wording the earlier one left, not with the first deadline', () => {
    const { planId, ids, store, db } = planWithHistory();
    store.apply(planId, amendment(), source, { sameCode: false });
    // A meeting's extension of another task is not the document's: it is not undone by re-reading it.
    db.prepare("UPDATE tasks SET deadline_on = '2025-02-28' WHERE id = ?").run(ids['2.1']);
    const tasks = store.load(planId);
    expect(tasks.find((t) => t.id === ids['1.2'])).toMatchObject({
      deadlineText: 'Tháng 12/2024',
      deadline: '2024-12-31',
    });
    expect(tasks.find((t) => t.id === ids['2.1'])!.deadline).toBe('2024-12-31');
    const again = store.apply(planId, amendment(), source, { sameCode: false });
    expect(again).toMatchObject({ added: 0, removed: 0, changed: 0 });
  });

  it('brings back, with its progress, a task a later version has again', () => {
    const { repository, planId, ids, store } = planWithHistory();
    store.apply(planId, amendment(), source, { sameCode: false });
    store.apply(planId, parseOk(PLAN_V1), { name: 'kh-12.txt', text: PLAN_V1 }, { sameCode: true });
    const data = repository.loadPlanData(planId)!;
    expect(data.tasks.find((t) => t.id === ids['1.3'])).toMatchObject({ wbs: '1.3', removedOn: null });
    expect(data.progressUpdates.filter((u) => u.taskId === ids['1.3']).map((u) => u.percent)).toEqual([10]);
    // The tasks only the amendment had are the ones dropped now.
    expect(data.tasks.filter((t) => t.removedOn).map((t) => t.wbs)).toEqual(['(1.3)', '(2.2)']);
  });

  it('writes nothing when it fails half-way', () => {
    const { db, planId, store } = planWithHistory();
    const snapshot = () =>
      [
        'plans',
        'tasks',
        'task_units',
        'task_revisions',
        'plan_amendments',
        'task_amendment_changes',
        'import_warnings',
      ].map((t) => db.prepare(`SELECT * FROM ${t}`).all());
    const before = snapshot();
    expect(() =>
      store.apply(planId, amendment(), source, {
        sameCode: false,
        failAfterTasks: () => {
          throw new Error('disk full');
        },
      }),
    ).toThrow('disk full');
    expect(snapshot()).toEqual(before);
  });

  it('is one step of undo', () => {
    const { db, repository, planId, store } = planWithHistory();
    const undo = createUndoLog(db, () => NOW);
    const before = repository.loadPlanData(planId);
    undo.record('Cập nhật kế hoạch', () => store.apply(planId, amendment(), source, { sameCode: false }));
    expect(undo.state()).toMatchObject({ canUndo: true, undoLabel: 'Cập nhật kế hoạch' });
    undo.undo();
    expect(repository.loadPlanData(planId)!.tasks).toEqual(before!.tasks);
    expect(repository.loadPlanData(planId)!.taskUnits).toEqual(before!.taskUnits);
    expect(db.prepare('SELECT COUNT(*) FROM plan_amendments').pluck().get()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM task_revisions').pluck().get()).toBe(0);
  });
});
