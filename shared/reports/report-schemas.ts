/**
 * What the reports need from the user and what they hand back, as zod schemas shared by the API
 * contract (both transports) and the services that build the documents.
 */
import { z } from 'zod';
import { idSchema, isoDateSchema } from '../model/schemas';

const line = (max: number) => z.string().trim().max(max);

/**
 * The parts of an administrative document (Nghị định 30/2020/NĐ-CP) that depend on who issues it.
 * Entered once by the user; the defaults fit the Steering Committee of the Supreme People's Court.
 */
export const reportSettingsSchema = z.strictObject({
  /** "TÒA ÁN NHÂN DÂN TỐI CAO": the governing body, first line of the letterhead. */
  governingBody: line(120),
  /** "BAN CHỈ ĐẠO XÂY DỰNG ĐỀ ÁN TÒA ÁN ĐIỆN TỬ": the issuing body, bold and ruled; a line break in it is kept. */
  issuingBody: line(160).min(1),
  /** The issuing body as running text names it: "Ban Chỉ đạo xây dựng Đề án Tòa án điện tử". */
  issuingBodyName: line(200).min(1),
  /** Who speaks in the body of a report: "Tổ giúp việc báo cáo …". */
  reportingBody: line(120).min(1),
  /** The number is written in by hand when the document is registered, so it is usually left empty. */
  documentNumber: line(20),
  /** "BC-BCĐ-TANDTC" in "Số: …/BC-BCĐ-TANDTC". */
  documentSymbol: line(60).min(1),
  place: line(60).min(1),
  /** "TM. BAN CHỈ ĐẠO", "KT. TRƯỞNG BAN"; empty when the signer signs in their own title. */
  signingAuthority: line(120),
  /** "TỔ TRƯỞNG TỔ GIÚP VIỆC", "TRƯỞNG BAN". */
  signerTitle: line(120).min(1),
  /** Empty: the secretary writes the name in; the app never invents a person. */
  signerName: line(120),
  /** "Nơi nhận" lines before the archive line, without the leading dash or closing semicolon. */
  recipients: z.array(line(200).min(1)).max(30),
  /** "VT, TGV" in "- Lưu: VT, TGV." */
  archiveCode: line(60).min(1),
});
export type ReportSettings = z.infer<typeof reportSettingsSchema>;

export const DEFAULT_REPORT_SETTINGS: ReportSettings = {
  governingBody: 'TÒA ÁN NHÂN DÂN TỐI CAO',
  issuingBody: 'BAN CHỈ ĐẠO XÂY DỰNG\nĐỀ ÁN TÒA ÁN ĐIỆN TỬ',
  issuingBodyName: 'Ban Chỉ đạo xây dựng Đề án Tòa án điện tử',
  reportingBody: 'Tổ giúp việc',
  documentNumber: '',
  documentSymbol: 'BC-BCĐ-TANDTC',
  place: 'Hà Nội',
  signingAuthority: '',
  signerTitle: 'TỔ TRƯỞNG TỔ GIÚP VIỆC',
  signerName: '',
  recipients: [
    'Trưởng Ban Chỉ đạo (để báo cáo)',
    'Các thành viên Ban Chỉ đạo',
    'Các thành viên Tổ giúp việc',
  ],
  archiveCode: 'VT, TGV',
};

/** Days ahead that "Nhiệm vụ trong thời gian tới" looks, unless the user chooses otherwise. */
export const DEFAULT_HORIZON_DAYS = 30;

export const statusReportRequestSchema = z.strictObject({
  planId: idSchema,
  asOf: isoDateSchema,
  horizonDays: z.number().int().min(1).max(366).default(DEFAULT_HORIZON_DAYS),
  /** "Kiến nghị, đề xuất" as the user typed it; one paragraph per line. */
  recommendations: z.string().max(20_000).default(''),
});
export type StatusReportRequest = z.infer<typeof statusReportRequestSchema>;

export const unitReportRequestSchema = z.strictObject({
  planId: idSchema,
  asOf: isoDateSchema,
  /** One unit's list; null for every unit in one document. */
  unitId: idSchema.nullable().default(null),
});
export type UnitReportRequest = z.infer<typeof unitReportRequestSchema>;

export const meetingPackRequestSchema = z.strictObject({
  planId: idSchema,
  /** The day of the meeting: the statuses are as of this day. */
  meetingOn: isoDateSchema,
  /** Items due before this day are listed; null → the default horizon after the meeting. */
  nextMeetingOn: isoDateSchema.nullable().default(null),
  agenda: z.array(z.string().trim().min(1).max(500)).max(50).default([]),
  /** A meeting recorded in the app: its day, time, place, chair, participants and agenda are used. */
  meetingId: idSchema.nullable().default(null),
});
export type MeetingPackRequest = z.infer<typeof meetingPackRequestSchema>;

export const conclusionsNoticeRequestSchema = z.strictObject({
  planId: idSchema,
  meetingId: idSchema,
  /** The number from the document register, when it gave one; null leaves it blank. */
  documentNumber: z.string().trim().max(20).nullable().default(null),
});

export const timelinePictureRequestSchema = z.strictObject({ planId: idSchema, asOf: isoDateSchema });
export type TimelinePictureRequest = z.infer<typeof timelinePictureRequestSchema>;

/** A generated file, for the window to save through a dialog. */
export const generatedFileSchema = z.strictObject({
  fileName: z.string().min(1),
  base64: z.string(),
});
export type GeneratedFile = z.infer<typeof generatedFileSchema>;
