/**
 * The status report on a plan a "sửa đổi, bổ sung" has updated: a reworded deadline is the plan's
 * date (its wording and the last day it means agree), and a dropped task keeps its row in Bảng 1,
 * saying it was dropped and what had been done, while it is left out of every count and list.
 */
import { describe, expect, it } from 'vitest';
import { loadPlanView } from '../../services/interop/export-plan';
import { generateMeetingPack, generateStatusReport } from '../../services/reports/generate-reports';
import { createPlanAmendmentStore } from '../../services/storage/plan-amendment-store';
import { createTestDatabase } from '../../services/testing/test-database';
import { PLAN_V1, PLAN_V2_AMENDMENT } from '../../shared/plan-amendment/amendment-test-documents';
import { parseOk } from '../../shared/plan-document/test-documents';
import { DEFAULT_REPORT_SETTINGS } from '../../shared/reports/report-schemas';
import { openDocx, paragraphTexts, tableRows } from './docx-xml';

function amendedView() {
  const { db, repository } = createTestDatabase();
  const { planId } = repository.importDocument(parseOk(PLAN_V1), { name: 'kh-12.txt', text: PLAN_V1 });
  const dropped = db
    .prepare("SELECT id FROM tasks WHERE plan_id = ? AND wbs = '1.3'")
    .pluck()
    .get(planId) as number;
  repository.addProgressUpdate({
    taskId: dropped,
    reportedOn: '2024-05-21',
    percent: 10,
    achieved: 'Đã liên hệ chuyên gia',
    difficulties: null,
    enteredBy: null,
  });
  createPlanAmendmentStore(db, () => new Date('2024-07-01T08:00:00Z')).apply(
    planId,
    parseOk(PLAN_V2_AMENDMENT),
    { name: 'kh-30.txt', text: PLAN_V2_AMENDMENT },
    { sameCode: false },
  );
  return loadPlanView(repository, planId, '2024-12-31');
}

async function amendedReport() {
  const file = await generateStatusReport(amendedView(), DEFAULT_REPORT_SETTINGS, {
    horizonDays: 30,
    recommendations: '',
  });
  const body = openDocx(file.data).xml('word/document.xml');
  return { texts: paragraphTexts(body).join('\n'), rows: tableRows(body).map((r) => r.cells) };
}

describe('a status report on an amended plan', () => {
  it('gives a reworded deadline with the day it means, and counts only the tasks in force', async () => {
    const { texts } = await amendedReport();
    expect(texts).toContain('thời hạn Tháng 12/2024 (hạn cuối ngày 31 tháng 12 năm 2024)');
    expect(texts).not.toContain('hạn cuối ngày 30 tháng 9 năm 2024), điều chỉnh');
    expect(texts).toContain('gồm 6 nhiệm vụ');
    expect(texts).toContain(
      'Kế hoạch số 12/KH-TANDTC đã được sửa đổi, bổ sung theo Kế hoạch số 30/KH-TANDTC ngày 20 tháng 6 năm 2024; ' +
        'số liệu trong báo cáo này theo kế hoạch đã sửa đổi, bổ sung, không tính 1 nhiệm vụ đã bỏ khỏi kế hoạch (ghi tại Phụ lục I).',
    );
    // Not among the overdue or at-risk tasks of the body, which quote each title.
    expect(texts).not.toContain('“Tổ chức hội thảo lấy ý kiến chuyên gia quốc tế”');
  });

  it('keeps the dropped task in Bảng 1 as a row that says so, with what had been done', async () => {
    const { rows } = await amendedReport();
    const row = rows.find((cells) => cells[0] === '(1.3)');
    expect(row).toBeDefined();
    expect(row![1]).toBe('Tổ chức hội thảo lấy ý kiến chuyên gia quốc tế');
    expect(row!.join(' ')).toContain('Đã bỏ khỏi kế hoạch từ ngày 20/06/2024, 10%');
    expect(row!.join(' ')).toContain('Đã liên hệ chuyên gia');
  });

  it('names the amending document in the meeting pack too, which has no table of dropped tasks', async () => {
    const file = await generateMeetingPack(amendedView(), DEFAULT_REPORT_SETTINGS, {
      nextMeetingOn: null,
      agenda: [],
    });
    const texts = paragraphTexts(openDocx(file.data).xml('word/document.xml')).join('\n');
    expect(texts).toContain(
      'đã được sửa đổi, bổ sung theo Kế hoạch số 30/KH-TANDTC ngày 20 tháng 6 năm 2024; ' +
        'số liệu trong báo cáo này theo kế hoạch đã sửa đổi, bổ sung, không tính 1 nhiệm vụ đã bỏ khỏi kế hoạch.',
    );
  });
});
