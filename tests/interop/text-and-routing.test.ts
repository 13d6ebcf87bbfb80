/** Routing by file type, and the text form through the same entry: accepted, or refused leaving no trace. */
import { describe, expect, it } from 'vitest';
import { importFormatOf, importPlanBytes } from '../../services/interop/import-plan-bytes';
import { createTestDatabase } from '../../services/testing/test-database';
import { DEFAULT_PLAN_TEXT } from '../../shared/default-plan/default-plan-text';
import { NOW, databaseWithPlan76, dumpDatabase, planSnapshot } from './helpers/interop-fixtures';

describe('choosing how to read a file', () => {
  it.each([
    ['ke-hoach.TXT', 'text'],
    ['Kế hoạch 76.docx', 'docx'],
    ['nhiem-vu.xlsx', 'xlsx'],
    ['du-an.XML', 'mspdi'],
  ] as const)('reads %s as %s', (name, format) => {
    expect(importFormatOf(name)).toBe(format);
  });

  it.each([
    [
      'ke-hoach.doc',
      'Chưa đọc được tệp Word 97-2003 (.doc): hãy mở bằng Word và lưu lại dạng .docx, rồi nhập lại.',
    ],
    [
      'du-an.mpp',
      'Chưa đọc được tệp MS Project (.mpp): hãy mở bằng MS Project, chọn Lưu thành (Save As) → “XML Format (*.xml)”, rồi nhập lại.',
    ],
    [
      'anh.png',
      'Không nhập được tệp “anh.png”: chỉ nhận văn bản .txt, Word .docx, PDF có lớp chữ .pdf, Excel .xlsx hoặc MS Project .xml.',
    ],
  ])('says what to do with %s', (name, message) => {
    expect(() => importFormatOf(name)).toThrow(message);
  });
});

describe('a text plan through the same entry', () => {
  it('imports Kế hoạch 76 as the text importer does', async () => {
    const { repository } = createTestDatabase();
    const summary = await importPlanBytes(repository, Buffer.from(DEFAULT_PLAN_TEXT), 'kh76.txt', {
      now: NOW,
    });
    const reference = databaseWithPlan76();
    expect(planSnapshot(repository, summary.planId)).toEqual(
      planSnapshot(reference.repository, reference.planId),
    );
  });

  it.each([
    ['an empty file', new Uint8Array(), 'Tệp “x.txt” rỗng'],
    [
      'text in Windows-1258',
      new Uint8Array([0x4b, 0xea, 0xd2, 0x20, 0x68, 0x6f, 0xb5, 0x63, 0x68]),
      'không được mã hóa UTF-8',
    ],
    [
      'a letter, not a plan',
      Buffer.from('Kính gửi: các đơn vị.\nĐề nghị báo cáo.'),
      'Không tìm thấy nhiệm vụ nào trong văn bản',
    ],
    ['a file over 20 MB', new Uint8Array(20 * 1024 * 1024 + 1), 'quá lớn (20,0 MB)'],
  ])('refuses %s and leaves every table as it was', async (_case, bytes, message) => {
    const { db, repository } = databaseWithPlan76();
    const before = dumpDatabase(db);
    await expect(importPlanBytes(repository, bytes, 'x.txt')).rejects.toThrow(message);
    expect(dumpDatabase(db)).toEqual(before);
  });
});
