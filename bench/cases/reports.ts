/** The Word status report against `docx` packing a bare table of the same rows; the timeline picture alone. */
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { formatDisplayDate } from '../../shared/dates/vietnamese-date';
import { buildPlanView } from '../../shared/plan-view/build-plan-view';
import type { PlanView } from '../../shared/plan-view/plan-view-schema';
import { DEFAULT_REPORT_SETTINGS } from '../../shared/reports/report-schemas';
import { STATUS_LABELS } from '../../shared/status/task-status';
import {
  generateStatusReport,
  generateTimelinePicture,
  packStatusReport,
} from '../../services/reports/generate-reports';
import { renderTimelineOverview } from '../../services/reports/timeline-figure';
import { createTestDatabase } from '../../services/testing/test-database';
import { generatePlan } from '../../shared/testing/generate-plan';
import { leadsText } from '../../shared/units/lead-units';
import { measure, row, type BenchRow } from '../measure';

function viewOf(size: number): PlanView {
  const { repository } = createTestDatabase();
  const { planId } = repository.importDocument(generatePlan(size), { name: 'bench.txt', text: '' });
  return buildPlanView(repository.loadPlanData(planId)!, '2023-01-01');
}

function bareTable(view: PlanView): Promise<Buffer> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const rows = view.tasks.map(
    (t) =>
      new TableRow({
        children: [
          cell(t.wbs),
          cell(t.title),
          cell(leadsText(t.leads)),
          cell(t.supports.map((u) => u.name).join('; ')),
          cell(t.deadline ? formatDisplayDate(t.deadline) : ''),
          cell(`${t.progress}%`),
          cell(STATUS_LABELS[t.status]),
        ],
      }),
  );
  return Packer.toBuffer(new Document({ sections: [{ children: [new Table({ rows })] }] }));
}

export async function reportCases(sizes: number[]): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const size of sizes) {
    const view = viewOf(size);
    const runs = size >= 1000 ? 3 : 5;
    const options = { horizonDays: 30, recommendations: '' };
    // Hình 1 is a 300 dpi picture of at most OVERVIEW_MAX_ROWS rows: a cost that does not grow with
    // the plan, measured on its own; the document around it is weighed against docx's bare table.
    const figure = renderTimelineOverview(view, options.horizonDays);
    const text = await measure(runs, () => packStatusReport(view, DEFAULT_REPORT_SETTINGS, options, figure));
    const bare = await measure(runs, () => bareTable(view));
    rows.push(row('Báo cáo tình hình .docx (không kể Hình 1)', size, text, bare, { maxRatio: 1.5 }));
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
