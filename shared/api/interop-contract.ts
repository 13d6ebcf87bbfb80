/**
 * The contract methods for files of other programs, spread into the API contract: a plan imported
 * from Word, Excel, MS Project or text, and the plan exported to Excel, MS Project, a calendar or a
 * PDF of the timeline. Files travel as base64 with a file name; the window never passes a path.
 */
import { formatFileSize } from '../files/file-size';
import { z } from 'zod';
import { idSchema, isoDateSchema } from '../model/schemas';
import { sanitizeLine } from '../text/sanitize-text';
import { previewEditsSchema } from '../plan-document/preview-edits';
import { importPreviewSchema } from './import-preview-contract';
import { taskAmendmentSchema } from '../plan-amendment/amendment-history';

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

/** The largest file accepted by an import: a plan document is a few hundred kilobytes. */
export const MAX_IMPORT_FILE_BYTES = 20 * 1024 * 1024;
const MAX_IMPORT_BASE64 = Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4;

export const exportedFileSchema = z.strictObject({
  /** Suggested name (ASCII), for the save dialog. */
  fileName: z.string().min(1),
  mimeType: z.string().min(1),
  base64: z.base64(),
});
export type ExportedFileDto = z.infer<typeof exportedFileSchema>;

const planAsOfSchema = z.strictObject({ planId: idSchema, asOf: isoDateSchema });

const importFileSchema = z.strictObject({
  /** The name only, as the user chose the file: its extension says how to read it. */
  fileName: z
    .string()
    // A direction override would show "gnp.exe" as "exe.png" in the plan's source name.
    .overwrite(sanitizeLine)
    .min(1)
    .max(255)
    .regex(/^[^/\\:\p{Cc}]+$/u, 'Tên tệp không được chứa đường dẫn.'),
  base64: z
    .base64()
    .max(MAX_IMPORT_BASE64, `Tệp quá lớn (giới hạn ${formatFileSize(MAX_IMPORT_FILE_BYTES)}).`),
});

/** Chosen by the window, to follow the reading of a file and cancel it (see getImportProgress). */
const importIdField = z
  .string()
  .regex(/^[A-Za-z0-9-]{8,64}$/, 'Mã lần nhập không hợp lệ.')
  .optional();

export const importPlanRequestSchema = importFileSchema.extend({
  /**
   * Apply the file as a newer version of this plan (its tasks keep their progress, meetings and
   * links; dropped ones are kept as removed), instead of adding it as a plan of its own.
   */
  updatePlanId: idSchema.optional(),
  /** With updatePlanId: the file lists only what it amends; tasks it does not mention stay as they are. */
  keepUnmentioned: z.boolean().default(false),
  importId: importIdField,
  /** Corrections made in the preview, applied before the one transaction. */
  edits: previewEditsSchema.default([]),
});

const importIdSchema = z.strictObject({ importId: importIdField.unwrap() });

/** Where an import is: its file being read (in a worker, may be cancelled), or its plan being written. */
export const IMPORT_STAGES = ['reading', 'saving', 'none'] as const;
export const importProgressSchema = z.strictObject({
  /** "none": no import with this id is running (not started yet, or already over). */
  stage: z.enum(IMPORT_STAGES),
  elapsedMs: z.number().int().min(0),
});
export type ImportProgress = z.infer<typeof importProgressSchema>;

export const importPlanResultSchema = z.strictObject({
  planId: idSchema,
  code: z.string(),
  taskCount: z.number().int().min(0),
  unitCount: z.number().int().min(0),
  warningCount: z.number().int().min(0),
  /** When the file updated a plan: how many of its tasks were added, removed, changed, left as they were. */
  amendment: z
    .strictObject({
      added: z.number().int().min(0),
      removed: z.number().int().min(0),
      changed: z.number().int().min(0),
      unchanged: z.number().int().min(0),
    })
    .optional(),
});

export const interopMethods = {
  /** A plan file read and matched against the registry, for the preview: nothing is written. */
  previewImport: method(importFileSchema.extend({ importId: importIdField }), importPreviewSchema),
  /** A plan from a .txt, .docx, .xlsx or MS Project .xml file, in one transaction; refused whole if anything is wrong. */
  importPlan: method(importPlanRequestSchema, importPlanResultSchema),
  /** What newer versions of the plan changed in a task (wording before and after), oldest first. */
  listTaskAmendments: method(z.strictObject({ taskId: idSchema }), z.array(taskAmendmentSchema)),
  /** How far an import started with this importId has got. */
  getImportProgress: method(importIdSchema, importProgressSchema),
  /** Stops an import while its file is being read; false once it is being written (it then completes). */
  cancelImport: method(importIdSchema, z.strictObject({ cancelled: z.boolean() })),
  /** The task grid as of a date (.xlsx). */
  exportExcel: method(planAsOfSchema, exportedFileSchema),
  /** The plan for MS Project (.xml, MSPDI). */
  exportMsProject: method(planAsOfSchema, exportedFileSchema),
  /** Deadlines, meetings and recurring duties for Outlook (.ics): of some units (all when empty) as lead, support or either. */
  exportIcal: method(
    planAsOfSchema.extend({
      unitIds: z.array(idSchema).max(1000).default([]),
      role: z.enum(['lead', 'support', 'any']).default('any'),
    }),
    exportedFileSchema,
  ),
  /** The timeline on landscape pages (.pdf). */
  exportTimelinePdf: method(
    planAsOfSchema.extend({ paper: z.enum(['A4', 'A3']).default('A4') }),
    exportedFileSchema,
  ),
};
