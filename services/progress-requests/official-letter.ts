/**
 * A Công văn in the administrative format (Nghị định 30/2020/NĐ-CP, Phụ lục I): the letterhead with
 * the number, the subject "V/v …" under the number, "Kính gửi: …", the body, the signature block and
 * "Nơi nhận" starting with "Như trên". The shared pieces come from services/reports/format.
 */
import {
  AlignmentType,
  Document,
  type FileChild,
  LineRuleType,
  PageOrientation,
  Packer,
  Paragraph,
} from 'docx';
import type { IsoDate } from '../../shared/dates/iso-date';
import type { ReportSettings } from '../../shared/reports/report-schemas';
import { TABLE_TEXT_STYLE } from '../reports/format/data-table';
import { letterhead } from '../reports/format/letterhead';
import { A4, MARGINS, contentWidth } from '../reports/format/page-layout';
import { emptyHeader, pageNumberHeader } from '../reports/format/page-headers';
import { signatureBlock } from '../reports/format/signature-block';
import { FONT, PT, halfPoints, run } from '../reports/format/typography';

export type OfficialLetter = {
  settings: ReportSettings;
  date: IsoDate;
  /** From the document register when there is one; empty leaves the blank to write in by hand. */
  documentNumber: string | null;
  /** "đề nghị báo cáo tiến độ …", written after "V/v ". */
  subject: string;
  /** One line after "Kính gửi:", or several as a list. */
  addressees: string[];
  body: FileChild[];
  /** "Nơi nhận" after "Như trên". */
  otherRecipients?: string[];
  metadataTitle: string;
};

/** Width of the letterhead's left column (see letterhead.ts): the subject sits centred under the number. */
const LETTERHEAD_LEFT = 3900;

/** A letter has no kind in its symbol: "BC-BCĐ-TANDTC" (a report's) becomes "BCĐ-TANDTC". */
export function letterSymbol(reportSymbol: string): string {
  return reportSymbol.replace(/^(BC|TB|KH|QĐ|TTr|CV)-(?=.)/u, '');
}

function subjectLine(subject: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { right: contentWidth('portrait') - LETTERHEAD_LEFT },
    spacing: { before: 60, after: 240, line: 240, lineRule: LineRuleType.AUTO },
    children: [run(`V/v ${subject}`, { size: PT.letterheadSmall })],
  });
}

function addressBlock(addressees: string[]): Paragraph[] {
  const line = (text: string, indent: number) =>
    new Paragraph({
      alignment: addressees.length === 1 ? AlignmentType.CENTER : AlignmentType.LEFT,
      indent: addressees.length === 1 ? undefined : { left: indent },
      spacing: { before: 0, after: 120, line: 288, lineRule: LineRuleType.AUTO },
      children: [run(text)],
    });
  if (addressees.length === 1) return [line(`Kính gửi: ${addressees[0]}`, 0)];
  return [
    line('Kính gửi:', 2000),
    ...addressees.map((a, i) => line(`- ${a}${i === addressees.length - 1 ? '.' : ';'}`, 3200)),
  ];
}

export function buildOfficialLetter(letter: OfficialLetter): Document {
  const settings: ReportSettings = {
    ...letter.settings,
    documentNumber: letter.documentNumber ?? '',
    documentSymbol: letterSymbol(letter.settings.documentSymbol),
  };
  return new Document({
    title: letter.metadataTitle,
    creator: settings.reportingBody,
    description: `V/v ${letter.subject}`,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: halfPoints(PT.body), language: { value: 'vi-VN' } },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
      paragraphStyles: [TABLE_TEXT_STYLE],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT },
            margin: MARGINS,
          },
          titlePage: true,
        },
        headers: { default: pageNumberHeader(), first: emptyHeader() },
        children: [
          letterhead(settings, letter.date),
          subjectLine(letter.subject),
          ...addressBlock(letter.addressees),
          ...letter.body,
          signatureBlock(settings, ['Như trên', ...(letter.otherRecipients ?? [])]),
        ],
      },
    ],
  });
}

export function packLetter(letter: OfficialLetter): Promise<Buffer> {
  return Packer.toBuffer(buildOfficialLetter(letter));
}
