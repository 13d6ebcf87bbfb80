/** The timeline as a landscape PDF built from the report's timeline picture. */
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { exportPlan } from '../../services/interop/export-plan';
import { importPlanText } from '../../services/import/import-plan';
import { createTestDatabase } from '../../services/testing/test-database';
import { AS_OF, NOW, databaseWithPlan76, largePlanText } from './helpers/interop-fixtures';

async function readPdf(data: Buffer) {
  const pdf = await PDFDocument.load(data);
  const images = pdf.context
    .enumerateIndirectObjects()
    .filter(
      ([, object]) =>
        object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'),
    );
  return { pdf, pages: pdf.getPages().map((p) => p.getSize()), imageCount: images.length };
}

describe('the timeline as a PDF', () => {
  it('puts Kế hoạch 76 on one landscape A4 page, as a picture, with a Vietnamese title', async () => {
    const { repository, planId } = databaseWithPlan76();
    const file = await exportPlan(repository, { planId, asOf: AS_OF, format: 'pdf' }, NOW);
    expect(file.fileName).toBe('tien-do-76-kh-bcd-tandtc-2021-07-20-a4.pdf');
    expect(file.data.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { pdf, pages, imageCount } = await readPdf(file.data);
    expect(pages).toEqual([{ width: 841.89, height: 595.28 }]);
    expect(imageCount).toBe(1);
    expect(pdf.getTitle()).toBe('Kế hoạch số 76/KH-BCĐ-TANDTC — tiến độ đến ngày 20/07/2021');
  });

  it('splits a long plan into A3 landscape pages of legible rows', async () => {
    const { repository } = createTestDatabase();
    const { planId } = importPlanText(repository, largePlanText(100), 'lon.txt');
    const file = await exportPlan(
      repository,
      { planId, asOf: '2023-03-01', format: 'pdf', paper: 'A3' },
      NOW,
    );
    const { pages, imageCount } = await readPdf(file.data);
    // 100 tasks, 34 rows a page.
    expect(pages).toHaveLength(3);
    expect(pages[0]).toEqual({ width: 1190.55, height: 841.89 });
    expect(imageCount).toBe(3);
  });
});
