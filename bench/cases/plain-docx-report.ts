/**
 * The baseline of the status report: `docx` writing the same text with its own plain objects, and
 * nothing of the administrative format. Every paragraph of our report (letterhead, title, body,
 * signature, appendix headings, with its runs bold or italic where ours are) as a plain Paragraph;
 * Bảng 1 as a plain Table of the same rows and columns (the same lines in every cell, a group's
 * title across its row); the same Hình 1 picture through ImageRun. No fonts, sizes, spacing,
 * indents, column widths, layout tables, page setup or headers; no choosing or wording of content.
 */
import { Document, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import type { CellContent, CellLine, Column, TableRowSpec } from '../../services/reports/format/data-table';
import { type TimelineOverview, placedSize } from '../../services/reports/timeline-figure';

export type PlainReportContent = {
  /** Our report's paragraphs outside Bảng 1, in order, as runs of text. */
  paragraphs: CellLine[];
  columns: Column[];
  rows: TableRowSpec[];
  figure: TimelineOverview;
};

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!);

/** A paragraph's runs: their text, bold and italic as set on each. */
function runsOf(paragraph: string): CellLine {
  return [...paragraph.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map(([, run = '']) => ({
    text: [...run.matchAll(/<w:t(?: [^>]*)?>(.*?)<\/w:t>/gs)].map(([, t = '']) => unescape(t)).join(''),
    style: { bold: run.includes('<w:b/>'), italics: run.includes('<w:i/>') },
  }));
}

/**
 * The paragraphs of our finished report, read back from its document.xml, without Bảng 1 (the
 * last table: its rows go to the baseline's table as they are).
 */
export function reportParagraphs(docx: Buffer): CellLine[] {
  const xml = strFromU8(
    unzipSync(docx, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']!,
  );
  const table = xml.lastIndexOf('<w:tbl>');
  const withoutTable = xml.slice(0, table) + xml.slice(xml.indexOf('</w:tbl>', table) + '</w:tbl>'.length);
  return [...withoutTable.matchAll(/<w:p(?: [^>]*)?>(.*?)<\/w:p>/gs)].map(([, p = '']) => runsOf(p));
}

const runs = (line: CellLine) =>
  line.map((part) => new TextRun({ text: part.text, bold: part.style?.bold, italics: part.style?.italics }));

function cell(content: CellContent, columnSpan?: number): TableCell {
  const lines = content.length > 0 ? content : [[{ text: '' }]];
  return new TableCell({
    columnSpan,
    children: lines.map((line) => new Paragraph({ children: runs(line) })),
  });
}

const plain = (text: string, style: { bold?: boolean; italics?: boolean } = {}): CellContent => [
  [{ text, style }],
];

function tableRow(row: TableRowSpec, columnCount: number): TableRow {
  switch (row.kind) {
    case 'group': {
      const style = row.depth === 0 ? { bold: true } : { bold: true, italics: true };
      return new TableRow({
        children: [cell(plain(row.number, style)), cell(plain(row.title, style), columnCount - 1)],
      });
    }
    case 'note':
      return new TableRow({ children: [cell(plain(row.text, { italics: true }), columnCount)] });
    case 'data':
      return new TableRow({ children: row.cells.map((content) => cell(content)) });
  }
}

export function packPlainReport({ paragraphs, columns, rows, figure }: PlainReportContent): Promise<Buffer> {
  const header = new TableRow({
    tableHeader: true,
    children: columns.map((c) => cell(plain(c.title, { bold: true }))),
  });
  const table = new Table({ rows: [header, ...rows.map((row) => tableRow(row, columns.length))] });
  const picture = new Paragraph({
    children: [
      new ImageRun({
        type: 'png',
        data: figure.picture.png,
        transformation: placedSize(figure.picture.width, figure.picture.height),
      }),
    ],
  });
  const text = paragraphs.map((line) => new Paragraph({ children: runs(line) }));
  return Packer.toBuffer(new Document({ sections: [{ children: [...text, table, picture] }] }));
}
