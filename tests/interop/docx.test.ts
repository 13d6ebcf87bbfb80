/** Word plans: numbered paragraphs and tables, built with the docx library, and the files refused. */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importPlanBytes } from '../../services/interop/import-plan-bytes';
import { createTestDatabase } from '../../services/testing/test-database';
import { DEFAULT_PLAN_TEXT } from '../../shared/default-plan/default-plan-text';
import { NOW, databaseWithPlan76, dumpDatabase, planSnapshot } from './helpers/interop-fixtures';

type Cell = string | string[] | { text: string | string[]; columnSpan?: number; rowSpan?: number };

const paragraph = (text: string) => new Paragraph({ children: [new TextRun(text)] });

function table(rows: Cell[][]): Table {
  return new Table({
    rows: rows.map(
      (cells) =>
        new TableRow({
          children: cells.map((cell) => {
            const spec = typeof cell === 'string' || Array.isArray(cell) ? { text: cell } : cell;
            const lines = Array.isArray(spec.text) ? spec.text : [spec.text];
            return new TableCell({
              children: lines.map(paragraph),
              columnSpan: 'columnSpan' in spec ? spec.columnSpan : undefined,
              rowSpan: 'rowSpan' in spec ? spec.rowSpan : undefined,
            });
          }),
        }),
    ),
  });
}

async function docx(children: (Paragraph | Table)[]): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/** The letterhead of an administrative document, set out in a borderless two-column table as usual. */
const letterhead = (code: string, placeDate: string) =>
  table([
    [
      ['TÒA ÁN NHÂN DÂN TỐI CAO', 'BAN CHỈ ĐẠO', `Số: ${code}`],
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', placeDate],
    ],
  ]);

describe('importing a Word plan written as numbered paragraphs', () => {
  it('reads Kế hoạch 76 from a .docx exactly as from its text', async () => {
    const body = DEFAULT_PLAN_TEXT.split('\n')
      .filter((line) => line.trim() !== '')
      .filter((line) => !line.startsWith('Số:') && !line.startsWith('Hà Nội, ngày'));
    const bytes = await docx([
      letterhead('76/KH-BCĐ-TANDTC', 'Hà Nội, ngày 10 tháng 6 năm 2021'),
      ...body.map(paragraph),
    ]);
    const fromWord = createTestDatabase();
    const summary = await importPlanBytes(fromWord.repository, bytes, 'ke-hoach-76.docx', { now: NOW });
    expect(summary).toMatchObject({ code: '76/KH-BCĐ-TANDTC', taskCount: 6, unitCount: 5, warningCount: 2 });
    const fromText = databaseWithPlan76();
    expect(planSnapshot(fromWord.repository, summary.planId)).toEqual(
      planSnapshot(fromText.repository, fromText.planId),
    );
    const plan = fromWord.repository.loadPlanData(summary.planId)!;
    expect(plan.plan).toMatchObject({
      place: 'Hà Nội',
      issuedOn: '2021-06-10',
      sourceName: 'ke-hoach-76.docx',
    });
    // Warnings point at lines of the text kept as the plan's source.
    const source = fromWord.db.prepare('SELECT source_text FROM plans').pluck().get() as string;
    const line = plan.warnings[0]!.line;
    expect(source.split('\n')[line - 1]).toMatch(/^1\.5\. Tổ chức họp Ban Chỉ đạo/);
  });

  it('reads a Chỉ thị whose tasks are assignment sentences under lettered points', async () => {
    const bytes = await docx([
      letterhead('03/CT-TANDTC', 'Hà Nội, ngày 15 tháng 01 năm 2024'),
      ...[
        'CHỈ THỊ',
        'Về tăng cường ứng dụng công nghệ thông tin trong xét xử',
        'II. NHIỆM VỤ',
        '1. Về hạ tầng',
        'a) Giao Cục Công nghệ thông tin chủ trì, phối hợp với Cục Kế hoạch - Tài chính nâng cấp đường truyền tới các Tòa án cấp tỉnh; hoàn thành trong quý II/2024.',
        'b) Văn phòng Tòa án nhân dân tối cao chủ trì theo dõi việc thực hiện, báo cáo Chánh án hằng quý.',
      ].map(paragraph),
    ]);
    const { repository } = createTestDatabase();
    const summary = await importPlanBytes(repository, bytes, 'chi-thi-03.docx', { now: NOW });
    expect(summary).toMatchObject({ code: '03/CT-TANDTC', taskCount: 3, warningCount: 0 });
    const plan = repository.loadPlanData(summary.planId)!;
    expect(plan.plan).toMatchObject({ documentType: 'Chỉ thị' });
    expect(plan.tasks.map((t) => [t.wbs, t.title, t.deadlineText, t.deadline])).toEqual([
      ['1', 'Về hạ tầng', null, null],
      ['1.a', 'Nâng cấp đường truyền tới các Tòa án cấp tỉnh', 'Hoàn thành trong quý II/2024', '2024-06-30'],
      ['1.b', 'Theo dõi việc thực hiện, báo cáo Chánh án', 'Hằng quý', null],
    ]);
  });
});

describe('importing a Word plan written as a table', () => {
  const header = [
    'TT',
    'Nội dung công việc',
    'Cơ quan chủ trì',
    'Đơn vị phối hợp',
    'Thời hạn hoàn thành',
    'Sản phẩm',
  ];
  const planTable = () =>
    table([
      header,
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
      ['I', { text: 'NGHIÊN CỨU, KHẢO SÁT', columnSpan: 5 }],
      [
        '1',
        'Khảo sát thực trạng ứng dụng công nghệ thông tin',
        'Vụ Tổng hợp Tòa án nhân dân tối cao',
        'Các đơn vị có liên quan',
        'Trước ngày 15/7/2021',
        'Báo cáo khảo sát',
      ],
      [
        '2',
        ['Nghiên cứu quy định pháp luật', 'Tập trung vào tố tụng trực tuyến.'],
        { text: 'Vụ Pháp chế và Quản lý khoa học', rowSpan: 2 },
        ['Vụ Tổng hợp,', 'Văn phòng Tòa án nhân dân tối cao'],
        'Quý III/2021',
        ['Báo cáo đánh giá', 'Dự thảo kiến nghị'],
      ],
      ['a)', 'Tổng hợp ý kiến các đơn vị', '', 'Tháng 8 năm 2021', 'Bảng tổng hợp'],
      ['II', { text: 'TỔ CHỨC THỰC HIỆN', columnSpan: 5 }],
      [
        '1',
        'Tổ chức họp Ban Chỉ đạo cho ý kiến',
        'Tổ giúp việc',
        '',
        'Sau khi có ý kiến của Ban Chỉ đạo',
        'Biên bản họp',
      ],
      ['-', 'Gửi tài liệu họp', 'Văn phòng', '', 'Tháng 9/2021', 'Công văn'],
    ]);

  it('reads groups, numbers, letters and dashes into WBS codes, merged cells and warnings', async () => {
    const bytes = await docx([
      letterhead('12/KH-TA', 'Hà Nội, ngày 05 tháng 7 năm 2021'),
      paragraph('KẾ HOẠCH'),
      paragraph('Triển khai nghiên cứu Tòa án điện tử'),
      planTable(),
      paragraph('Nơi nhận:'),
    ]);
    const { db, repository } = createTestDatabase();
    const summary = await importPlanBytes(repository, bytes, 'bang.docx', { now: NOW });
    expect(summary).toMatchObject({ code: '12/KH-TA', taskCount: 7 });
    const snapshot = planSnapshot(repository, summary.planId);
    expect(snapshot.plan).toEqual({
      code: '12/KH-TA',
      documentType: 'Kế hoạch',
      title: 'Triển khai nghiên cứu Tòa án điện tử',
      issuedOn: '2021-07-05',
    });
    expect(snapshot.tasks.map((t) => [t.wbs, t.parent, t.kind, t.title, t.deadline, t.units])).toEqual([
      ['I', null, 'task', 'NGHIÊN CỨU, KHẢO SÁT', null, []],
      [
        'I.1',
        'I',
        'task',
        'Khảo sát thực trạng ứng dụng công nghệ thông tin',
        '2021-07-14',
        ['lead:Vụ Tổng hợp', 'support:Các đơn vị có liên quan'],
      ],
      [
        'I.2',
        'I',
        'task',
        'Nghiên cứu quy định pháp luật',
        '2021-09-30',
        ['lead:Vụ Pháp chế và Quản lý khoa học', 'support:Văn phòng', 'support:Vụ Tổng hợp'],
      ],
      // Merged down: the same lead unit for the sub-task.
      [
        'I.2.a',
        'I.2',
        'task',
        'Tổng hợp ý kiến các đơn vị',
        '2021-08-31',
        ['lead:Vụ Pháp chế và Quản lý khoa học'],
      ],
      ['II', null, 'task', 'TỔ CHỨC THỰC HIỆN', null, []],
      ['II.1', 'II', 'meeting', 'Tổ chức họp Ban Chỉ đạo cho ý kiến', null, ['lead:Tổ giúp việc']],
      ['II.1.1', 'II.1', 'task', 'Gửi tài liệu họp', '2021-09-30', ['lead:Văn phòng']],
    ]);
    const i2 = snapshot.tasks.find((t) => t.wbs === 'I.2')!;
    expect([i2.notes, i2.deliverable]).toEqual([
      'Tập trung vào tố tụng trực tuyến.',
      'Báo cáo đánh giá\nDự thảo kiến nghị',
    ]);
    const source = db.prepare('SELECT source_text FROM plans').pluck().get() as string;
    const warnings = db.prepare('SELECT wbs, line, message FROM import_warnings').all() as {
      wbs: string;
      line: number;
      message: string;
    }[];
    expect(warnings.map((w) => w.message)).toEqual([
      'Mục II.1: Không hiểu thời hạn “Sau khi có ý kiến của Ban Chỉ đạo”: hãy ghi ngày cụ thể, ví dụ “Trước ngày 15/7/2021”.',
    ]);
    expect(source.split('\n')[warnings[0]!.line - 1]).toMatch(
      /^1 \| Tổ chức họp Ban Chỉ đạo cho ý kiến \| Tổ giúp việc/,
    );
  });

  it('reads a heading split over two rows and headings typed without accents', async () => {
    const bytes = await docx([
      paragraph('Số: 3/KH-VP'),
      table([
        ['STT', 'Nhiem vu', { text: 'Đơn vị thực hiện', columnSpan: 2 }, 'Thoi gian hoan thanh', 'Ket qua'],
        ['', '', 'Chủ trì', 'Phối hợp', '', ''],
        ['1', 'Rà soát quy trình', 'Văn phòng', 'Vụ Tổng hợp', 'Tháng 12/2021', 'Báo cáo'],
      ]),
    ]);
    const { repository } = createTestDatabase();
    const summary = await importPlanBytes(repository, bytes, 'hai-dong.docx', { now: NOW });
    expect(planSnapshot(repository, summary.planId).tasks).toMatchObject([
      {
        wbs: '1',
        deadline: '2021-12-31',
        units: ['lead:Văn phòng', 'support:Vụ Tổng hợp'],
        deliverable: 'Báo cáo',
      },
    ]);
  });
});

/** A zip whose one entry says it holds `declared` bytes but inflates to `actual` zero bytes. */
function lyingZip(name: string, actual: number, declared: number): Buffer {
  const zip = Buffer.from(zipSync({ [name]: [new Uint8Array(actual), { level: 9 }] }));
  const central = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  zip.writeUInt32LE(declared, central + 24);
  const local = zip.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  zip.writeUInt32LE(declared, local + 22);
  return zip;
}

describe('refusing a bad Word file', () => {
  const cases: [string, () => Buffer | Promise<Buffer>, string | RegExp][] = [
    [
      'plain text renamed .docx',
      () => Buffer.from('1. Việc A\n- Chủ trì: Vụ Tổng hợp.\n'),
      'không phải là tệp Word (.docx) hợp lệ',
    ],
    [
      'an old or password-protected Word file',
      () => Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      'được đặt mật khẩu hoặc ở định dạng cũ',
    ],
    [
      'a zip that is not a Word document',
      () => Buffer.from(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') })),
      'không phải là văn bản Word (.docx)',
    ],
    [
      'a zip bomb: one entry inflating to 60 MB',
      () => Buffer.from(zipSync({ 'word/document.xml': [new Uint8Array(60 * 1024 * 1024), { level: 9 }] })),
      /bị từ chối: tệp con “word\/document\.xml” khi giải nén chiếm 60,0 MB/,
    ],
    [
      'a zip bomb: a ratio no document has',
      () => Buffer.from(zipSync({ 'word/document.xml': [new Uint8Array(8 * 1024 * 1024), { level: 9 }] })),
      'nén với tỉ lệ bất thường',
    ],
    [
      'a zip whose sizes lie (20 MB declared as 1 kB)',
      () => lyingZip('word/document.xml', 20 * 1024 * 1024, 1024),
      'cấu trúc nén không khớp với khai báo bên trong',
    ],
    [
      'a Word document with no plan in it',
      () => docx([paragraph('Kính gửi: các đơn vị.'), paragraph('Đề nghị các đơn vị báo cáo tình hình.')]),
      /Không tìm thấy nhiệm vụ nào trong văn bản\..*Với tệp Word, kế hoạch cũng có thể là một bảng/,
    ],
    [
      'a plan table whose numbering cannot be read',
      () =>
        docx([
          table([
            ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Thời gian hoàn thành'],
            ['Bước một', 'Việc A', 'Văn phòng', 'Tháng 8/2021'],
          ]),
        ]),
      'Không hiểu số thứ tự “Bước một” ở dòng 2 của bảng kế hoạch',
    ],
  ];

  it.each(cases)(
    'refuses %s in Vietnamese and leaves every table as it was',
    async (_case, make, message) => {
      const { db, repository } = databaseWithPlan76();
      const before = dumpDatabase(db);
      await expect(importPlanBytes(repository, await make(), 'ke-hoach.docx')).rejects.toThrow(message);
      expect(dumpDatabase(db)).toEqual(before);
    },
  );

  it('checks sizes before inflating: a 1 GB bomb is refused at once', async () => {
    // Declared as 1 GiB: refused from the directory alone, before a byte is inflated.
    const zip = lyingZip('word/document.xml', 16 * 1024 * 1024, 1024 * 1024 * 1024);
    const { repository } = createTestDatabase();
    const started = performance.now();
    await expect(importPlanBytes(repository, zip, 'bom.docx')).rejects.toThrow(
      'khi giải nén chiếm 1024,0 MB',
    );
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
