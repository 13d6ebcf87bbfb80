/** How a backup is shown: its time as dd/mm/yyyy HH:mm (local time) and its task count (sizes: shared/files/file-size.ts). */
import type { BackupInfoDto } from '../../../shared/api/backup-contract';

const pad = (n: number) => String(n).padStart(2, '0');

/** "20/07/2021 14:05", in the computer's time zone. */
export function formatBackupTime(isoTimestamp: string): string {
  const date = new Date(isoTimestamp);
  if (Number.isNaN(date.getTime())) return '';
  return (
    `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} ` +
    `${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/** "20/07/2021", for the button that offers a backup. */
export function formatBackupDay(isoTimestamp: string): string {
  return formatBackupTime(isoTimestamp).slice(0, 10);
}

export function formatTaskCount(backup: Pick<BackupInfoDto, 'taskCount'>): string {
  return backup.taskCount === null ? 'Không đọc được' : `${backup.taskCount} nhiệm vụ`;
}
