/**
 * How long exports and imports take for Kế hoạch 76 and for a plan of 1,000 tasks, on the CI machine
 * (2 cores). The bounds are generous: they catch a format that has become unusable, not noise.
 */
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { type ExportFormat, exportPlan } from '../../services/interop/export-plan';
import { importPlanBytes } from '../../services/interop/import-plan-bytes';
import { importPlanText } from '../../services/import/import-plan';
import { createTestDatabase } from '../../services/testing/test-database';
import { DEFAULT_PLAN_FILE_NAME, DEFAULT_PLAN_TEXT } from '../../shared/default-plan/default-plan-text';
import { largePlanText } from './helpers/interop-fixtures';

const FORMATS: [ExportFormat, string][] = [
  ['xlsx', 'nhiem-vu.xlsx'],
  ['mspdi', 'ms-project.xml'],
  ['ics', 'lich.ics'],
  ['pdf', 'tien-do.pdf'],
];
const IMPORTABLE = new Set<ExportFormat>(['xlsx', 'mspdi']);

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, Math.round(performance.now() - started)];
}

async function measure(text: string, name: string, asOf: string, tasks: number) {
  const times: Record<string, number> = {};
  const { repository } = createTestDatabase();
  const [{ planId }, textMs] = await timed(async () => importPlanText(repository, text, name));
  times['import .txt'] = textMs;
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const docx = await Packer.toBuffer(
    new Document({ sections: [{ children: lines.map((l) => new Paragraph(l)) }] }),
  );
  const [docxSummary, docxMs] = await timed(() =>
    importPlanBytes(createTestDatabase().repository, docx, 'ke-hoach.docx'),
  );
  expect(docxSummary.taskCount).toBe(tasks);
  times['import .docx'] = docxMs;
  for (const [format, fileName] of FORMATS) {
    const [file, exportMs] = await timed(() => exportPlan(repository, { planId, asOf, format }));
    times[`export ${format}`] = exportMs;
    if (!IMPORTABLE.has(format)) continue;
    const [summary, importMs] = await timed(() =>
      importPlanBytes(createTestDatabase().repository, file.data, fileName),
    );
    expect(summary.taskCount).toBe(tasks);
    times[`import ${format}`] = importMs;
  }
  console.log(`${tasks} tasks:`, JSON.stringify(times));
  return times;
}

describe('interop timings', () => {
  it('Kế hoạch 76: each format in well under a second or two', async () => {
    const times = await measure(DEFAULT_PLAN_TEXT, DEFAULT_PLAN_FILE_NAME, '2021-07-20', 6);
    for (const ms of Object.values(times)) expect(ms).toBeLessThan(5_000);
  });

  it('a plan of 1,000 tasks: each format in seconds, not minutes', async () => {
    const times = await measure(largePlanText(1000), 'lon.txt', '2023-03-01', 1000);
    for (const ms of Object.values(times)) expect(ms).toBeLessThan(30_000);
  }, 120_000);
});
