/**
 * Files built to hurt an importer, made in the test (never committed): each is small or ordinary to
 * look at and expands, nests or repeats far beyond any real plan.
 */
import { strToU8, zipSync } from 'fflate';

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const zip = (files: Record<string, string>) =>
  Buffer.from(
    zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])), {
      level: 9,
    }),
  );

const PACKAGE_RELS = (target: string) =>
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`;

/** An .xlsx whose task sheet has a heading row and one merged range: `A3:XFD1048576` is 17 billion cells. */
export function xlsxWithMergedRange(range: string): Buffer {
  const cell = (ref: string, text: string) =>
    `<c r="${ref}" t="inlineStr"><is><t>${xmlText(text)}</t></is></c>`;
  return zip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    '_rels/.rels': PACKAGE_RELS('xl/workbook.xml'),
    'xl/workbook.xml':
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Nhiệm vụ" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    'xl/worksheets/sheet1.xml':
      '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      `<row r="1">${cell('A1', 'WBS')}${cell('B1', 'Nhiệm vụ')}</row>` +
      `<row r="2">${cell('A2', '1')}${cell('B2', 'Xây dựng Đề án')}</row>` +
      `<row r="3">${cell('A3', '2')}${cell('B3', 'Tổ chức hội thảo')}</row>` +
      `</sheetData><mergeCells count="1"><mergeCell ref="${range}"/></mergeCells></worksheet>`,
  });
}

/** A .docx whose document.xml is `body` (WordprocessingML inside <w:body>). */
export function docxWithBody(body: string, level = 9): Buffer {
  return Buffer.from(
    zipSync(
      {
        '[Content_Types].xml': strToU8(
          '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
            '<Default Extension="xml" ContentType="application/xml"/>' +
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        ),
        '_rels/.rels': strToU8(PACKAGE_RELS('word/document.xml')),
        'word/document.xml': strToU8(
          '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
            `<w:body>${body}</w:body></w:document>`,
        ),
      },
      { level: level as 9 },
    ),
  );
}

const paragraph = (text: string) =>
  `<w:p><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr>` +
  `<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r></w:p>`;

/** A plan table whose cells each declare they span `span` columns, `rows` rows deep. */
export function docxWithGridSpan(span: number, rows: number): Buffer {
  const cell = (text: string) =>
    `<w:tc><w:tcPr><w:gridSpan w:val="${span}"/></w:tcPr>${paragraph(text)}</w:tc>`;
  const heading = ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Thời gian hoàn thành'];
  const body = [
    `<w:tr>${heading.map(cell).join('')}</w:tr>`,
    ...Array.from(
      { length: rows },
      (_, i) => `<w:tr>${[String(i + 1), 'Nhiệm vụ', 'Vụ Tổng hợp', 'Năm 2022'].map(cell).join('')}</w:tr>`,
    ),
  ];
  return docxWithBody(`<w:tbl>${body.join('')}</w:tbl>`);
}

/**
 * A real-looking Word plan of numbered paragraphs whose XML is at least `megabytes` long: at most
 * 900 groups of nine tasks, each task's wording as long as it takes to reach the size.
 */
export function docxPlanOfXmlSize(megabytes: number): { bytes: Buffer; xmlBytes: number; tasks: number } {
  const groups = 900;
  const perTask = (megabytes * 1024 * 1024) / (groups * 9);
  const detail = 'về ứng dụng công nghệ thông tin trong hoạt động của Tòa án nhân dân các cấp; ';
  // Five paragraphs of some 190 bytes of markup each, plus the wording.
  const filler = detail.repeat(Math.max(1, Math.ceil((perTask - 5 * 190 - 250) / detail.length)));
  const lines = [
    'Số: 900/KH-LON',
    'Hà Nội, ngày 10 tháng 1 năm 2022',
    'KẾ HOẠCH',
    'Kế hoạch lớn',
    'II. NỘI DUNG',
  ];
  for (let g = 1; g <= groups; g++) {
    lines.push(`${g}. Nhóm việc số ${g}`);
    for (let i = 1; i <= 9; i++) {
      lines.push(
        `${g}.${i}. Nhiệm vụ ${g}.${i} ${filler.trim()}`,
        `- Chủ trì: Vụ số ${(g % 17) + 1} Tòa án nhân dân tối cao.`,
        `- Đơn vị phối hợp: Cục số ${(i % 5) + 1}, Các đơn vị có liên quan.`,
        `- Thời gian hoàn thành: Trước ngày ${(i % 27) + 1}/${(g % 12) + 1}/2023.`,
        `- Kết quả thực hiện: Báo cáo số ${g}.${i}.`,
      );
    }
  }
  const body = lines.map(paragraph).join('');
  return { bytes: docxWithBody(body, 6), xmlBytes: Buffer.byteLength(body), tasks: groups * 10 };
}

/** An MS Project file of `tasks` tasks, with `assignments` assignments and each task linked to the one before. */
export function mspdi({
  tasks,
  assignments = 0,
  linkChain = false,
  closeCycle = false,
}: {
  tasks: number;
  assignments?: number;
  linkChain?: boolean;
  /** The first task also follows the last: the chain becomes one cycle. */
  closeCycle?: boolean;
}): Buffer {
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<Project xmlns="http://schemas.microsoft.com/project"><Title>Dự án thử</Title><Tasks>',
  ];
  const link = (uid: number) =>
    `<PredecessorLink><PredecessorUID>${uid}</PredecessorUID><Type>1</Type></PredecessorLink>`;
  for (let uid = 1; uid <= tasks; uid++) {
    const predecessor = linkChain && uid > 1 ? link(uid - 1) : closeCycle && uid === 1 ? link(tasks) : '';
    parts.push(
      `<Task><UID>${uid}</UID><ID>${uid}</ID><Name>Công việc ${uid}</Name><OutlineLevel>1</OutlineLevel>` +
        `<Start>2022-01-03T08:00:00</Start><Finish>2022-01-04T17:00:00</Finish>${predecessor}</Task>`,
    );
  }
  parts.push(
    '</Tasks><Resources><Resource><UID>1</UID><ID>1</ID><Name>Vụ Tổng hợp</Name></Resource></Resources><Assignments>',
  );
  for (let i = 0; i < assignments; i++) {
    parts.push(`<Assignment><TaskUID>${(i % tasks) + 1}</TaskUID><ResourceUID>1</ResourceUID></Assignment>`);
  }
  parts.push('</Assignments></Project>');
  return Buffer.from(parts.join(''));
}
