/**
 * The contract methods for backups, restore and plan files, spread into the API contract.
 * The renderer only ever names a backup by an id from `listBackups`, and moves plan files as bytes:
 * no path from the window is ever trusted.
 */
import { formatFileSize } from '../files/file-size';
import { z } from 'zod';

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

/** The largest plan file accepted or produced; the whole plan of a court is a few megabytes. */
export const MAX_PLAN_FILE_BYTES = 200 * 1024 * 1024;
const MAX_PLAN_FILE_BASE64 = Math.ceil(MAX_PLAN_FILE_BYTES / 3) * 4;

export const BACKUP_REASON_CODES = [
  'khoi-dong',
  'truoc-nang-cap',
  'dinh-ky',
  'truoc-khoi-phuc',
  'truoc-khi-mo-tep',
  'thu-cong',
] as const;

export const backupInfoSchema = z.strictObject({
  /** The backup's file name, used as its id. */
  id: z.string(),
  /** ISO timestamp (UTC). */
  createdAt: z.iso.datetime(),
  reason: z.enum(BACKUP_REASON_CODES),
  /** "Định kỳ", "Khi khởi động", … */
  reasonLabel: z.string(),
  sizeBytes: z.number().int().min(0),
  /** Null when the copy cannot be read. */
  taskCount: z.number().int().min(0).nullable(),
});
export type BackupInfoDto = z.infer<typeof backupInfoSchema>;

export const startupStateSchema = z.discriminatedUnion('state', [
  z.strictObject({
    state: z.literal('ok'),
    /** Present when the data file or its folder cannot be written: the plan is shown, not edited. */
    readOnlyMessage: z.string().optional(),
  }),
  z.strictObject({
    state: z.literal('damaged'),
    message: z.string(),
    damagedFile: z.string(),
    offeredBackup: backupInfoSchema.nullable(),
  }),
]);
export type StartupStateDto = z.infer<typeof startupStateSchema>;

export const backupIdSchema = z
  .string()
  .max(220)
  // No folder separators, no drive colon, no control characters, no leading dot: a name, never a path.
  .regex(/^[^./\\:\p{Cc}][^/\\:\p{Cc}]{0,200}\.sqlite$/u, 'Mã bản sao lưu không hợp lệ.');

const replaceResultSchema = z.strictObject({
  /** The copy of the plan as it was just before, or null when there was no plan to keep. */
  safetyBackup: backupInfoSchema.nullable(),
  planCount: z.number().int().min(0),
  taskCount: z.number().int().min(0),
  /** The older schema version the file had, when it was brought up to date (on a copy). */
  migratedFrom: z.number().int().nullable(),
});

const planFileBytesSchema = z
  .base64()
  .max(MAX_PLAN_FILE_BASE64, `Tệp quá lớn (giới hạn ${formatFileSize(MAX_PLAN_FILE_BYTES)}).`);

export const backupMethods = {
  /** Whether the data file opened normally, or was damaged and set aside (with the backup to offer). */
  getStartupState: method(z.strictObject({}), startupStateSchema),
  /** Every finished backup of this data file, newest first. */
  listBackups: method(z.strictObject({}), z.array(backupInfoSchema)),
  /** A backup of the plan as it is now. */
  createBackupNow: method(z.strictObject({}), backupInfoSchema),
  /** Replaces the plan with a backup from the list, after backing up the current plan. */
  restoreBackup: method(
    z.strictObject({ id: backupIdSchema }),
    replaceResultSchema.extend({ restoredFrom: backupInfoSchema }),
  ),
  /** The whole plan as one SQLite file (base64), to carry to another laptop. */
  exportPlanFile: method(
    z.strictObject({}),
    z.strictObject({ fileName: z.string(), base64: planFileBytesSchema, sizeBytes: z.number().int().min(0) }),
  ),
  /** Replaces the plan with a plan file (base64), after checking it and backing up the current plan. */
  openPlanFile: method(
    z.strictObject({ fileName: z.string().min(1).max(255), base64: planFileBytesSchema }),
    replaceResultSchema,
  ),
};
