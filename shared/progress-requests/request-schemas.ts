/**
 * Asking units for progress and reading their answers: what the window sends and gets back, as zod
 * schemas shared by the API contract (both transports) and the services.
 */
import { formatFileSize } from '../files/file-size';
import { z } from 'zod';
import { idSchema, isoDateSchema, percentSchema, unitRoleSchema } from '../model/schemas';

/** The largest returned form accepted: a form of a few hundred tasks is well under a megabyte. */
export const MAX_RETURNED_FORM_BYTES = 5 * 1024 * 1024;
/** Forms read in one import: a round of requests goes to a few dozen units. */
export const MAX_RETURNED_FORMS = 60;
/** All forms of one import together. */
export const MAX_RETURNED_FORMS_TOTAL_BYTES = 40 * 1024 * 1024;

const MAX_FORM_BASE64 = Math.ceil(MAX_RETURNED_FORM_BYTES / 3) * 4;
const text = (max: number) => z.string().trim().max(max);

/** A document number for each unit's letter, from the document register when there is one. */
export const documentNumberSchema = z.strictObject({ unitId: idSchema, number: text(30).min(1) });

export const createRequestsInputSchema = z.strictObject({
  planId: idSchema,
  /** "Tình hình đến ngày": the day the units report on. */
  asOf: isoDateSchema,
  /** "Quý III năm 2021", "6 tháng đầu năm 2022": optional words for the period. */
  periodLabel: text(100).default(''),
  /** Empty: every unit that leads or supports an open task. */
  unitIds: z.array(idSchema).max(500).default([]),
  /** The date written on the letters. */
  sentOn: isoDateSchema,
  /** "Hạn gửi báo cáo": the units answer before the end of this day. */
  dueOn: isoDateSchema,
  documentNumbers: z.array(documentNumberSchema).max(500).default([]),
});
export type CreateRequestsInput = z.infer<typeof createRequestsInputSchema>;

/** Units a new request would go to by default, and how many tasks each would report on. */
export const requestCandidateSchema = z.strictObject({
  unitId: idSchema,
  name: z.string(),
  leadCount: z.number().int().min(0),
  supportCount: z.number().int().min(0),
});
export type RequestCandidate = z.infer<typeof requestCandidateSchema>;

export const trackedRequestSchema = z.strictObject({
  requestId: idSchema,
  unitId: idSchema,
  unitName: z.string(),
  asOf: isoDateSchema,
  periodLabel: z.string(),
  sentOn: isoDateSchema,
  dueOn: isoDateSchema,
  documentNumber: z.string().nullable(),
  taskCount: z.number().int().min(0),
  /** The first accepted returned form; null while the unit has not answered. */
  repliedOn: isoDateSchema.nullable(),
  acceptedCount: z.number().int().min(0),
  /** Answered after the due day, or not answered and the due day has passed. */
  late: z.boolean(),
});
export type TrackedRequest = z.infer<typeof trackedRequestSchema>;

export const returnedFileSchema = z.strictObject({
  fileName: z
    .string()
    .min(1)
    .max(255)
    .regex(/^[^/\\:\p{Cc}]+$/u, 'Tên tệp không được chứa đường dẫn.'),
  base64: z
    .base64()
    .max(MAX_FORM_BASE64, `Tệp quá lớn (giới hạn ${formatFileSize(MAX_RETURNED_FORM_BYTES)} mỗi biểu mẫu).`),
});
export type ReturnedFile = z.infer<typeof returnedFileSchema>;

export const previewReturnsInputSchema = z.strictObject({
  planId: idSchema,
  files: z
    .array(returnedFileSchema)
    .min(1, 'Hãy chọn ít nhất một tệp.')
    .max(MAX_RETURNED_FORMS, `Mỗi lần nhận tối đa ${MAX_RETURNED_FORMS} tệp.`),
});

/** How serious a problem is: an error keeps the row out; a warning lets the user decide. */
export const problemLevelSchema = z.enum(['error', 'warning']);
export const rowProblemSchema = z.strictObject({ level: problemLevelSchema, message: z.string() });
export type RowProblem = z.infer<typeof rowProblemSchema>;

export const previewRowSchema = z.strictObject({
  /** The task key as written in the form. */
  key: z.string(),
  taskId: idSchema.nullable(),
  wbs: z.string(),
  title: z.string(),
  role: unitRoleSchema.nullable(),
  /** Where in the file: "dòng 12". */
  place: z.string(),
  oldPercent: percentSchema.nullable(),
  newPercent: percentSchema.nullable(),
  reportedOn: isoDateSchema.nullable(),
  achieved: z.string(),
  difficulties: z.string(),
  proposals: z.string(),
  completedOn: isoDateSchema.nullable(),
  problems: z.array(rowProblemSchema),
  /** No error: the row may be accepted. */
  acceptable: z.boolean(),
  /** Acceptable and without warnings: ticked at first. */
  suggested: z.boolean(),
});
export type PreviewRow = z.infer<typeof previewRowSchema>;

export const previewFileSchema = z.strictObject({
  fileName: z.string(),
  /** Content hash: the same file imported twice is recognised whatever its name. */
  sha256: z.string(),
  requestId: idSchema.nullable(),
  unitName: z.string().nullable(),
  asOf: isoDateSchema.nullable(),
  /** Problems of the file as a whole (wrong plan, not a form, empty, already imported …). */
  problems: z.array(rowProblemSchema),
  /** Already imported: nothing in it would change the data. */
  alreadyImported: z.boolean(),
  rows: z.array(previewRowSchema),
});
export type PreviewFile = z.infer<typeof previewFileSchema>;

export const previewReturnsSchema = z.strictObject({ files: z.array(previewFileSchema) });
export type PreviewReturns = z.infer<typeof previewReturnsSchema>;

export const acceptReturnsInputSchema = previewReturnsInputSchema.extend({
  /** The day the forms arrived (the tracker's "replied on"); today when not given. */
  receivedOn: isoDateSchema.nullable().default(null),
  /** The rows the user accepted: file by its hash, task by its key. Every other row is rejected. */
  accepted: z
    .array(z.strictObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/), key: z.string().max(100) }))
    .max(100_000),
});
export type AcceptReturnsInput = z.infer<typeof acceptReturnsInputSchema>;

export const rejectedRowSchema = z.strictObject({ wbs: z.string(), title: z.string(), reason: z.string() });
export type RejectedRow = z.infer<typeof rejectedRowSchema>;

export const acceptResultSchema = z.strictObject({
  files: z.array(
    z.strictObject({
      fileName: z.string(),
      unitName: z.string().nullable(),
      acceptedCount: z.number().int().min(0),
      rejected: z.array(rejectedRowSchema),
      /** Why nothing of this file was written, when nothing was. */
      unchanged: z.string().nullable(),
    }),
  ),
  acceptedCount: z.number().int().min(0),
});
export type AcceptResult = z.infer<typeof acceptResultSchema>;

export const reminderInputSchema = z.strictObject({
  planId: idSchema,
  /** The day of the reminder: requests due before it and tasks overdue on it are owed. */
  asOf: isoDateSchema,
  /** The new day to answer by, written in the letters. */
  replyBy: isoDateSchema,
  /** Empty: every unit that owes something. */
  unitIds: z.array(idSchema).max(500).default([]),
  documentNumbers: z.array(documentNumberSchema).max(500).default([]),
});
export type ReminderInput = z.infer<typeof reminderInputSchema>;

export const reminderCandidateSchema = z.strictObject({
  unitId: idSchema,
  unitName: z.string(),
  unansweredRequestIds: z.array(idSchema),
  overdueTaskIds: z.array(idSchema),
});
export type ReminderCandidate = z.infer<typeof reminderCandidateSchema>;

/** A package of generated files (.zip) and what it holds. */
export const generatedPackageSchema = z.strictObject({
  fileName: z.string().min(1),
  base64: z.string(),
  unitCount: z.number().int().min(0),
});
