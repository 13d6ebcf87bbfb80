/** The register of outgoing documents: series per type and year, numbers never shared, corrections, export. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { documentNumberText, formatDocumentNumber } from '../../shared/documents/document-numbers';
import { createDocumentRegister, reserveDocumentNumber } from '../../services/documents/document-register';
import { registerWorkbook } from '../../services/documents/register-workbook';
import { createTestDatabase } from '../../services/testing/test-database';

const registerOf = () => {
  const { repository } = createTestDatabase();
  return { db: repository.database, register: createDocumentRegister(repository.database) };
};

describe('document numbers', () => {
  it('pad numbers below 10 and put the type before the body’s symbol, except for an official letter', () => {
    expect(formatDocumentNumber(5)).toBe('05');
    expect(formatDocumentNumber(10)).toBe('10');
    expect(documentNumberText(5, 'BC', 'BCĐ')).toBe('05/BC-BCĐ');
    expect(documentNumberText(7, 'TB', 'TGV')).toBe('07/TB-TGV');
    expect(documentNumberText(12, 'CV', 'TGV')).toBe('12/TGV');
    expect(documentNumberText(null, 'BC', 'TGV')).toBe('\u00a0'.repeat(8) + '/BC-TGV');
  });
});

describe('the register', () => {
  it('keeps one series per type and per year', () => {
    const { register } = registerOf();
    expect(register.propose('BC', '2021-07-20', 'TGV')).toEqual({
      kind: 'BC',
      year: 2021,
      seq: 1,
      numberText: '01/BC-TGV',
    });
    const first = register.reserve({
      kind: 'BC',
      issuedOn: '2021-07-20',
      bodySymbol: 'TGV',
      subject: 'Báo cáo tháng 7',
    });
    const second = register.reserve({
      kind: 'BC',
      issuedOn: '2021-08-20',
      bodySymbol: 'TGV',
      subject: 'Báo cáo tháng 8',
    });
    const letter = register.reserve({
      kind: 'CV',
      issuedOn: '2021-08-21',
      bodySymbol: 'TGV',
      subject: 'V/v đôn đốc',
    });
    const nextYear = register.reserve({
      kind: 'BC',
      issuedOn: '2022-01-05',
      bodySymbol: 'TGV',
      subject: 'Báo cáo năm',
    });
    expect([first.numberText, second.numberText, letter.numberText, nextYear.numberText]).toEqual([
      '01/BC-TGV',
      '02/BC-TGV',
      '01/TGV',
      '01/BC-TGV',
    ]);
    expect(register.list(2021).map((e) => e.numberText)).toEqual(['01/TGV', '02/BC-TGV', '01/BC-TGV']);
    expect(register.list(null)).toHaveLength(4);
  });

  it('takes a number the user chose, continues after it, and refuses one already given', () => {
    const { register, db } = registerOf();
    register.reserve({ kind: 'BC', issuedOn: '2021-07-20', bodySymbol: 'TGV', subject: 'Báo cáo', seq: 14 });
    expect(register.propose('BC', '2021-09-01', 'TGV').numberText).toBe('15/BC-TGV');
    expect(() =>
      register.reserve({ kind: 'BC', issuedOn: '2021-10-01', bodySymbol: 'TGV', subject: 'Khác', seq: 14 }),
    ).toThrow('Số 14/BC-TGV năm 2021 đã cấp cho báo cáo “Báo cáo” ngày 20/07/2021. Hãy chọn số khác.');
    // A notice from another generator takes its own series.
    expect(
      reserveDocumentNumber(db, {
        kind: 'TB',
        issuedOn: '2021-10-01',
        bodySymbol: 'TGV',
        subject: 'Kết luận',
      }).numberText,
    ).toBe('01/TB-TGV');
  });

  it('lets a line be corrected or removed, never onto another document’s number', () => {
    const { register } = registerOf();
    const a = register.reserve({ kind: 'BC', issuedOn: '2021-07-20', bodySymbol: 'TGV', subject: 'A' });
    register.reserve({ kind: 'BC', issuedOn: '2021-07-21', bodySymbol: 'TGV', subject: 'B' });
    expect(() =>
      register.update({ id: a.id, seq: 2, issuedOn: '2021-07-20', subject: 'A', fileName: '' }),
    ).toThrow(/đã cấp cho báo cáo “B”/);
    expect(
      register.update({ id: a.id, seq: 5, issuedOn: '2021-07-22', subject: 'A sửa', fileName: 'a.docx' }),
    ).toMatchObject({
      numberText: '05/BC-TGV',
      issuedOn: '2021-07-22',
      subject: 'A sửa',
      fileName: 'a.docx',
    });
    register.remove(a.id);
    expect(register.list(null).map((e) => e.subject)).toEqual(['B']);
    expect(() => register.remove(a.id)).toThrow(/Không có văn bản/);
  });

  it('exports as a sheet with one row per document', async () => {
    const { register } = registerOf();
    register.reserve({
      kind: 'CV',
      issuedOn: '2021-07-20',
      bodySymbol: 'TGV',
      subject: 'V/v danh sách',
      fileName: 'cv.docx',
    });
    const workbook = new ExcelJS.Workbook();
    const data = await registerWorkbook(register.list(2021), 'SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2021');
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      'STT',
      'Số, ký hiệu',
      'Ngày văn bản',
      'Loại văn bản',
      'Trích yếu nội dung',
      'Tệp',
    ]);
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      1,
      '01/TGV',
      '20/07/2021',
      'Công văn',
      'V/v danh sách',
      'cv.docx',
    ]);
  });
});
