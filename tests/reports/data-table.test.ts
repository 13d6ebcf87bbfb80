/**
 * The report tables and long lists are handed to docx as finished element trees: the XML must be
 * what docx's own Table, TableRow, TableCell, Paragraph and TextRun give for the same content.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  type FileChild,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { describe, expect, it } from 'vitest';
import {
  type CellContent,
  type Column,
  TABLE_TEXT_STYLE,
  type TableRowSpec,
  dataTable,
} from '../../services/reports/format/data-table';
import { bodyParagraph, listParagraph, run } from '../../services/reports/format/typography';
import { openDocx, paragraphTexts, tableRows } from './docx-xml';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

/** The same table built the ordinary way, with docx's objects. */
function referenceTable(columns: Column[], rows: TableRowSpec[]): Table {
  const widths = columns.map((c) => c.width);
  const total = widths.reduce((a, b) => a + b, 0);
  const paragraphs = (content: CellContent, align: 'left' | 'center', keepNext = false) =>
    (content.length > 0 ? content : [[{ text: '' }]]).map(
      (line) =>
        new Paragraph({
          style: TABLE_TEXT_STYLE.id,
          keepNext: keepNext || undefined,
          alignment: align === 'center' ? AlignmentType.CENTER : undefined,
          children: line.map((part) => new TextRun({ text: part.text, ...part.style })),
        }),
    );
  const cell = (
    content: CellContent,
    align: 'left' | 'center',
    span = 1,
    header = false,
    keepNext = header,
  ) =>
    new TableCell({
      columnSpan: span > 1 ? span : undefined,
      verticalAlign: VerticalAlignTable.CENTER,
      shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } : undefined,
      children: paragraphs(content, align, keepNext),
    });
  const text = (t: string, style = {}): CellContent => [[{ text: t, style }]];
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: LINE,
      bottom: LINE,
      left: LINE,
      right: LINE,
      insideHorizontal: LINE,
      insideVertical: LINE,
    },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((c) => cell(text(c.title, { bold: true }), 'center', 1, true)),
      }),
      ...rows.map((row) => {
        if (row.kind === 'group') {
          const style = row.depth === 0 ? { bold: true } : { bold: true, italics: true };
          return new TableRow({
            cantSplit: true,
            children: [
              // Kept with the first task under it.
              cell(text(row.number, style), 'center', 1, false, true),
              cell(text(row.title, style), 'left', columns.length - 1, false, true),
            ],
          });
        }
        if (row.kind === 'note')
          return new TableRow({
            cantSplit: true,
            children: [cell(text(row.text, { italics: true }), 'center', columns.length)],
          });
        return new TableRow({
          cantSplit: true,
          children: columns.map((c, i) => cell(row.cells[i] ?? [], c.align ?? 'left')),
        });
      }),
    ],
  });
}

async function tableXml(table: FileChild): Promise<string> {
  const data = await Packer.toBuffer(
    new Document({ styles: { paragraphStyles: [TABLE_TEXT_STYLE] }, sections: [{ children: [table] }] }),
  );
  const xml = openDocx(data).xml('word/document.xml');
  return xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>') + '</w:tbl>'.length);
}

const COLUMNS: Column[] = [
  { title: 'STT', width: 700, align: 'center' },
  { title: 'Nhiệm vụ', width: 4200 },
  { title: 'Ghi chú', width: 1900 },
];

const ROWS: TableRowSpec[] = [
  { kind: 'group', number: '1', title: 'Nhóm nhiệm vụ <“Đề án” & kế hoạch>', depth: 0 },
  { kind: 'group', number: '1.1', title: 'Nhóm con', depth: 1 },
  {
    kind: 'data',
    cells: [
      [[{ text: '1.1.1' }]],
      [
        [
          { text: 'Quá hạn, 50%', style: { bold: true } },
          { text: ' ghi chú', style: { italics: true } },
        ],
        [{ text: 'Khó khăn: ', style: { bold: true, italics: true } }, { text: 'a\'b"c' }],
      ],
      [],
    ],
  },
  { kind: 'note', text: 'Kế hoạch chưa có nhiệm vụ nào.' },
];

describe('report tables', () => {
  it('write the same XML as docx’s own table objects', async () => {
    expect(await tableXml(dataTable(COLUMNS, ROWS))).toBe(await tableXml(referenceTable(COLUMNS, ROWS)));
  });

  it('take their column widths from the grid and the cells’ own widths', async () => {
    const xml = await tableXml(dataTable(COLUMNS, ROWS));
    expect(xml).toContain(
      '<w:tblGrid><w:gridCol w:w="700"/><w:gridCol w:w="4200"/><w:gridCol w:w="1900"/></w:tblGrid>',
    );
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
    expect(xml).toContain('<w:tblW w:type="dxa" w:w="6800"/>');
    expect(xml).toContain('<w:tcW w:type="dxa" w:w="6100"/><w:gridSpan w:val="2"/>');
  });

  it('read back as the cells they were given, with the header repeated and rows kept whole', async () => {
    const rows = tableRows(await tableXml(dataTable(COLUMNS, ROWS)));
    expect(rows.map((r) => r.cells)).toEqual([
      ['STT', 'Nhiệm vụ', 'Ghi chú'],
      ['1', 'Nhóm nhiệm vụ <“Đề án” & kế hoạch>'],
      ['1.1', 'Nhóm con'],
      ['1.1.1', 'Quá hạn, 50% ghi chú\nKhó khăn: a\'b"c', ''],
      ['Kế hoạch chưa có nhiệm vụ nào.'],
    ]);
    expect(rows[0]!.xml).toContain('<w:tblHeader/>');
    for (const row of rows) expect(row.xml).toContain('<w:cantSplit/>');
  });
});

async function bodyXml(children: FileChild[]): Promise<string> {
  const data = await Packer.toBuffer(new Document({ sections: [{ children }] }));
  const xml = openDocx(data).xml('word/document.xml');
  return xml.slice(xml.indexOf('<w:body>'), xml.indexOf('<w:sectPr'));
}

describe('list paragraphs', () => {
  it('write the same XML as a body paragraph of docx runs', async () => {
    const item = [
      { text: '- Nhiệm vụ 1.2 ', bold: true },
      { text: '“Xây dựng <Đề án> & kế hoạch”. Chủ trì: Vụ Tổng hợp. ' },
      { text: 'Nguyên nhân: ', italics: true },
      { text: 'Chưa có.', bold: true, italics: true },
    ];
    const reference = bodyParagraph(
      item.map((part) => run(part.text, { bold: part.bold, italics: part.italics })),
    );
    const ours = await bodyXml([listParagraph(item)]);
    expect(ours).toBe(await bodyXml([reference]));
    expect(paragraphTexts(ours)).toEqual([
      '- Nhiệm vụ 1.2 “Xây dựng <Đề án> & kế hoạch”. Chủ trì: Vụ Tổng hợp. Nguyên nhân: Chưa có.',
    ]);
  });
});
