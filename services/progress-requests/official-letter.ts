/**
 * A Công văn in the administrative format (Nghị định 30/2020/NĐ-CP, Phụ lục I): the letterhead with
 * the number, the subject "V/v …" under the number, "Kính gửi: …", the body, the signature block and
 * "Nơi nhận" starting with "Như trên", built by services/reports/format/administrative-document.ts.
 */
import type { FileChild } from 'docx';
import type { IsoDate } from '../../shared/dates/iso-date';
import type { ReportSettings } from '../../shared/reports/report-schemas';
import { buildAdministrativeDocument, packDocument } from '../reports/format/administrative-document';

export type OfficialLetter = {
  settings: ReportSettings;
  date: IsoDate;
  /** The number as the secretary gave it ("12"); null leaves the blank to write in by hand. */
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

/** "12" → 12; anything that is not a whole number is left for the clerk to write in. */
function letterNumber(text: string | null): number | null {
  const digits = text?.trim() ?? '';
  return /^\d{1,6}$/.test(digits) && Number(digits) > 0 ? Number(digits) : null;
}

/** The letter as an administrative document of type Công văn: the shared letterhead, "V/v", signature. */
export function packLetter(letter: OfficialLetter): Promise<Buffer> {
  return packDocument(
    buildAdministrativeDocument({
      settings: letter.settings,
      date: letter.date,
      type: { kind: 'CV' },
      number: letterNumber(letter.documentNumber),
      subject: [letter.subject],
      addressees: letter.addressees,
      body: letter.body,
      appendices: [],
      recipients: ['Như trên', ...(letter.otherRecipients ?? [])],
      metadataTitle: letter.metadataTitle,
    }),
  );
}
