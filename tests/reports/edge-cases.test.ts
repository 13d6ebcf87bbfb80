/** Reports on unusual plans: empty, very large, very long names, and a date before the plan starts. */
import { describe, expect, it } from 'vitest';
import { buildPlanView } from '../../shared/plan-view/build-plan-view';
import { DEFAULT_REPORT_SETTINGS } from '../../shared/reports/report-schemas';
import {
  generateMeetingPack,
  generateStatusReport,
  generateUnitReport,
} from '../../services/reports/generate-reports';
import { OVERVIEW_MAX_ROWS, figureRows } from '../../services/reports/timeline-figure';
import { daysBetween } from '../../shared/dates/iso-date';
import type { TaskView } from '../../shared/plan-view/plan-view-schema';
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

  it('a 1,000-task plan: every task in the table, one picture of the tasks that matter, and which they are', async () => {
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
    // One picture, not one per 20 rows.
    expect(docx.names.filter((n) => /^word\/media\/.+\.png$/.test(n))).toHaveLength(1);
    expect(docx.xml('word/document.xml').match(/<w:drawing>/g)).toHaveLength(1);
    expect(texts).toContain('Hình 1. Tiến độ thực hiện Kế hoạch số 99/KH-TEST đến ngày 30 tháng 6 năm 2022');
    expect(texts.some((t) => t.includes('(phần'))).toBe(false);
    const overdue = view.tasks.filter((t) => t.childIds.length === 0 && t.status === 'overdue').length;
    expect(overdue).toBeGreaterThan(OVERVIEW_MAX_ROWS);
    expect(
      texts.find((t) => t.includes('Hình 1 chỉ thể hiện')),
      'the body says what the picture shows',
    ).toContain(
      `Do kế hoạch có 950 nhiệm vụ, Hình 1 chỉ thể hiện các nhiệm vụ cần chú ý: ${OVERVIEW_MAX_ROWS} nhiệm vụ quá hạn (trong tổng số`,
    );
    expect(texts).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^Đến ngày 30 tháng 6 năm 2022, có ${overdue} nhiệm vụ quá hạn chưa hoàn thành, thuộc 12 đơn vị chủ trì`,
        ),
      ),
    );
    expect(elapsed).toBeLessThan(30_000);
  });

  it('draws every row of a small plan; of a larger one the overdue (longest late first), at-risk and due tasks', () => {
    const small = buildPlanView(generatedPlanData(OVERVIEW_MAX_ROWS), '2022-06-30');
    expect(figureRows(small, 30)).toMatchObject({ kind: 'all', view: small });

    const large = buildPlanView(generatedPlanData(1000), '2022-06-30');
    const rows = figureRows(large, 30);
    expect(rows.kind).toBe('selected');
    expect(rows.view.tasks).toHaveLength(OVERVIEW_MAX_ROWS);
    // The most days late of all overdue tasks are among those drawn, each on its own row.
    const late = (t: TaskView) => daysBetween(t.deadline!, large.asOf);
    const overdue = large.tasks
      .filter((t) => t.childIds.length === 0 && t.status === 'overdue')
      .sort((a, b) => late(b) - late(a));
    expect(new Set(rows.view.tasks.map((t) => t.id))).toEqual(
      new Set(overdue.slice(0, OVERVIEW_MAX_ROWS).map((t) => t.id)),
    );
    expect(rows.view.tasks.every((t) => t.depth === 0 && t.childIds.length === 0)).toBe(true);

    // Nothing overdue, at risk or due: the top-level items.
    const early = buildPlanView(generatedPlanData(1000), '2021-06-01');
    expect(figureRows(early, 1)).toMatchObject({ kind: 'top-level' });
  });

  it('a 300-character task name is kept whole in the table and the text', async () => {
    const longTitle =
      `Nghiên cứu, ${'xây dựng và hoàn thiện quy trình số hóa hồ sơ vụ án, '.repeat(6)}`.slice(0, 299) + '.';
    expect([...longTitle]).toHaveLength(300);
    const view = buildPlanView(generatedPlanData(40, longTitle), '2021-09-01');
    const { rows } = read((await generateStatusReport(view, DEFAULT_REPORT_SETTINGS, OPTIONS)).data);
    expect(rows.find((r) => r.cells[0] === '1.1')!.cells[1]).toBe(longTitle);
  });

  it('a report date before the plan was issued is refused, naming the first day that can be chosen', async () => {
    const view = viewOf(kh76Repository(), '2021-05-01');
    await expect(generateStatusReport(view, DEFAULT_REPORT_SETTINGS, OPTIONS)).rejects.toThrow(
      'Ngày báo cáo 01/05/2021 trước ngày ban hành Kế hoạch số 76/KH-BCĐ-TANDTC (10/06/2021): ' +
        'chưa có tình hình thực hiện để báo cáo. Hãy chọn từ ngày 10/06/2021 trở đi.',
    );
    await expect(generateUnitReport(view, DEFAULT_REPORT_SETTINGS, null)).rejects.toThrow(
      /^Ngày lập danh sách 01\/05\/2021 trước/,
    );
  });
});
