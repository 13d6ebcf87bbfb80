/** A plan sent as PDF: its text layer read and parsed like any text; a scan refused with a reason. */
import fs from 'node:fs';
import { PDFDocument, rgb } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { importPlanBytes, parsePlanBytes } from '../../services/interop/import-plan-bytes';
import { createTestDatabase } from '../../services/testing/test-database';
import { parsePlanDocument } from '../../shared/plan-document/parse-plan-document';

// Written as a plan would be, converted to PDF by LibreOffice (a text layer, as Word's "Save as PDF" gives).
const PLAN_PDF = fs.readFileSync(new URL('./fixtures/ke-hoach-so-hoa.pdf', import.meta.url));

describe('importing a PDF', () => {
  it('reads the text layer and parses it like a text plan', async () => {
    const parsed = await parsePlanBytes(PLAN_PDF, 'ke-hoach-so-hoa.pdf');
    // The text layer is kept as the plan's source text, and parsed like a text plan.
    const outcome = parsePlanDocument(parsed.sourceText);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.document).toEqual(parsed.document);
    const { header, items, units } = parsed.document;
    expect(header).toMatchObject({ code: '45/KH-TANDTC', documentType: 'Kế hoạch', issuedOn: '2024-05-15' });
    const name = (key: string | null) => units.find((u) => u.key === key)?.name ?? null;
    expect(items.map((i) => [i.wbs, i.title, name(i.leadKeys[0] ?? null), i.deadline?.wording])).toEqual([
      ['1', 'Xây dựng phần mềm quản lý hồ sơ số hóa', 'Cục Công nghệ thông tin', 'Tháng 3 - tháng 6/2024'],
      [
        '2',
        'Tổ chức tập huấn nghiệp vụ số hóa cho Thư ký Tòa án',
        'Học viện Tòa án',
        'Hoàn thành trong quý III/2024',
      ],
      [
        '3',
        'Số hóa hồ sơ các vụ án đã giải quyết từ năm 2020',
        'Tòa án nhân dân các tỉnh, thành phố trực thuộc trung ương',
        'Hoàn thành trước ngày 31/12/2025',
      ],
      ['4', 'Theo dõi, đôn đốc, báo cáo Chánh án kết quả thực hiện Kế hoạch', 'Văn phòng', 'Hằng quý'],
    ]);
    expect(outcome.document.warnings).toEqual([]);
  });

  it('imports it in one go through the same entry as other files', async () => {
    const { db, repository } = createTestDatabase();
    const summary = await importPlanBytes(repository, PLAN_PDF, 'ke-hoach-so-hoa.pdf');
    expect(summary).toMatchObject({ code: '45/KH-TANDTC', taskCount: 4, warningCount: 0 });
    expect(db.prepare('SELECT source_name FROM plans').pluck().get()).toBe('ke-hoach-so-hoa.pdf');
  });

  it('refuses a scanned PDF (pages without text), saying why and what to do, and writes nothing', async () => {
    const scan = await PDFDocument.create();
    for (let i = 0; i < 2; i++) {
      const page = scan.addPage([595, 842]);
      page.drawRectangle({ x: 50, y: 50, width: 495, height: 742, color: rgb(0.9, 0.9, 0.9) });
    }
    const { db, repository } = createTestDatabase();
    await expect(importPlanBytes(repository, await scan.save(), 'ban-quet.pdf')).rejects.toThrow(
      'Tệp PDF “ban-quet.pdf” không có lớp chữ (có lẽ là bản quét)',
    );
    expect(db.prepare('SELECT COUNT(*) FROM plans').pluck().get()).toBe(0);
  });

  it('refuses a file named .pdf that is not one', async () => {
    await expect(parsePlanBytes(Buffer.from('Không phải PDF'), 'gia.pdf')).rejects.toThrow(
      'Không đọc được tệp PDF “gia.pdf”: tệp hỏng hoặc không phải PDF.',
    );
  });
});
