import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_TEXT } from '../../shared/default-plan/default-plan-text';
import { parsePlanDocument } from '../../shared/plan-document/parse-plan-document';
import { generatePlan } from '../../shared/testing/generate-plan';
import type { ParsedPlanDocument } from '../../shared/plan-document/parsed-plan';
import { createTestDatabase } from '../testing/test-database';

function seedDocument(): ParsedPlanDocument {
  const outcome = parsePlanDocument(DEFAULT_PLAN_TEXT);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.document;
}

const dump = (db: ReturnType<typeof createTestDatabase>['db']) =>
  ['plans', 'tasks', 'units', 'task_units', 'import_warnings'].map((t) =>
    db.prepare(`SELECT * FROM ${t}`).all(),
  );

describe('plan repository', () => {
  it('stores the seed with its tasks, units, roles and warnings', () => {
    const { repository } = createTestDatabase();
    const summary = repository.importDocument(seedDocument(), { name: 'kh-76.txt', text: DEFAULT_PLAN_TEXT });
    expect(summary).toMatchObject({ code: '76/KH-BCĐ-TANDTC', taskCount: 6, unitCount: 5, warningCount: 2 });

    const data = repository.loadPlanData(summary.planId)!;
    expect(data.plan).toMatchObject({
      code: '76/KH-BCĐ-TANDTC',
      documentType: 'Kế hoạch',
      issuedOn: '2021-06-10',
    });
    const byWbs = Object.fromEntries(data.tasks.map((t) => [t.wbs, t]));
    expect(byWbs['1.1']).toMatchObject({
      parentId: byWbs['1']!.id,
      deadline: '2021-07-14',
      deadlineText: 'Trước ngày 15 tháng 7 năm 2021',
      deadlinePrecision: 'day',
    });
    expect(data.progressUpdates).toEqual([]);
    expect(byWbs['1.5']).toMatchObject({ deadline: null, deadlineText: null, kind: 'meeting' });
    const unitName = new Map(data.units.map((u) => [u.id, u.name]));
    const roles = data.taskUnits
      .filter((tu) => tu.taskId === byWbs['1.2']!.id)
      .map((tu) => [unitName.get(tu.unitId), tu.role]);
    expect(roles).toEqual([
      ['Vụ Pháp chế và Quản lý khoa học', 'lead'],
      ['Các đơn vị có liên quan', 'support'],
    ]);
    expect(data.warnings.every((w) => w.taskId === byWbs['1.5']!.id)).toBe(true);
    // Distinct colours for real units; the collective wording in neutral grey.
    const colours = data.units.filter((u) => !u.isCollective).map((u) => u.color);
    expect(new Set(colours).size).toBe(colours.length);
    expect(data.units.find((u) => u.isCollective)?.color).toBe('#9e9e9e');
  });

  it('keeps a history of progress updates for a task, and refuses one for a task that does not exist', () => {
    const { repository } = createTestDatabase();
    const { planId } = repository.importDocument(seedDocument(), {
      name: 'kh-76.txt',
      text: DEFAULT_PLAN_TEXT,
    });
    const task = repository.loadPlanData(planId)!.tasks.find((t) => t.wbs === '1.1')!;
    const base = { taskId: task.id, achieved: null, difficulties: null, enteredBy: 'Tổ giúp việc' };
    repository.addProgressUpdate({
      ...base,
      reportedOn: '2021-07-01',
      percent: 50,
      achieved: 'Đã khảo sát 40 tỉnh',
    });
    repository.addProgressUpdate({ ...base, reportedOn: '2021-06-20', percent: 20 });
    expect(
      repository.loadPlanData(planId)!.progressUpdates.map((u) => [u.reportedOn, u.percent, u.achieved]),
    ).toEqual([
      ['2021-06-20', 20, null],
      ['2021-07-01', 50, 'Đã khảo sát 40 tỉnh'],
    ]);
    expect(() =>
      repository.addProgressUpdate({ ...base, taskId: 9999, reportedOn: '2021-07-01', percent: 1 }),
    ).toThrow('Không tìm thấy nhiệm vụ');
  });

  it('refuses to import the same plan twice, pointing to updating the plan instead', () => {
    const { db, repository } = createTestDatabase();
    const source = { name: 'kh-76.txt', text: DEFAULT_PLAN_TEXT };
    repository.importDocument(seedDocument(), source);
    const before = dump(db);
    expect(() => repository.importDocument(seedDocument(), source)).toThrow(
      /đã có trong dữ liệu.*Cập nhật kế hoạch đã có/,
    );
    expect(dump(db)).toEqual(before);
    expect(repository.countPlans()).toBe(1);
  });

  it('keeps a unit’s colour in every plan and gives each new unit its own', () => {
    const { repository } = createTestDatabase();
    const seed = repository.importDocument(seedDocument(), { name: 'kh-76.txt', text: DEFAULT_PLAN_TEXT });
    const other = generatePlan(60);
    const second = repository.importDocument(other, { name: 'chuong-trinh.txt', text: '' });
    const colours = (planId: number) =>
      new Map(repository.loadPlanData(planId)!.units.map((u) => [u.name, u.color]));
    const first = colours(seed.planId);
    const later = colours(second.planId);
    for (const [name, colour] of later) if (first.has(name)) expect(colour).toBe(first.get(name));
    const individual = repository
      .loadPlanData(second.planId)!
      .units.filter((u) => !u.isCollective && !first.has(u.name));
    expect(individual.length).toBeGreaterThan(5);
    // New units continue the palette after the seed's: the first few are all different.
    const firstNew = individual.slice(0, 8).map((u) => u.color);
    expect(new Set(firstNew).size).toBe(firstNew.length);
  });

  it('leaves the database as it was when an import fails half-way', () => {
    const { db, repository } = createTestDatabase();
    const doc = seedDocument();
    // The fifth item cannot be stored (the schema refuses an unknown kind): nothing of the plan may remain.
    const broken = {
      ...doc,
      items: doc.items.map((i, n) => (n === 4 ? { ...i, kind: 'bogus' as 'task' } : i)),
    };
    const before = dump(db);
    expect(() => repository.importDocument(broken, { name: 'x.txt', text: '' })).toThrow(/CHECK/);
    expect(dump(db)).toEqual(before);
    expect(repository.countPlans()).toBe(0);
  });
});
