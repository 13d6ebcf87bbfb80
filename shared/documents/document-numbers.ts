/**
 * Document types that take a number, and how the number and symbol are written (Nghị định
 * 30/2020/NĐ-CP, Phụ lục I): each type has its own series per year, numbers below 10 get a leading
 * zero ("Số: 05/BC-TGV"), a typed document carries its type's abbreviation before the issuing
 * body's ("BC-TGV", "TB-TGV"), an official letter (Công văn) the body's alone ("TGV").
 */
import { z } from 'zod';
import { idSchema, isoDateSchema } from '../model/schemas';

export const DOCUMENT_KINDS = ['BC', 'TB', 'CV'] as const;
export const documentKindSchema = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof documentKindSchema>;

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  BC: 'Báo cáo',
  TB: 'Thông báo',
  CV: 'Công văn',
};

/**
 * The series each report is numbered in (Điều 7), for the window's Reports dialog and the
 * command line alike: the status report and the meeting pack as Báo cáo, the unit list as a Công văn.
 */
export const REPORT_DOCUMENT_KINDS = {
  status: 'BC',
  unit: 'CV',
  meeting: 'BC',
} as const satisfies Record<string, DocumentKind>;

/** "5" → "05"; 10 and above as they are. */
export function formatDocumentNumber(seq: number): string {
  return seq < 10 ? `0${seq}` : String(seq);
}

/** "BC-TGV" for a report, "TGV" for an official letter. */
export function documentSymbol(kind: DocumentKind, bodySymbol: string): string {
  return kind === 'CV' ? bodySymbol : `${kind}-${bodySymbol}`;
}

/** "05/BC-TGV"; a blank for the clerk to fill in when there is no number yet. */
export function documentNumberText(seq: number | null, kind: DocumentKind, bodySymbol: string): string {
  const number = seq === null ? '\u00a0'.repeat(8) : formatDocumentNumber(seq);
  return `${number}/${documentSymbol(kind, bodySymbol)}`;
}

/** One line of the register of outgoing documents. */
export const registerEntrySchema = z.strictObject({
  id: idSchema,
  kind: documentKindSchema,
  year: z.number().int(),
  seq: z.number().int().positive(),
  /** "05/BC-TGV", as printed. */
  numberText: z.string(),
  symbol: z.string(),
  issuedOn: isoDateSchema,
  subject: z.string(),
  fileName: z.string(),
  planId: idSchema.nullable(),
});
export type RegisterEntry = z.infer<typeof registerEntrySchema>;

/** The next free number of a series, as offered to the user before a document is made. */
export const proposedNumberSchema = z.strictObject({
  kind: documentKindSchema,
  year: z.number().int(),
  seq: z.number().int().positive(),
  /** "05/BC-TGV" */
  numberText: z.string(),
});
export type ProposedNumber = z.infer<typeof proposedNumberSchema>;

/** What the user may correct in a line of the register. */
export const registerEntryEditSchema = z.strictObject({
  id: idSchema,
  seq: z.number().int().min(1).max(99_999),
  issuedOn: isoDateSchema,
  subject: z.string().trim().min(1).max(500),
  fileName: z.string().trim().max(260),
});
export type RegisterEntryEdit = z.infer<typeof registerEntryEditSchema>;
