/**
 * The top of the first page (Nghị định 30/2020/NĐ-CP, Phụ lục I): governing and issuing body on
 * the left, the national title and motto on the right, each ruled beneath; then the number on
 * the left and the place and date, in italics, on the right of the same row.
 */
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, type Table } from 'docx';
import type { IsoDate } from '../../../shared/dates/iso-date';
import { formatDocumentDate } from '../../../shared/dates/vietnamese-date';
import type { ReportSettings } from '../../../shared/reports/report-schemas';
import { borderlessTable } from './borderless-table';
import { contentWidth } from './page-layout';
import { PT, run } from './typography';
import { ruleLength, textWidth } from './text-width';

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** Left column: wide enough for the issuing body on two lines; the right one takes the rest. */
const LEFT_WIDTH = 3900;

const tight = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } as const;

function line(text: string, size: number, style: { bold?: boolean; italics?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: tight,
    children: [run(text, { size, ...style })],
  });
}

/**
 * A solid rule of `length` twips centred in a cell of `cellWidth`: the top border of an empty,
 * very low paragraph, which Word and LibreOffice both draw right under the line above.
 */
export function centeredRule(length: number, cellWidth: number): Paragraph {
  const side = Math.max(0, Math.round((cellWidth - length) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    spacing: { before: 80, after: 120, line: 20, lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [run('', { size: 1 })],
  });
}

/** The issuing body's line(s) as typed, a line break kept where the user put one. */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/**
 * The number cell: "Số: 05/BC-TGV"; for an official letter (Công văn) the subject follows under it,
 * "V/v …" in 12 pt upright (Phụ lục I, mục 5.b).
 */
function numberCell(numberText: string, letterSubject: string | null): Paragraph[] {
  const cell = [line(`Số: ${numberText}`, PT.letterhead)];
  if (letterSubject !== null) {
    cell.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { ...tight, before: 60 },
        children: [run(`V/v ${letterSubject}`, { size: PT.letterSubject })],
      }),
    );
  }
  return cell;
}

export type LetterheadOptions = {
  date: IsoDate;
  /** "05/BC-TGV", or a blank before the symbol for the clerk to write the number in. */
  numberText: string;
  /** An official letter's "V/v …" subject, under the number; null for a typed document. */
  letterSubject: string | null;
};

export function letterhead(settings: ReportSettings, options: LetterheadOptions): Table {
  const width = contentWidth('portrait');
  const rightWidth = width - LEFT_WIDTH;
  const left: Paragraph[] = [];
  for (const part of lines(settings.governingBody)) left.push(line(part.toUpperCase(), PT.letterhead));
  const issuing = lines(settings.issuingBody).map((l) => l.toUpperCase());
  for (const part of issuing) left.push(line(part, PT.letterhead, { bold: true }));
  // A third to a half of the issuing body's longest line.
  left.push(centeredRule(ruleLength(issuing, PT.letterhead, true, LEFT_WIDTH), LEFT_WIDTH));
  const right = [
    line(NATIONAL_TITLE, PT.letterheadSmall, { bold: true }),
    line(NATIONAL_MOTTO, PT.motto, { bold: true }),
    // As long as the motto.
    centeredRule(textWidth(NATIONAL_MOTTO, PT.motto, true), rightWidth),
  ];
  const placeAndDate = [
    line(`${settings.place}, ${formatDocumentDate(options.date)}`, PT.motto, { italics: true }),
  ];
  return borderlessTable(
    [LEFT_WIDTH, rightWidth],
    [
      [left, right],
      [numberCell(options.numberText, options.letterSubject), placeAndDate],
    ],
  );
}
