/**
 * Assembles a whole administrative document: letterhead, document kind and subject, the body in
 * portrait and landscape parts (a landscape part for wide tables and the timeline), and the
 * signature block with "Nơi nhận". Every part is a section; page numbers run on through them.
 */
import { type FileChild, Document, Packer, PageOrientation, type Paragraph, SectionType } from 'docx';
import type { IsoDate } from '../../../shared/dates/iso-date';
import type { ReportSettings } from '../../../shared/reports/report-schemas';
import { TABLE_TEXT_STYLE } from './data-table';
import { centeredRule, letterhead } from './letterhead';
import { A4, MARGINS, type Orientation, contentWidth } from './page-layout';
import { emptyHeader, pageNumberHeader } from './page-headers';
import { signatureBlock } from './signature-block';
import { FONT, PT, centeredParagraph, halfPoints, run } from './typography';

export type DocumentPart = { orientation: Orientation; children: FileChild[] };

export type AdministrativeDocument = {
  settings: ReportSettings;
  /** The date on the document ("Hà Nội, ngày … tháng … năm …"). */
  date: IsoDate;
  /** "BÁO CÁO", "DANH SÁCH" … */
  kind: string;
  /** The subject (trích yếu), bold, one paragraph per line. */
  subject: string[];
  /** An italic line under the subject, such as "(Tình hình đến ngày …)". */
  subtitle?: string;
  parts: DocumentPart[];
  /** "Nơi nhận" before the archive line. */
  recipients: string[];
  /** Shown in the file's properties. */
  metadataTitle: string;
};

function titleBlock(doc: AdministrativeDocument): Paragraph[] {
  const blocks = [
    centeredParagraph([run('')], 0),
    centeredParagraph([run(doc.kind, { bold: true })], 0),
    ...doc.subject.map((line) => centeredParagraph([run(line, { bold: true })], 0)),
  ];
  if (doc.subtitle) blocks.push(centeredParagraph([run(doc.subtitle, { italics: true })], 0));
  blocks.push(centeredRule(2000, contentWidth('portrait')));
  return blocks;
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
  if (doc.parts.length === 0) throw new Error('A document needs at least one part');
  const last = doc.parts.length - 1;
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
    sections: doc.parts.map((part, index) => ({
      properties: {
        type: index === 0 ? undefined : SectionType.NEXT_PAGE,
        page: sectionPage(part.orientation),
        titlePage: index === 0,
      },
      headers:
        index === 0 ? { default: pageNumberHeader(), first: emptyHeader() } : { default: pageNumberHeader() },
      children: [
        ...(index === 0 ? [letterhead(doc.settings, doc.date), ...titleBlock(doc)] : []),
        ...part.children,
        ...(index === last ? [signatureBlock(doc.settings, doc.recipients)] : []),
      ],
    })),
  });
}

export function packDocument(document: Document): Promise<Buffer> {
  return Packer.toBuffer(document);
}
