/** The task grid in Excel: export, import back into a fresh database, and refusals that write nothing. */
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createMeetingEditing } from '../../services/editing/meeting-editing';
import { exportExcel } from '../../services/interop/excel/export-excel';
import { exportPlan, loadPlanView } from '../../services/interop/export-plan';
import { importPlanBytes } from '../../services/interop/import-plan-bytes';
import type { PlanRepository } from '../../services/storage/plan-repository';
import { createTestDatabase } from '../../services/testing/test-database';
import {
  AS_OF,
  NOW,
  RICH_AS_OF,
  databaseWithPlan76,
  databaseWithRichPlan,
  dumpDatabase,
  planSnapshot,
  progressByWbs,
} from './helpers/interop-fixtures';

/** What the export gets beside the view: the plan's progress history and meetings. */
function storyOf(repository: PlanRepository, planId: number) {
  return {
    progressUpdates: repository.loadPlanData(planId)!.progressUpdates,
    meetings: createMeetingEditing(repository.database).list(planId),
  };
}

async function readWorkbook(data: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  return workbook;
}

async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('exporting the task grid to Excel', () => {
  it('writes Vietnamese headings, real dates shown dd/mm/yyyy, WBS as text and the status as of the date', async () => {
    const { repository, planId } = databaseWithPlan76();
    const file = await exportPlan(repository, { planId, asOf: AS_OF, format: 'xlsx' }, NOW);
    expect(file.fileName).toBe('nhiem-vu-76-kh-bcd-tandtc-2021-07-20.xlsx');
    const sheet = (await readWorkbook(file.data)).getWorksheet('Nhiệm vụ')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      'WBS',
      'Nhiệm vụ',
      'Loại',
      'Chủ trì',
      'Phối hợp',
      'Bắt đầu',
      'Căn cứ ngày bắt đầu',
      'Thời hạn (ngày)',
      'Thời gian hoàn thành (nguyên văn)',
      'Kết quả thực hiện',
      'Tiến độ (%)',
      'Trạng thái (đến 20/07/2021)',
      'Ngày báo cáo gần nhất',
      'Kết quả đạt được',
      'Khó khăn, vướng mắc',
      'Ghi chú',
      'Hạn theo kế hoạch (ngày)',
      'Số lần điều chỉnh thời hạn',
    ]);
    const row = sheet.getRow(3);
    expect(row.getCell(1).value).toBe('1.1');
    expect(row.getCell(4).value).toBe('Vụ Tổng hợp');
    expect(row.getCell(5).value).toBe('Các đơn vị có liên quan');
    // The start the window's popup shows (the plan's date of issue), and why.
    expect(row.getCell(6).value).toEqual(new Date(Date.UTC(2021, 5, 10)));
    expect(row.getCell(6).numFmt).toBe('dd/mm/yyyy');
    expect(row.getCell(7).value).toBe('Từ ngày ban hành kế hoạch');
    expect(row.getCell(8).value).toEqual(new Date(Date.UTC(2021, 6, 14)));
    expect(row.getCell(8).numFmt).toBe('dd/mm/yyyy');
    expect(row.getCell(9).value).toBe('Trước ngày 15 tháng 7 năm 2021');
    expect(row.getCell(12).value).toBe('Quá hạn');
    expect(sheet.getRow(7).getCell(3).value).toBe('Cuộc họp');
  });
});

describe('an Excel round trip', () => {
  it('brings Kế hoạch 76 back into a fresh database with the same tasks, units, roles, wording and deadlines', async () => {
    const source = databaseWithPlan76();
    const data = await exportExcel(
      loadPlanView(source.repository, source.planId, AS_OF),
      storyOf(source.repository, source.planId),
      NOW,
    );
    const target = createTestDatabase();
    const summary = await importPlanBytes(target.repository, data, 'nhiem-vu.xlsx', { now: NOW });
    expect(summary).toMatchObject({ code: '76/KH-BCĐ-TANDTC', taskCount: 6, unitCount: 5 });
    expect(planSnapshot(target.repository, summary.planId)).toEqual(
      planSnapshot(source.repository, source.planId),
    );
    expect(target.repository.loadPlanData(summary.planId)!.plan.place).toBe('Hà Nội');
    // Nothing was invented: no progress, no links.
    expect(target.db.prepare('SELECT COUNT(*) FROM progress_updates').pluck().get()).toBe(0);
  });

  it('keeps starts, recurrences, relative deadlines, kinds, notes, special characters and progress', async () => {
    const source = databaseWithRichPlan();
    const data = await exportExcel(
      loadPlanView(source.repository, source.planId, RICH_AS_OF),
      storyOf(source.repository, source.planId),
      NOW,
    );
    const target = createTestDatabase();
    const { planId } = await importPlanBytes(target.repository, data, 'thu-nghiem.xlsx', { now: NOW });
    const before = planSnapshot(source.repository, source.planId);
    // Links are not a column of the grid: everything else must be there.
    expect(planSnapshot(target.repository, planId)).toEqual({ ...before, dependencies: [] });
    expect(progressByWbs(target.repository, planId, RICH_AS_OF)).toEqual(
      progressByWbs(source.repository, source.planId, RICH_AS_OF),
    );
    // One update per task that had its own progress: its latest report, on the day it was reported.
    expect(
      target.db
        .prepare(
          'SELECT t.wbs, u.percent, u.reported_on FROM progress_updates u JOIN tasks t ON t.id = u.task_id ORDER BY t.wbs',
        )
        .all(),
    ).toEqual([
      { wbs: '1.1', percent: 60, reported_on: '2022-07-01' },
      { wbs: '2', percent: 45, reported_on: '2022-07-01' },
      { wbs: '2.2', percent: 100, reported_on: '2022-04-01' },
    ]);
  });

  it('reads a grid typed by hand: headings without accents, dates as text, a missing plan sheet', async () => {
    const bytes = await workbookBytes((wb) => {
      const sheet = wb.addWorksheet('Bang');
      sheet.addRow(['Danh sách nhiệm vụ']);
      sheet.addRow([
        'STT',
        'NOI DUNG',
        'don vi chu tri',
        'Phoi hop',
        'Thoi han',
        'Thoi gian hoan thanh',
        'San pham',
        'Tien do',
      ]);
      sheet.addRow([
        '1',
        'Xây dựng dự thảo',
        'Vụ Tổng hợp',
        'Văn phòng, Vụ Pháp chế',
        '30/9/2022',
        'Quý III/2022',
        'Dự thảo',
        '40%',
      ]);
      sheet.addRow([2, 'Họp lấy ý kiến', 'Văn phòng', null, null, 'Tháng 10/2022', 'Biên bản', null]);
    });
    const { db, repository } = createTestDatabase();
    const summary = await importPlanBytes(repository, bytes, 'tu-nhap.xlsx', {
      now: NOW,
      today: '2022-08-01',
    });
    expect(summary).toMatchObject({ code: 'tu-nhap', taskCount: 2, unitCount: 3 });
    const snapshot = planSnapshot(repository, summary.planId);
    expect(
      snapshot.tasks.map((t) => [t.wbs, t.kind, t.deadline, t.deadlinePrecision, t.units.length]),
    ).toEqual([
      ['1', 'task', '2022-09-30', 'quarter', 3],
      ['2', 'meeting', '2022-10-31', 'month', 1],
    ]);
    expect(db.prepare('SELECT percent, reported_on FROM progress_updates').all()).toEqual([
      { percent: 40, reported_on: '2022-08-01' },
    ]);
  });
});

describe('formulas in an imported workbook', () => {
  it('uses the value Excel saved with a formula', async () => {
    const bytes = await workbookBytes((wb) => {
      const sheet = wb.addWorksheet('Nhiệm vụ');
      sheet.addRow(['WBS', 'Nhiệm vụ', 'Chủ trì', 'Thời hạn (ngày)', 'Kết quả thực hiện', 'Tiến độ (%)']);
      sheet.addRow([
        '1',
        'Việc A',
        'Vụ Tổng hợp',
        { formula: 'DATE(2022,9,30)', result: new Date(Date.UTC(2022, 8, 30)) },
        'Báo cáo',
        { formula: '20+30', result: 50 },
      ]);
    });
    const { repository } = createTestDatabase();
    const { planId } = await importPlanBytes(repository, bytes, 'cong-thuc.xlsx', {
      now: NOW,
      today: '2022-08-01',
    });
    expect(planSnapshot(repository, planId).tasks[0]).toMatchObject({ deadline: '2022-09-30' });
    expect(progressByWbs(repository, planId, '2022-08-01')).toEqual({ '1': 50 });
  });

  it.each([
    [
      'without a saved value',
      { formula: 'A1+1' },
      'Ô F2 (trang “Nhiệm vụ”) chứa công thức nhưng tệp không lưu sẵn kết quả tính',
    ],
    [
      'whose value is an error',
      { formula: '1/0', result: { error: '#DIV/0!' } },
      'Ô F2 (trang “Nhiệm vụ”) báo lỗi #DIV/0!',
    ],
  ])('refuses a formula %s, naming the cell, and writes nothing', async (_case, value, message) => {
    const bytes = await workbookBytes((wb) => {
      const sheet = wb.addWorksheet('Nhiệm vụ');
      sheet.addRow(['WBS', 'Nhiệm vụ', 'Chủ trì', 'Thời hạn (ngày)', 'Kết quả thực hiện', 'Tiến độ (%)']);
      sheet.addRow([
        '1',
        'Việc A',
        'Vụ Tổng hợp',
        new Date(Date.UTC(2022, 8, 30)),
        'Báo cáo',
        value as ExcelJS.CellValue,
      ]);
    });
    const { db, repository } = databaseWithPlan76();
    const before = dumpDatabase(db);
    await expect(importPlanBytes(repository, bytes, 'cong-thuc.xlsx')).rejects.toThrow(message);
    expect(dumpDatabase(db)).toEqual(before);
  });
});

describe('refusing a bad workbook', () => {
  const refusals: [string, () => Promise<Buffer> | Buffer, string | RegExp][] = [
    [
      'not a zip at all',
      () => Buffer.from('WBS,Nhiệm vụ\n1,Việc A\n'),
      'không phải là tệp Excel (.xlsx) hợp lệ',
    ],
    [
      'a zip that is not a workbook',
      () => Buffer.from(zipSync({ 'a.txt': strToU8('xin chào') })),
      'không phải là bảng tính Excel',
    ],
    [
      'a workbook with no task grid',
      () => workbookBytes((wb) => wb.addWorksheet('Trang 1').addRow(['Xin chào'])),
      'Không tìm thấy bảng nhiệm vụ trong tệp',
    ],
    [
      'wrong values, all listed with their cells',
      () =>
        workbookBytes((wb) => {
          const sheet = wb.addWorksheet('Nhiệm vụ');
          sheet.addRow(['WBS', 'Nhiệm vụ', 'Thời hạn (ngày)', 'Tiến độ (%)', 'Loại']);
          sheet.addRow(['1', 'Việc A', '31/02/2022', 50, 'Nhiệm vụ']);
          sheet.addRow(['1 a', 'Việc B', null, 150, 'Việc vặt']);
        }),
      /có 4 chỗ chưa đúng nên chưa nhập gì:\n• Ô C2: “31\/02\/2022” không phải là một ngày có thật.*\n• Ô A3: mã WBS “1 a” không hợp lệ/,
    ],
    [
      'duplicated WBS codes',
      () =>
        workbookBytes((wb) => {
          const sheet = wb.addWorksheet('Nhiệm vụ');
          sheet.addRow(['WBS', 'Nhiệm vụ']);
          sheet.addRow(['1', 'Việc A']);
          sheet.addRow(['1', 'Việc B']);
        }),
      'Số mục 1 bị trùng (dòng 2 và dòng 3)',
    ],
  ];

  it.each(refusals)(
    'refuses %s in Vietnamese and leaves every table as it was',
    async (_case, make, message) => {
      const { db, repository } = databaseWithPlan76();
      const before = dumpDatabase(db);
      await expect(importPlanBytes(repository, await make(), 'ke-hoach.xlsx')).rejects.toThrow(message);
      expect(dumpDatabase(db)).toEqual(before);
    },
  );
});
