/** The Word status report against `docx` writing the same text plainly; the timeline picture alone. */
import { buildPlanView } from '../../shared/plan-view/build-plan-view';
import type { PlanView } from '../../shared/plan-view/plan-view-schema';
import { DEFAULT_REPORT_SETTINGS } from '../../shared/reports/report-schemas';
import {
  generateStatusReport,
  generateTimelinePicture,
  packStatusReport,
} from '../../services/reports/generate-reports';
import { resultTableContent } from '../../services/reports/status-report';
import { renderTimelineOverview } from '../../services/reports/timeline-figure';
import { createTestDatabase } from '../../services/testing/test-database';
import { generatePlan } from '../../shared/testing/generate-plan';
import { measure, measureInTurns, row, type BenchRow } from '../measure';
import { packPlainReport, reportParagraphs } from './plain-docx-report';

function viewOf(size: number): PlanView {
  const { repository } = createTestDatabase();
  const { planId } = repository.importDocument(generatePlan(size), { name: 'bench.txt', text: '' });
  return buildPlanView(repository.loadPlanData(planId)!, '2023-01-01');
}

export async function reportCases(sizes: number[]): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const size of sizes) {
    const view = viewOf(size);
    const runs = size >= 1000 ? 3 : 5;
    const options = { horizonDays: 30, recommendations: '' };
    // Hình 1 is a 300 dpi picture of at most OVERVIEW_MAX_ROWS rows: a cost that does not grow with
    // the plan, measured on its own; both documents below place the same picture, drawn beforehand.
    // The baseline is docx writing the same text with its plain objects (see plain-docx-report).
    // The bare table of seven short fields per task that this row once had held neither the text
    // of Bảng 1's cells (status, results, difficulties) nor the body, letterhead and signature: it
    // wrote a quarter of the report's XML, and it left the picture out while the report carried it.
    const figure = renderTimelineOverview(view, options.horizonDays);
    const report = () => packStatusReport(view, DEFAULT_REPORT_SETTINGS, options, figure);
    const plain = {
      paragraphs: reportParagraphs((await report()).data),
      ...resultTableContent(view),
      figure,
    };
    const timed = await measureInTurns(size >= 1000 ? 5 : 9, report, () => packPlainReport(plain));
    rows.push(
      row(
        'Báo cáo tình hình .docx (Hình 1 vẽ sẵn), so với docx viết cùng nội dung',
        size,
        timed.ours,
        timed.baseline,
        { maxRatio: 1.5 },
      ),
    );
    const drawn = await measure(runs, () =>
      Promise.resolve(renderTimelineOverview(view, options.horizonDays)),
    );
    rows.push(row('Hình 1 của báo cáo (300 dpi)', size, drawn, null, { maxMs: 500 }));
    const whole = await measure(runs, () => generateStatusReport(view, DEFAULT_REPORT_SETTINGS, options));
    rows.push(
      row('Báo cáo tình hình .docx (cả Hình 1)', size, whole, null, size === 1000 ? { maxMs: 1000 } : {}),
    );
    const picture = await measure(runs, () => generateTimelinePicture(view));
    rows.push(row('Hình tiến độ PNG', size, picture, null, size === 1000 ? { maxMs: 1000 } : {}));
  }
  return rows;
}
