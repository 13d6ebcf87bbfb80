/**
 * The Excel export as a secretary's tracker: the latest report on each task, the whole progress
 * history, the meetings and the units on their own sheets, laid out to read (frozen headers, filters,
 * widths, real dates), opened in LibreOffice Calc, and ignored by our own import.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createMeetingEditing } from '../../services/editing/meeting-editing';
import { exportPlan } from '../../services/interop/export-plan';
import { importPlanBytes } from '../../services/interop/import-plan-bytes';
import { createTestDatabase } from '../../services/testing/test-database';
import {
  NOW,
  RICH_AS_OF,
  databaseWithRichPlan,
  planSnapshot,
  progressByWbs,
} from './helpers/interop-fixtures';

const ACHIEVED = 'Đã gửi dự thảo lần 2 tới các đơn vị; tổng hợp ý kiến góp ý, “bản 2”.';
const DIFFICULTIES = 'Một số đơn vị chậm gửi ý kiến, cần đôn đốc';

/** The rich test plan, with a report that says what was achieved and a meeting with its conclusions. */
function trackedPlan() {
  const source = databaseWithRichPlan();
  const { repository, db, planId } = source;
  const wbsId = new Map(repository.loadPlanData(planId)!.tasks.map((t) => [t.wbs, t.id]));
  repository.addProgressUpdate(
    {
      taskId: wbsId.get('1.1')!,
      reportedOn: '2022-07-05',
      percent: 70,
      achieved: ACHIEVED,
      difficulties: DIFFICULTIES,
      enteredBy: 'Tổ giúp việc',
    },
    NOW,
  );
  // A report after the export's date belongs to the history, not to the grid as of that date.
  repository.addProgressUpdate(
    {
      taskId: wbsId.get('2.2')!,
      reportedOn: '2022-08-01',
      percent: 100,
      achieved: 'Đã ban hành kế hoạch chi tiết',
      difficulties: null,
      enteredBy: null,
    },
    NOW,
  );
  const meetings = createMeetingEditing(db);
  meetings.add(planId, {
    title: 'Phiên họp thứ hai Ban Chỉ đạo',
    heldOn: '2022-07-08',
    place: null,
    chair: null,
  });
  const first = meetings.add(planId, {
    title: 'Phiên họp thứ nhất Ban Chỉ đạo',
    heldOn: '2022-06-15',
    place: 'Trụ sở Tòa án nhân dân tối cao',
    chair: 'Phó Chánh án thường trực',
  });
  meetings.addItem(
    first.id,
    'conclusion',
    'Vụ Tổng hợp hoàn thiện báo cáo trước ngày 14/7/2022',
    wbsId.get('1.1')!,
  );
  meetings.addItem(first.id, 'agenda', 'Nghe báo cáo tiến độ xây dựng Đề án', null);
  return source;
}

async function exportTracked() {
  const source = trackedPlan();
  const file = await exportPlan(
    source.repository,
    { planId: source.planId, asOf: RICH_AS_OF, format: 'xlsx' },
    NOW,
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file.data as unknown as ExcelJS.Buffer);
  return { source, data: file.data, workbook };
}

const rowsOf = (sheet: ExcelJS.Worksheet) =>
  sheet
    .getSheetValues()
    .slice(2)
    .map((row) => (Array.isArray(row) ? row.slice(1) : []));

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('the exported workbook', () => {
  it('has the grid, then the progress history, the meetings, the units and the plan', async () => {
    const { workbook } = await exportTracked();
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Nhiệm vụ',
      'Lịch sử tiến độ',
      'Cuộc họp',
      'Đơn vị',
      'Kế hoạch',
    ]);
    // Every table: header frozen, filters on it, columns at least as wide as a header word, dates dd/mm/yyyy.
    for (const sheet of workbook.worksheets.slice(0, 4)) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
      sheet.getRow(1).eachCell((cell, col) => {
        const word = Math.max(
          ...String(cell.value)
            .split(/\s+/)
            .map((w) => w.length),
        );
        expect(sheet.getColumn(col).width, `${sheet.name}: ${String(cell.value)}`).toBeGreaterThanOrEqual(
          word,
        );
        expect(sheet.getColumn(col).width).toBeLessThanOrEqual(60);
      });
      sheet.eachRow((row, r) =>
        row.eachCell((cell) => {
          if (r > 1 && cell.value instanceof Date) expect(cell.numFmt).toBe('dd/mm/yyyy');
        }),
      );
    }
  });

  it('gives each task its start and its latest report as of the date', async () => {
    const { workbook } = await exportTracked();
    const sheet = workbook.getWorksheet('Nhiệm vụ')!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    const rows = rowsOf(sheet).map((row) => Object.fromEntries(headers.map((h, i) => [h, row[i] ?? null])));
    const byWbs = (wbs: string) => rows.find((r) => r['WBS'] === wbs)!;
    expect(byWbs('1.1')).toMatchObject({
      'Bắt đầu': day('2022-04-01'),
      'Căn cứ ngày bắt đầu': 'Đã định',
      'Tiến độ (%)': 70,
      'Ngày báo cáo gần nhất': day('2022-07-05'),
      'Kết quả đạt được': ACHIEVED,
      'Khó khăn, vướng mắc': DIFFICULTIES,
    });
    expect(byWbs('2.2')).toMatchObject({
      'Ngày báo cáo gần nhất': day('2022-04-01'),
      'Kết quả đạt được': null,
    });
    expect(byWbs('1.3')).toMatchObject({
      'Bắt đầu': day('2022-07-20'),
      'Căn cứ ngày bắt đầu': 'Sau khi xong mục 1.1',
    });
    // No empty start: every task is placed by the one rule.
    expect(rows.filter((r) => !(r['Bắt đầu'] instanceof Date))).toEqual([]);
  });

  it('lists every report in the history, by task, oldest first, and the meetings with their conclusions', async () => {
    const { workbook } = await exportTracked();
    expect(
      rowsOf(workbook.getWorksheet('Lịch sử tiến độ')!).map((r) => [r[0], r[3], r[4], r[5] ?? null]),
    ).toEqual([
      ['1.1', day('2022-06-01'), 50, null],
      ['1.1', day('2022-07-01'), 60, null],
      ['1.1', day('2022-07-05'), 70, ACHIEVED],
      ['2', day('2022-07-01'), 45, null],
      ['2.2', day('2022-04-01'), 100, null],
      ['2.2', day('2022-08-01'), 100, 'Đã ban hành kế hoạch chi tiết'],
    ]);
    expect(
      rowsOf(workbook.getWorksheet('Cuộc họp')!).map((r) => [
        r[0],
        r[1],
        r[4] ?? null,
        r[5] ?? null,
        r[6] ?? null,
      ]),
    ).toEqual([
      [
        day('2022-06-15'),
        'Phiên họp thứ nhất Ban Chỉ đạo',
        'Chương trình',
        'Nghe báo cáo tiến độ xây dựng Đề án',
        null,
      ],
      [
        day('2022-06-15'),
        'Phiên họp thứ nhất Ban Chỉ đạo',
        'Kết luận',
        'Vụ Tổng hợp hoàn thiện báo cáo trước ngày 14/7/2022',
        '1.1 Việc có ngày bắt đầu, liên kết <và> "ngoặc kép"',
      ],
      [day('2022-07-08'), 'Phiên họp thứ hai Ban Chỉ đạo', null, null, null],
    ]);
    const units = rowsOf(workbook.getWorksheet('Đơn vị')!);
    // Vụ Tổng hợp leads 1.1 and 2.2 and supports 1.3.
    expect(units.find((u) => u[0] === 'Vụ Tổng hợp')?.slice(4, 6)).toEqual([2, 1]);
  });
});

describe('reading the workbook back', () => {
  it('takes the grid and its latest reports only, not the history or the meetings', async () => {
    const { source, data } = await exportTracked();
    const target = createTestDatabase();
    const { planId } = await importPlanBytes(target.repository, data, 'theo-doi.xlsx', { now: NOW });
    const before = planSnapshot(source.repository, source.planId);
    expect(planSnapshot(target.repository, planId)).toEqual({ ...before, dependencies: [] });
    expect(progressByWbs(target.repository, planId, RICH_AS_OF)).toEqual(
      progressByWbs(source.repository, source.planId, RICH_AS_OF),
    );
    expect(
      target.db
        .prepare(
          `SELECT t.wbs, u.reported_on, u.percent, u.achieved, u.difficulties
           FROM progress_updates u JOIN tasks t ON t.id = u.task_id ORDER BY t.wbs`,
        )
        .all(),
    ).toEqual([
      { wbs: '1.1', reported_on: '2022-07-05', percent: 70, achieved: ACHIEVED, difficulties: DIFFICULTIES },
      { wbs: '2', reported_on: '2022-07-01', percent: 45, achieved: null, difficulties: null },
      { wbs: '2.2', reported_on: '2022-04-01', percent: 100, achieved: null, difficulties: null },
    ]);
    expect(target.db.prepare('SELECT COUNT(*) FROM meetings').pluck().get()).toBe(0);
  });
});

describe('a start changed in Excel', () => {
  it('is the task’s own once it is no longer what the rule gives; the others stay derived', async () => {
    const { data } = await exportTracked();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Nhiệm vụ')!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const startColumn = headers.indexOf('Bắt đầu') + 1;
    // A secretary moves 1.2 (started with the plan, 05/03/2022) to 01/05/2022, leaving the reason as it was.
    sheet.eachRow((row) => {
      if (row.getCell(1).value === '1.2') row.getCell(startColumn).value = day('2022-05-01');
    });
    const edited = Buffer.from(await workbook.xlsx.writeBuffer());
    const target = createTestDatabase();
    const { planId } = await importPlanBytes(target.repository, edited, 'da-sua.xlsx', { now: NOW });
    const starts = Object.fromEntries(
      planSnapshot(target.repository, planId).tasks.map((t) => [t.wbs, t.start]),
    );
    expect(starts).toMatchObject({
      '1.1': '2022-04-01',
      '1.2': '2022-05-01',
      '1.3': null,
      '2': '2022-03-10',
      '2.1': null,
    });
  });
});

/** RFC 4180 fields, as LibreOffice writes them (quotes doubled inside quoted fields). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      rows.push([...row, field]);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

describe('the workbook in LibreOffice Calc', () => {
  it('reads the history sheet with its dates shown dd/mm/yyyy and every report', async () => {
    const { data } = await exportTracked();
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'xlsx-calc-'));
    try {
      const file = path.join(work, 'theo-doi.xlsx');
      fs.writeFileSync(file, data);
      // CSV filter options: comma, double quote, UTF-8, from line 1, cells as shown, sheet 2 only.
      // No skip: CI installs LibreOffice Calc (.ci/run); a missing soffice fails here.
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${path.join(work, 'lo-profile')}`,
          '--headless',
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,2',
          '--outdir',
          work,
          file,
        ],
        { stdio: 'ignore', timeout: 90_000 },
      );
      const csv = fs.readdirSync(work).find((f) => f.endsWith('.csv'));
      expect(csv, 'LibreOffice wrote no CSV').toBeDefined();
      const rows = parseCsv(fs.readFileSync(path.join(work, csv!), 'utf8'));
      expect(rows[0]).toEqual([
        'WBS',
        'Nhiệm vụ',
        'Chủ trì',
        'Ngày báo cáo',
        'Tiến độ (%)',
        'Kết quả đạt được',
        'Khó khăn, vướng mắc',
        'Người ghi',
      ]);
      expect(rows.slice(1).map((r) => [r[0], r[2], r[3], r[4], r[5], r[6], r[7]])).toEqual([
        ['1.1', 'Vụ Tổng hợp', '01/06/2022', '50', '', '', ''],
        ['1.1', 'Vụ Tổng hợp', '01/07/2022', '60', '', '', ''],
        ['1.1', 'Vụ Tổng hợp', '05/07/2022', '70', ACHIEVED, DIFFICULTIES, 'Tổ giúp việc'],
        ['2', '', '01/07/2022', '45', '', '', ''],
        ['2.2', 'Vụ Tổng hợp', '01/04/2022', '100', '', '', ''],
        ['2.2', 'Vụ Tổng hợp', '01/08/2022', '100', 'Đã ban hành kế hoạch chi tiết', '', ''],
      ]);
      expect(rows[1]![1]).toBe('Việc có ngày bắt đầu, liên kết <và> "ngoặc kép"');
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  }, 120_000);
});
