/**
 * Baseline and current dates through the exported files: MS Project XML keeps the plan's dates as
 * Baseline 0 and reads them back; the spreadsheet shows both.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createRevisionEditing } from '../../services/editing/revision-editing';
import { exportExcel } from '../../services/interop/excel/export-excel';
import { loadPlanView } from '../../services/interop/export-plan';
import { importPlanBytes } from '../../services/interop/import-plan-bytes';
import { exportMsProject } from '../../services/interop/mspdi/export-mspdi';
import { createTestDatabase } from '../../services/testing/test-database';
import { AS_OF, NOW, databaseWithPlan76 } from './helpers/interop-fixtures';

function revisedPlan76() {
  const source = databaseWithPlan76();
  const idOf = (wbs: string) =>
    source.db
      .prepare('SELECT id FROM tasks WHERE plan_id = ? AND wbs = ?')
      .pluck()
      .get(source.planId, wbs) as number;
  const revisions = createRevisionEditing(source.db, () => NOW);
  const note = {
    decidedOn: '2021-08-05',
    reason: 'Ban Chỉ đạo cho lùi hạn',
    decisionRef: null,
    meetingItemId: null,
  };
  revisions.revise(idOf('1.4'), { start: '2021-07-01', deadline: '2021-09-30' }, note);
  revisions.revise(idOf('1.2'), { start: null, deadline: '2021-08-15' }, note);
  return source;
}

const datesByWbs = (view: ReturnType<typeof loadPlanView>) =>
  Object.fromEntries(
    view.tasks.map((t) => [
      t.wbs,
      [
        t.deadlineText,
        t.baselineStart,
        t.baselineDeadline,
        t.baselinePrecision,
        t.start,
        t.deadline,
        t.revisionCount > 0,
      ],
    ]),
  );

describe('baselines in exported files', () => {
  it('MS Project XML round trip keeps the plan’s dates and the current ones', async () => {
    const source = revisedPlan76();
    const before = loadPlanView(source.repository, source.planId, AS_OF);
    const xml = exportMsProject(before, NOW);
    expect(xml.replace(/\s+/g, '')).toContain(
      '<Baseline><Number>0</Number><Finish>2021-07-31T17:00:00</Finish></Baseline>',
    );
    const target = createTestDatabase();
    const summary = await importPlanBytes(target.repository, Buffer.from(xml), 'ms-project.xml', {
      now: NOW,
    });
    const after = loadPlanView(target.repository, summary.planId, AS_OF);
    expect(datesByWbs(after)).toEqual(datesByWbs(before));
    expect(after.tasks.find((t) => t.wbs === '1.4')).toMatchObject({
      deadlineText: 'Tháng 7 năm 2021',
      baselineDeadline: '2021-07-31',
      baselinePrecision: 'month',
      deadline: '2021-09-30',
    });
    // A task never revised is read back without a revision.
    expect(after.tasks.find((t) => t.wbs === '1.1')!.revisionCount).toBe(0);
  });

  it('the spreadsheet carries the plan’s last day and the number of revisions beside the current deadline', async () => {
    const source = revisedPlan76();
    const book = new ExcelJS.Workbook();
    const data = await exportExcel(
      loadPlanView(source.repository, source.planId, AS_OF),
      { progressUpdates: [], meetings: [] },
      NOW,
    );
    // exceljs types its input as the old Buffer; the bytes are the same.
    await book.xlsx.load(data as unknown as ExcelJS.Buffer);
    const sheet = book.worksheets[0]!;
    const headers = Array.from(sheet.getRow(1).values as unknown[], (v) => String(v ?? ''));
    const col = (name: string) => headers.findIndex((h) => h.startsWith(name));
    const row = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).text === '1.4')!;
    const iso = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);
    expect([
      row.getCell(col('Thời gian hoàn thành')).text,
      iso(row.getCell(col('Hạn theo kế hoạch')).value),
      iso(row.getCell(col('Thời hạn (ngày)')).value),
      row.getCell(col('Số lần điều chỉnh')).value,
    ]).toEqual(['Tháng 7 năm 2021', '2021-07-31', '2021-09-30', 1]);
  });
});
