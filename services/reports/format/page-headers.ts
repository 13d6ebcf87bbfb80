/**
 * Page numbers centred at the top of every page but the first (Nghị định 30: the first page
 * carries no number): the first section has a different, empty first-page header.
 */
import { AlignmentType, Header, PageNumber, Paragraph, TextRun } from 'docx';
import { FONT, PT, halfPoints } from './typography';

export function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: halfPoints(PT.pageNumber) }),
        ],
      }),
    ],
  });
}

export function emptyHeader(): Header {
  return new Header({ children: [new Paragraph({})] });
}
