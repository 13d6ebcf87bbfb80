/**
 * How a backup file is named: `<database name>-<UTC timestamp>-<reason>.sqlite`. The timestamp sorts
 * as text, the reason is an ASCII slug (safe on any USB stick or file system), and the database name
 * keeps the backups of two data files that share a folder apart.
 */

import { BACKUP_REASON_CODES } from '../../shared/api/backup-contract';

export type BackupReason = (typeof BACKUP_REASON_CODES)[number];

export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {
  'khoi-dong': 'Khi khởi động',
  'truoc-nang-cap': 'Trước khi nâng cấp dữ liệu',
  'dinh-ky': 'Định kỳ',
  'truoc-khoi-phuc': 'Trước khi khôi phục',
  'truoc-khi-mo-tep': 'Trước khi mở tệp kế hoạch',
  'thu-cong': 'Do người dùng tạo',
};

export const BACKUP_FOLDER_NAME = 'sao-luu';
export const BACKUP_EXTENSION = '.sqlite';

const STAMP = String.raw`(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)`;
const REASON = `(${BACKUP_REASON_CODES.join('|')})`;

export type ParsedBackupName = { createdAt: Date; reason: BackupReason };

/** The part of the name that comes from the database file: `ke-hoach` for `ke-hoach.sqlite`. */
export function databaseStem(databaseFileName: string): string {
  return databaseFileName.replace(/\.[^.]*$/, '') || databaseFileName;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function formatBackupStamp(date: Date): string {
  // 2024-05-01T10:30:00.123Z → 2024-05-01T10-30-00-123Z: no colon, which Windows refuses in names.
  return date.toISOString().replace(/:/g, '-').replace('.', '-');
}

/** `sequence` separates two backups made in the same millisecond for the same reason. */
export function backupFileName(stem: string, date: Date, reason: BackupReason, sequence = 0): string {
  const suffix = sequence > 0 ? `-${sequence}` : '';
  return `${stem}-${formatBackupStamp(date)}-${reason}${suffix}${BACKUP_EXTENSION}`;
}

/** Null for any file that is not one of this database's finished backups (temporary files included). */
export function parseBackupName(stem: string, fileName: string): ParsedBackupName | null {
  const pattern = new RegExp(`^${escapeRegExp(stem)}-${STAMP}-${REASON}(?:-\\d+)?\\.sqlite$`, 'u');
  const m = pattern.exec(fileName);
  if (!m) return null;
  const [, stamp, reason] = m;
  // Back to ISO (10-30-00-123Z → 10:30:00.123Z); the round trip rejects a 31 February.
  const createdAt = new Date(stamp!.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, 'T$1:$2:$3.$4Z'));
  if (Number.isNaN(createdAt.getTime()) || formatBackupStamp(createdAt) !== stamp) return null;
  return { createdAt, reason: reason as BackupReason };
}
