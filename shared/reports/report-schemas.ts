/**
 * What the reports need from the user and what they hand back, as zod schemas shared by the API
 * contract (both transports) and the services that build the documents.
 */
import { z } from 'zod';
import { idSchema, isoDateSchema } from '../model/schemas';
import { sanitizeLine, sanitizeMultiline } from '../text/sanitize-text';

/** Control and direction characters removed; a line break is kept (the issuing body may have one). */
const line = (max: number) => z.string().overwrite(sanitizeMultiline).trim().max(max);

/**
 * The parts of an administrative document (Nghị định 30/2020/NĐ-CP) that depend on who issues it.
 * Entered once by the user. The defaults are a document of the working group (Tổ giúp việc) to the
 * Steering Committee, signed by its head: a letterhead and a signer that belong together, so that
 * no default ever puts a Steering Committee letterhead over a working-group signature.
 */
export const reportSettingsSchema = z.strictObject({
  /** The governing body, first line(s) of the letterhead; a line break in it is kept. */
  governingBody: line(160),
  /** The issuing body, bold and ruled ("TỔ GIÚP VIỆC"); a line break in it is kept. */
  issuingBody: line(160).min(1),
  /** The body that issued the plan, as running text names it: "Ban Chỉ đạo xây dựng Đề án Tòa án điện tử". */
  issuingBodyName: line(200).min(1),
  /** Who speaks in the body of a report: "Tổ giúp việc báo cáo …". */
  reportingBody: line(120).min(1),
  /**
   * The issuing body's abbreviation in document symbols: "TGV" gives "Số: 05/BC-TGV" for a report,
   * "05/TB-TGV" for a notice and "05/TGV" for an official letter (Công văn).
   */
  bodySymbol: line(40).min(1),
  place: line(60).min(1),
  /** "TM. BAN CHỈ ĐẠO", "KT. TRƯỞNG BAN"; empty when the signer signs in their own title. */
  signingAuthority: line(120),
  /** "TỔ TRƯỞNG", "PHÓ TRƯỞNG BAN". */
  signerTitle: line(120).min(1),
  /** Printed under the signature; empty leaves the line to be written by hand (the settings dialog warns). */
  signerName: line(120),
  /** "Kính gửi:" of a report sent upward; empty for none. */
  addressees: z.array(line(200).min(1)).max(10),
  /** "Nơi nhận" lines before the archive line, without the leading dash or closing semicolon. */
  recipients: z.array(line(200).min(1)).max(30),
  /** "VT, TGV" in "- Lưu: VT, TGV." */
  archiveCode: line(60).min(1),
});
export type ReportSettings = z.infer<typeof reportSettingsSchema>;

/** A document of the working group, as the secretariat issues its reports. */
export const WORKING_GROUP_SETTINGS = {
  governingBody: 'BAN CHỈ ĐẠO XÂY DỰNG\nĐỀ ÁN TÒA ÁN ĐIỆN TỬ',
  issuingBody: 'TỔ GIÚP VIỆC',
  reportingBody: 'Tổ giúp việc',
  bodySymbol: 'TGV',
  signingAuthority: '',
  signerTitle: 'TỔ TRƯỞNG',
  archiveCode: 'VT, TGV',
} as const satisfies Partial<ReportSettings>;

/** A document of the Steering Committee, signed for it by a deputy head unless set otherwise. */
export const STEERING_COMMITTEE_SETTINGS = {
  governingBody: 'TÒA ÁN NHÂN DÂN TỐI CAO',
  issuingBody: 'BAN CHỈ ĐẠO XÂY DỰNG\nĐỀ ÁN TÒA ÁN ĐIỆN TỬ',
  reportingBody: 'Ban Chỉ đạo',
  bodySymbol: 'BCĐ',
  signingAuthority: 'KT. TRƯỞNG BAN',
  signerTitle: 'PHÓ TRƯỞNG BAN',
  archiveCode: 'VT, BCĐ',
} as const satisfies Partial<ReportSettings>;

export const DEFAULT_REPORT_SETTINGS: ReportSettings = {
  ...WORKING_GROUP_SETTINGS,
  issuingBodyName: 'Ban Chỉ đạo xây dựng Đề án Tòa án điện tử',
  place: 'Hà Nội',
  signerName: '',
  addressees: ['Trưởng Ban Chỉ đạo xây dựng Đề án Tòa án điện tử'],
  recipients: ['Như trên', 'Các thành viên Ban Chỉ đạo', 'Các thành viên Tổ giúp việc'],
};

/** Days ahead that "Nhiệm vụ trong thời gian tới" looks, unless the user chooses otherwise. */
export const DEFAULT_HORIZON_DAYS = 30;

/**
 * The number the document takes in the register (see services/documents): null leaves "Số:" blank
 * for the clerk to write in, and records nothing.
 */
export const documentNumberField = z.number().int().min(1).max(99_999).nullable().default(null);

export const statusReportRequestSchema = z.strictObject({
  planId: idSchema,
  asOf: isoDateSchema,
  horizonDays: z.number().int().min(1).max(366).default(DEFAULT_HORIZON_DAYS),
  /** "Kiến nghị, đề xuất" as the user edited it; one paragraph per line. Empty: the draft from the data. */
  recommendations: z.string().overwrite(sanitizeMultiline).max(20_000).default(''),
  documentNumber: documentNumberField,
});
export type StatusReportRequest = z.infer<typeof statusReportRequestSchema>;

export const unitReportRequestSchema = z.strictObject({
  planId: idSchema,
  asOf: isoDateSchema,
  /** One unit's list; null for every unit in one document. */
  unitId: idSchema.nullable().default(null),
  documentNumber: documentNumberField,
});
export type UnitReportRequest = z.infer<typeof unitReportRequestSchema>;

export const meetingPackRequestSchema = z.strictObject({
  planId: idSchema,
  /** The day of the meeting: the statuses are as of this day. */
  meetingOn: isoDateSchema,
  /** Items due before this day are listed; null → the default horizon after the meeting. */
  nextMeetingOn: isoDateSchema.nullable().default(null),
  agenda: z.array(z.string().overwrite(sanitizeLine).trim().min(1).max(500)).max(50).default([]),
  documentNumber: documentNumberField,
  /** A meeting recorded in the app: its day, time, place, chair, participants and agenda are used. */
  meetingId: idSchema.nullable().default(null),
});
export type MeetingPackRequest = z.infer<typeof meetingPackRequestSchema>;

export const conclusionsNoticeRequestSchema = z.strictObject({
  planId: idSchema,
  meetingId: idSchema,
  /** The number from the document register, when it gave one; null leaves it blank. */
  documentNumber: documentNumberField,
});

export const timelinePictureRequestSchema = z.strictObject({ planId: idSchema, asOf: isoDateSchema });
export type TimelinePictureRequest = z.infer<typeof timelinePictureRequestSchema>;

/** A generated file, for the window to save through a dialog. */
export const generatedFileSchema = z.strictObject({
  fileName: z.string().min(1),
  base64: z.string(),
});
export type GeneratedFile = z.infer<typeof generatedFileSchema>;
