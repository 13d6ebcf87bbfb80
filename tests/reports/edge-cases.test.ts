/** Reports on unusual plans: empty, very large, very long names, and a date before the plan starts. */
import { describe, expect, it } from 'vitest';
import { buildPlanView } from '../../shared/plan-view/build-plan-view';
import { DEFAULT_REPORT_SETTINGS } from '../../shared/reports/report-schemas';
import {
  generateMeetingPack,
  generateStatusReport,
  generateUnitReport,
} from '../../services/reports/generate-reports';
import { TIMELINE_ROWS_PER_PAGE } from '../../services/reports/timeline-figure';
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

  it('a 1,000-task plan: every task in the table, the timeline over as many legible pages as it needs', async () => {
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
    expect(docx.names.filter((n) => /^word\/media\/.+\.png$/.test(n))).toHaveLength(
      1000 / TIMELINE_ROWS_PER_PAGE,
    );
    expect(texts).toContain(
      'Hình 1. Tiến độ thực hiện Kế hoạch số 99/KH-TEST đến ngày 30/06/2022 (phần 50/50)',
    );
    const overdue = view.tasks.filter((t) => t.childIds.length === 0 && t.status === 'overdue').length;
    expect(overdue).toBeGreaterThan(0);
    expect(texts).toContain(`Đến ngày 30 tháng 6 năm 2022, có ${overdue} nhiệm vụ quá hạn chưa hoàn thành:`);
    expect(elapsed).toBeLessThan(30_000);
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
