/** The Word status report against `docx` packing a bare table of the same rows; the timeline picture alone. */
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { formatDisplayDate } from '../../shared/dates/vietnamese-date';
import { buildPlanView } from '../../shared/plan-view/build-plan-view';
import type { PlanView } from '../../shared/plan-view/plan-view-schema';
import { DEFAULT_REPORT_SETTINGS } from '../../shared/reports/report-schemas';
import { STATUS_LABELS } from '../../shared/status/task-status';
import { generateStatusReport, generateTimelinePicture } from '../../services/reports/generate-reports';
import { createTestDatabase } from '../../services/testing/test-database';
import { generatePlan } from '../../shared/testing/generate-plan';
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
          cell(t.lead?.name ?? ''),
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
    const ours = await measure(runs, () =>
      generateStatusReport(view, DEFAULT_REPORT_SETTINGS, { horizonDays: 30, recommendations: '' }),
    );
    const bare = await measure(runs, () => bareTable(view));
    rows.push(
      row('Báo cáo tình hình .docx', size, ours, bare, {
        maxRatio: 1.5,
        ...(size === 1000 ? { maxMs: 2000 } : {}),
      }),
    );
    const picture = await measure(runs, () => generateTimelinePicture(view));
    rows.push(row('Hình tiến độ PNG', size, picture, null, size === 1000 ? { maxMs: 1000 } : {}));
  }
  return rows;
}
