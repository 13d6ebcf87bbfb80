/**
 * Assembles a whole administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I): letterhead with
 * number and date; for a typed document its type and subject ruled beneath, for an official letter
 * (Công văn) its "V/v" subject under the number; "Kính gửi:"; the body as continuous portrait text;
 * the signature block with "Nơi nhận"; then the appendices (Phụ lục), each in its own section,
 * landscape where a wide table or the timeline needs it. Page numbers run on through the sections.
 */
import { type FileChild, Document, Packer, PageOrientation, type Paragraph, SectionType } from 'docx';
import type { IsoDate } from '../../../shared/dates/iso-date';
import { formatDocumentDate } from '../../../shared/dates/vietnamese-date';
import {
  DOCUMENT_KIND_LABELS,
  type DocumentKind,
  documentNumberText,
} from '../../../shared/documents/document-numbers';
import type { ReportSettings } from '../../../shared/reports/report-schemas';
import { TABLE_TEXT_STYLE } from './data-table';
import { centeredRule, letterhead } from './letterhead';
import { A4, MARGINS, type Orientation, contentWidth } from './page-layout';
import { emptyHeader, pageNumberHeader } from './page-headers';
import { signatureBlock } from './signature-block';
import { ruleLength } from './text-width';
import { FONT, PT, addresseeLines, centeredParagraph, halfPoints, run } from './typography';

export type DocumentType =
  /** A typed document: its name printed above the subject ("BÁO CÁO"), numbered in `kind`'s series. */
  | { kind: Exclude<DocumentKind, 'CV'>; name: string }
  /** An official letter: no type name, the subject as "V/v …" under the number. */
  | { kind: 'CV' };

export type Appendix = {
  /** "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ": printed in capitals, bold. */
  title: string;
  orientation: Orientation;
  children: FileChild[];
};

export type AdministrativeDocument = {
  settings: ReportSettings;
  /** The date on the document ("Hà Nội, ngày … tháng … năm …"). */
  date: IsoDate;
  type: DocumentType;
  /** The number in the type's series (from the register); null leaves it blank to be written in. */
  number: number | null;
  /** The subject (trích yếu), one paragraph per line. */
  subject: string[];
  /** An italic line under a typed document's subject, such as "(Tính đến ngày …)". */
  subtitle?: string;
  /** "Kính gửi:" lines; empty for none. */
  addressees: string[];
  /** The body, portrait, in one run of text up to the signature. */
  body: FileChild[];
  /** Phụ lục I, II … after the signature, each in its own section. */
  appendices: Appendix[];
  /** "Nơi nhận" before the archive line. */
  recipients: string[];
  /** Shown in the file's properties. */
  metadataTitle: string;
};

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
export const appendixNumber = (index: number): string => ROMAN[index] ?? String(index + 1);

/** "Số" as printed: "05/BC-TGV". */
export function numberTextOf(doc: Pick<AdministrativeDocument, 'number' | 'type' | 'settings'>): string {
  return documentNumberText(doc.number, doc.type.kind, doc.settings.bodySymbol);
}

/** "(Kèm theo Báo cáo số 05/BC-TGV ngày 20 tháng 07 năm 2021 của Tổ giúp việc)" */
export function attachedToText(doc: AdministrativeDocument): string {
  const typeName = DOCUMENT_KIND_LABELS[doc.type.kind];
  return `(Kèm theo ${typeName} số ${numberTextOf(doc)} ${formatDocumentDate(doc.date)} của ${doc.settings.reportingBody})`;
}

function titleBlock(doc: AdministrativeDocument): Paragraph[] {
  if (doc.type.kind === 'CV') return [];
  const width = contentWidth('portrait');
  const blocks = [
    centeredParagraph([run('')], 0),
    centeredParagraph([run(doc.type.name, { bold: true })], 0),
    ...doc.subject.map((line) => centeredParagraph([run(line, { bold: true })], 0)),
  ];
  if (doc.subtitle) blocks.push(centeredParagraph([run(doc.subtitle, { italics: true })], 0));
  // A third to a half of the subject's longest line.
  blocks.push(centeredRule(ruleLength(doc.subject, PT.body, true, width), width));
  return blocks;
}

function appendixHeading(doc: AdministrativeDocument, appendix: Appendix, index: number): Paragraph[] {
  const alone = doc.appendices.length === 1;
  const width = contentWidth(appendix.orientation);
  const title = appendix.title.toLocaleUpperCase('vi');
  return [
    // A lone appendix is "Phụ lục" without a number (Phụ lục I, mục 9).
    centeredParagraph([run(alone ? 'Phụ lục' : `Phụ lục ${appendixNumber(index)}`, { bold: true })], 0),
    centeredParagraph([run(title, { bold: true })], 0),
    centeredParagraph([run(attachedToText(doc), { italics: true })], 0),
    centeredRule(ruleLength([title], PT.body, true, width), width),
  ];
}

function sectionPage(orientation: Orientation) {
  return {
    size: {
      // Portrait width and height in both cases: docx swaps them for a landscape section.
      width: A4.width,
      height: A4.height,
      orientation: orientation === 'portrait' ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE,
    },
    margin: MARGINS,
  };
}

export function buildAdministrativeDocument(doc: AdministrativeDocument): Document {
  const first = {
    properties: { page: sectionPage('portrait'), titlePage: true },
    headers: { default: pageNumberHeader(), first: emptyHeader() },
    children: [
      letterhead(doc.settings, {
        date: doc.date,
        numberText: numberTextOf(doc),
        letterSubject: doc.type.kind === 'CV' ? doc.subject.join(' ') : null,
      }),
      ...titleBlock(doc),
      ...addresseeLines(doc.addressees),
      ...doc.body,
      signatureBlock(doc.settings, doc.recipients),
    ],
  };
  const appendices = doc.appendices.map((appendix, index) => ({
    properties: { type: SectionType.NEXT_PAGE, page: sectionPage(appendix.orientation) },
    headers: { default: pageNumberHeader() },
    children: [...appendixHeading(doc, appendix, index), ...appendix.children],
  }));
  return new Document({
    title: doc.metadataTitle,
    creator: doc.settings.reportingBody,
    description: doc.subject.join(' '),
    styles: {
      default: {
        document: {
          run: { font: FONT, size: halfPoints(PT.body), language: { value: 'vi-VN' } },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
      paragraphStyles: [TABLE_TEXT_STYLE],
    },
    sections: [first, ...appendices],
  });
}

export function packDocument(document: Document): Promise<Buffer> {
  return Packer.toBuffer(document);
}
