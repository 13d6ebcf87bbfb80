/**
 * The end of the document: "Nơi nhận:" on the left (bold italic 12 pt, items 11 pt ending with
 * "- Lưu: …"), the signer's authority, title and name on the right, in one borderless row.
 */
import { AlignmentType, LineRuleType, Paragraph, type Table } from 'docx';
import type { ReportSettings } from '../../../shared/reports/report-schemas';
import { borderlessTable } from './borderless-table';
import { contentWidth } from './page-layout';
import { PT, run } from './typography';

const LEFT_WIDTH = 4200;
/** Room for the signature and seal between the title and the name. */
const SIGNATURE_SPACE_LINES = 4;

const tight = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } as const;

/** "- Như trên;" … "- Lưu: VT, TGV.": every line ends with ";" except the archive line, which ends with ".". */
export function recipientLines(recipients: string[], archiveCode: string): string[] {
  const clean = recipients.map((r) => r.trim().replace(/[;.,]+$/, '')).filter((r) => r !== '');
  return [...clean.map((r) => `- ${r};`), `- Lưu: ${archiveCode.trim().replace(/[;.,]+$/, '')}.`];
}

export function signatureBlock(settings: ReportSettings, recipients: string[]): Table {
  const width = contentWidth('portrait');
  const left = [
    new Paragraph({
      spacing: { before: 120, after: 0 },
      children: [run('Nơi nhận:', { size: PT.recipientsTitle, bold: true, italics: true })],
    }),
    ...recipientLines(recipients, settings.archiveCode).map(
      (text) => new Paragraph({ spacing: tight, children: [run(text, { size: PT.recipients })] }),
    ),
  ];
  const centered = (text: string, before = 0) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { ...tight, before },
      children: [run(text, { bold: true })],
    });
  const titles = [settings.signingAuthority, settings.signerTitle].filter((t) => t !== '');
  const right = [
    ...titles.map((text, i) => centered(text.toUpperCase(), i === 0 ? 120 : 0)),
    ...Array.from({ length: SIGNATURE_SPACE_LINES }, () => centered('')),
    // An empty name leaves the line for the secretary: no person is ever made up.
    centered(settings.signerName),
  ];
  return borderlessTable([LEFT_WIDTH, width - LEFT_WIDTH], [[left, right]]);
}
