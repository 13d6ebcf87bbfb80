/** What the command line prints about backups and a damaged start (the CLI itself wires the commands). */
import { formatFileSize } from '../../shared/files/file-size';
import type { AppServices } from '../app-services';
import { renderTable } from '../cli/text-table';
import type { BackupInfo } from './backup-folder';
import type { ReplaceResult } from './backup-service';
import type { StartupState } from './open-at-start';
import { describeBackup, formatBackupTime } from './startup-message';

/** The damaged-start message with the command that restores the offered backup; null after a normal start. */
export function startupNotice(state: StartupState): string | null {
  if (state.state === 'ok') return null;
  const hint = state.offeredBackup
    ? `\nĐể khôi phục: npm run cli -- restore "${state.offeredBackup.id}"`
    : '';
  return `Cảnh báo: ${state.message}${hint}`;
}

/** Writes the notice to stderr, so it never mixes with a command's output. */
export function warnIfDamaged(services: Pick<AppServices, 'startupState'>): void {
  const notice = startupNotice(services.startupState);
  if (notice !== null) process.stderr.write(`${notice}\n\n`);
}

export function formatBackupList(backups: readonly BackupInfo[], folder: string): string {
  if (backups.length === 0) return `Chưa có bản sao lưu nào (thư mục ${folder}).`;
  const table = renderTable(
    [
      { title: 'Thời điểm' },
      { title: 'Lý do' },
      { title: 'Nhiệm vụ' },
      { title: 'Dung lượng' },
      { title: 'Mã' },
    ],
    backups.map((b) => [
      formatBackupTime(b.createdAt),
      b.reasonLabel,
      b.taskCount === null ? 'không đọc được' : String(b.taskCount),
      formatFileSize(b.sizeBytes),
      b.id,
    ]),
  );
  return `${table}\n\n${backups.length} bản sao lưu trong thư mục ${folder}.`;
}

export function formatRestore(result: ReplaceResult & { restoredFrom: BackupInfo }): string {
  const lines = [
    `Đã khôi phục ${describeBackup(result.restoredFrom)}: ${result.planCount} kế hoạch, ${result.taskCount} nhiệm vụ.`,
  ];
  if (result.safetyBackup) {
    lines.push(`Dữ liệu ngay trước khi khôi phục được giữ trong bản sao lưu “${result.safetyBackup.id}”.`);
  }
  return lines.join('\n');
}
