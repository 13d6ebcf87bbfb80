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

/** "Số:      /BC-BCĐ-TANDTC": the number is often written in by hand, so a blank is left for it. */
export function documentNumberText(settings: ReportSettings): string {
  const number = settings.documentNumber === '' ? '\u00a0'.repeat(8) : settings.documentNumber;
  return `Số: ${number}/${settings.documentSymbol}`;
}

export function letterhead(settings: ReportSettings, date: IsoDate): Table {
  const width = contentWidth('portrait');
  const rightWidth = width - LEFT_WIDTH;
  const left: Paragraph[] = [];
  if (settings.governingBody !== '') left.push(line(settings.governingBody.toUpperCase(), PT.letterhead));
  for (const part of settings.issuingBody.split(/\r?\n/).filter((l) => l.trim() !== ''))
    left.push(line(part.trim().toUpperCase(), PT.letterhead, { bold: true }));
  // A third to a half of the issuing body's line.
  left.push(centeredRule(1400, LEFT_WIDTH));
  const right = [
    line(NATIONAL_TITLE, PT.letterheadSmall, { bold: true }),
    line(NATIONAL_MOTTO, PT.motto, { bold: true }),
    // As long as the motto.
    centeredRule(3560, rightWidth),
  ];
  const number = [line(documentNumberText(settings), PT.letterhead)];
  const placeAndDate = [line(`${settings.place}, ${formatDocumentDate(date)}`, PT.motto, { italics: true })];
  return borderlessTable(
    [LEFT_WIDTH, rightWidth],
    [
      [left, right],
      [number, placeAndDate],
    ],
  );
}
