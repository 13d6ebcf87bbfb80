/** Reports on unusual plans: empty, very large, very long names, and a date before the plan starts. */
import { describe, expect, it } from 'vitest';
import { buildPlanView } from '../../shared/plan-view/build-plan-view';
import { DEFAULT_REPORT_SETTINGS } from '../../shared/reports/report-schemas';
import {
  generateMeetingPack,
  generateStatusReport,
  generateUnitReport,
} from '../../services/reports/generate-reports';
import { OVERVIEW_MAX_ROWS, overviewRows } from '../../services/reports/timeline-figure';
import { openDocx, paragraphTexts, tableRows } from './docx-xml';
import { emptyPlanView, generatedPlanData, kh76Repository, viewOf } from './report-fixtures';

const OPTIONS = { horizonDays: 30, recommendations: '' };

function read(data: Buffer) {
  const docx = openDocx(data);
  const body = docx.xml('word/document.xml');
  return { docx, body, texts: paragraphTexts(body), rows: tableRows(body) };
}

describe('reports on unusual plans', () => {
  it('a plan with no tasks still gives a complete report that says so', async () => {
    const view = emptyPlanView('2021-07-20');
    const status = read((await generateStatusReport(view, DEFAULT_REPORT_SETTINGS, OPTIONS)).data);
    expect(status.texts).toContain(
      'Kế hoạch số 99/KH-TEST chưa có nhiệm vụ nào được ghi nhận trong dữ liệu.',
    );
    expect(status.rows.map((r) => r.cells)).toContainEqual(['Kế hoạch chưa có nhiệm vụ nào.']);
    expect(status.texts).toContain('Đến ngày 20 tháng 7 năm 2021, không có nhiệm vụ nào quá hạn.');
    expect(status.texts.some((t) => t.endsWith('./.'))).toBe(true);
    expect(status.docx.names.filter((n) => n.startsWith('word/media/'))).toHaveLength(1);

    const units = read((await generateUnitReport(view, DEFAULT_REPORT_SETTINGS, null)).data);
    expect(units.texts).toContain('Kế hoạch chưa giao nhiệm vụ cho đơn vị nào.');
    const meeting = read(
      (await generateMeetingPack(view, DEFAULT_REPORT_SETTINGS, { nextMeetingOn: null, agenda: [] })).data,
    );
    expect(meeting.texts).toContain('Đến ngày 20/07/2021, không có nhiệm vụ nào quá hạn.');
  });

  it('a 1,000-task plan: every task in the table, one overview picture of its sections, and where the detail is', async () => {
    const view = buildPlanView(generatedPlanData(1000), '2022-06-30');
    const started = performance.now();
    const file = await generateStatusReport(view, DEFAULT_REPORT_SETTINGS, OPTIONS);
    const elapsed = performance.now() - started;
    console.log(
      `Status report of 1,000 tasks: ${Math.round(elapsed)} ms, ${Math.round(file.data.length / 1024)} KB`,
    );
    const { docx, rows, texts } = read(file.data);
    const taskRows = rows.filter((r) => /^\d+(\.\d+)?$/.test(r.cells[0] ?? ''));
    expect(taskRows).toHaveLength(1000);
    // One picture, not one per 20 rows: the plan's 50 sections, three to a row, each row a bar over their span.
    expect(docx.names.filter((n) => /^word\/media\/.+\.png$/.test(n))).toHaveLength(1);
    expect(docx.xml('word/document.xml').match(/<w:drawing>/g)).toHaveLength(1);
    expect(texts).toContain('Hình 1. Tiến độ thực hiện Kế hoạch số 99/KH-TEST đến ngày 30/06/2022');
    expect(texts.some((t) => t.includes('(phần'))).toBe(false);
    expect(texts).toContain(
      'Do kế hoạch có 950 nhiệm vụ, Hình 1 chỉ thể hiện tiến độ chung trên 17 dòng, mỗi dòng gộp một số mục ' +
        'cấp cao nhất liền nhau; tiến độ chi tiết của từng nhiệm vụ xem tại Bảng 1 và tại hình hoặc tệp PDF ' +
        'tiến độ xuất từ ứng dụng.',
    );
    const overdue = view.tasks.filter((t) => t.childIds.length === 0 && t.status === 'overdue').length;
    expect(overdue).toBeGreaterThan(0);
    expect(texts).toContain(`Đến ngày 30 tháng 6 năm 2022, có ${overdue} nhiệm vụ quá hạn chưa hoàn thành:`);
    expect(elapsed).toBeLessThan(30_000);
  });

  it('draws every row of a small plan, the upper outline levels of a larger one, runs of sections of a very large one', () => {
    const small = buildPlanView(generatedPlanData(OVERVIEW_MAX_ROWS), '2022-06-30');
    expect(overviewRows(small)).toMatchObject({ kind: 'all', view: small });

    // 60 rows in 3 sections: the second level does not fit beside the first, so the 3 sections.
    const medium = buildPlanView(generatedPlanData(60), '2022-06-30');
    const levels = overviewRows(medium);
    expect(levels).toMatchObject({ kind: 'levels', depth: 0 });
    expect(levels.view.tasks.map((t) => t.wbs)).toEqual(['1', '2', '3']);

    // 50 sections are too many rows for a page: three consecutive sections to a row, none left out.
    const large = buildPlanView(generatedPlanData(1000), '2022-06-30');
    const runs = overviewRows(large);
    expect(runs.kind).toBe('runs');
    expect(runs.view.tasks.length).toBeLessThanOrEqual(OVERVIEW_MAX_ROWS);
    expect(runs.view.tasks.map((t) => t.wbs).slice(0, 2)).toEqual(['1–3', '4–6']);
    expect(runs.view.tasks.at(-1)!.wbs).toBe('49–50');
    expect(runs.view.tasks[0]!.title).toBe('3 mục, 57 nhiệm vụ');
    const covered = runs.view.tasks.flatMap((t) => t.childIds);
    expect(covered).toEqual(large.tasks.filter((t) => t.depth === 0).map((t) => t.id));
    // Each row's bar runs from the first start to the last deadline of its sections.
    const sections = large.tasks.filter((t) => t.depth === 0).slice(0, 3);
    expect(runs.view.tasks[0]!.spanEnd).toBe(
      sections.map((t) => t.spanEnd!).reduce((a, b) => (a > b ? a : b)),
    );
  });

  it('a 300-character task name is kept whole in the table and the text', async () => {
    const longTitle =
      `Nghiên cứu, ${'xây dựng và hoàn thiện quy trình số hóa hồ sơ vụ án, '.repeat(6)}`.slice(0, 299) + '.';
    expect([...longTitle]).toHaveLength(300);
    const view = buildPlanView(generatedPlanData(40, longTitle), '2021-09-01');
    const { rows } = read((await generateStatusReport(view, DEFAULT_REPORT_SETTINGS, OPTIONS)).data);
    expect(rows.find((r) => r.cells[0] === '1.1')!.cells[1]).toBe(longTitle);
  });

  it('a report date before the plan starts: nothing overdue, nothing due yet, every task not started', async () => {
    const view = viewOf(kh76Repository(), '2021-05-01');
    const { texts } = read((await generateStatusReport(view, DEFAULT_REPORT_SETTINGS, OPTIONS)).data);
    expect(texts).toContain(
      'Kế hoạch số 76/KH-BCĐ-TANDTC gồm 5 nhiệm vụ thuộc 1 nhóm. Đến ngày 1 tháng 5 năm 2021, ' +
        'số nhiệm vụ chưa bắt đầu: 4; chưa rõ thời hạn: 1.',
    );
    expect(texts).toContain('Đến ngày 1 tháng 5 năm 2021, không có nhiệm vụ nào quá hạn.');
    expect(texts).toContain(
      'Không có nhiệm vụ nào có thời hạn hoàn thành từ ngày 02/05/2021 đến ngày 31/05/2021 (30 ngày tới).',
    );
  });
});
