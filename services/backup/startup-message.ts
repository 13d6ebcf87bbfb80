/** The Vietnamese wording of what happened at start, shared by the window, the CLI and the web bridge. */
import type { BackupInfo } from './backup-folder';

/** "14:05 ngày 03/05/2024" on this laptop's clock. */
export function formatBackupTime(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${pad(date.getHours())}:${pad(date.getMinutes())} ngày ` +
    `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`
  );
}

export function describeBackup(backup: BackupInfo): string {
  const tasks = backup.taskCount === null ? '' : `, ${backup.taskCount} nhiệm vụ`;
  return `bản lúc ${formatBackupTime(backup.createdAt)} (${backup.reasonLabel.toLowerCase()}${tasks})`;
}

export function describeDamage(damagedFile: string, offered: BackupInfo | null): string {
  const what =
    'Tệp dữ liệu kế hoạch bị hỏng nên không mở được (thường do máy bị tắt đột ngột hoặc ổ đĩa bị lỗi). ' +
    `Tệp hỏng đã được cất riêng, không bị xoá: “${damagedFile}”.`;
  if (offered === null) {
    return (
      `${what} Không tìm thấy bản sao lưu nào còn dùng được, nên ứng dụng bắt đầu với dữ liệu trống. ` +
      'Nếu đã lưu kế hoạch ra tệp (ví dụ trên USB), hãy dùng “Mở tệp kế hoạch…”.'
    );
  }
  return (
    `${what} Bản sao lưu gần nhất còn tốt là ${describeBackup(offered)}. ` +
    'Hãy khôi phục bản sao lưu này để lấy lại dữ liệu (những thay đổi sau thời điểm đó có thể không còn).'
  );
}
