/**
 * Files built to hurt an importer, made in the test (never committed): each is small or ordinary to
 * look at and expands, nests or repeats far beyond any real plan.
 */
import { strToU8, zipSync } from 'fflate';
import { docxWithBody, wordParagraph } from '../../services/testing/large-plan-files';

export { docxPlanOfXmlSize } from '../../services/testing/large-plan-files';

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

/**
 * An .xlsx whose task sheet has a heading row, two tasks and one merged range (`A3:XFD1048576` is 17
 * billion cells), and optionally one more note far below (`{ row: 1_048_576, text }`, in column C).
 */
export function xlsxWithMergedRange(range: string, farCell?: { row: number; text: string }): Buffer {
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
      (farCell ? `<row r="${farCell.row}">${cell(`C${farCell.row}`, farCell.text)}</row>` : '') +
      `</sheetData><mergeCells count="1"><mergeCell ref="${range}"/></mergeCells></worksheet>`,
  });
}

/** A plan table whose cells each declare they span `span` columns, `rows` rows deep. */
export function docxWithGridSpan(span: number, rows: number): Buffer {
  const cell = (text: string) =>
    `<w:tc><w:tcPr><w:gridSpan w:val="${span}"/></w:tcPr>${wordParagraph(text)}</w:tc>`;
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
