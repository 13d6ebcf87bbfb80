/**
 * "Sao lưu và khôi phục": every backup of this data file, a backup made now, and a restore that
 * first backs up the plan as it is, so a restore can itself be undone.
 */
import { useState } from 'react';
import { invalidateQueries, useApiQuery } from '../api/useApiQuery';
import { errorMessage } from '../ui/error-message';
import type { BackupInfoDto } from '../../../shared/api/backup-contract';
import { Modal, ModalActions, TaskMessages } from '../ui/Modal';
import { useFileTask } from '../files/useFileTask';
import { useWindowServices } from '../files/window-services';
import { formatFileSize } from '../../../shared/files/file-size';
import { formatBackupTime, formatTaskCount } from './backup-format';

export function BackupDialog({ onClose }: { onClose: () => void }) {
  const { client, reloadData } = useWindowServices();
  const task = useFileTask();
  const { run } = task;
  const query = useApiQuery(client, 'listBackups', {});
  const backups: BackupInfoDto[] | null = query.data ?? null;
  const [confirming, setConfirming] = useState<BackupInfoDto | null>(null);

  const backupNow = () =>
    run(async () => {
      const made = await client.createBackupNow({});
      invalidateQueries();
      return `Đã sao lưu lúc ${formatBackupTime(made.createdAt)}.`;
    });

  const restore = (backup: BackupInfoDto) =>
    run(async () => {
      setConfirming(null);
      await client.restoreBackup({ id: backup.id });
      // Everything on screen came from the replaced data: read it all again.
      reloadData();
      return null;
    });

  return (
    <Modal
      title="Sao lưu và khôi phục"
      testId="backup-dialog"
      wide
      onClose={onClose}
      footer={
        <ModalActions
          onClose={onClose}
          action={{
            label: 'Sao lưu ngay',
            testId: 'backup-now',
            disabled: task.busy,
            onClick: () => void backupNow(),
          }}
        />
      }
    >
      <p className="form-hint">
        Ứng dụng tự sao lưu khi khởi động, định kỳ khi có thay đổi và trước mỗi lần khôi phục hoặc mở tệp kế
        hoạch.
      </p>
      <TaskMessages
        error={task.error ?? (query.error ? errorMessage(query.error) : null)}
        notice={task.notice}
      />
      {backups !== null && backups.length === 0 && <p>Chưa có bản sao lưu nào.</p>}
      {backups !== null && backups.length > 0 && (
        <div className="table-scroll">
          <table className="data-table" data-testid="backup-list">
            <thead>
              <tr>
                <th scope="col">Thời điểm</th>
                <th scope="col">Lý do</th>
                <th scope="col">Dung lượng</th>
                <th scope="col">Số nhiệm vụ</th>
                <th scope="col">
                  <span className="visually-hidden">Thao tác</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {backups.map((backup) => (
                <tr key={backup.id} data-testid="backup-row" data-backup-id={backup.id}>
                  <td>{formatBackupTime(backup.createdAt)}</td>
                  <td>{backup.reasonLabel}</td>
                  <td className="number">{formatFileSize(backup.sizeBytes)}</td>
                  <td className="number">{formatTaskCount(backup)}</td>
                  <td>
                    <button
                      type="button"
                      className="button"
                      disabled={task.busy || backup.taskCount === null}
                      data-testid="backup-restore"
                      onClick={() => setConfirming(backup)}
                    >
                      Khôi phục…
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {confirming && (
        <Modal
          title="Khôi phục bản sao lưu"
          testId="restore-confirm"
          onClose={() => setConfirming(null)}
          footer={
            <ModalActions
              onClose={() => setConfirming(null)}
              closeLabel="Hủy"
              action={{
                label: 'Khôi phục',
                testId: 'restore-confirm-yes',
                onClick: () => void restore(confirming),
              }}
            />
          }
        >
          <p>
            Kế hoạch sẽ trở về như lúc <strong>{formatBackupTime(confirming.createdAt)}</strong> (
            {confirming.reasonLabel.toLowerCase()}, {formatTaskCount(confirming)}).
          </p>
          <p>
            Trước khi khôi phục, ứng dụng tự sao lưu dữ liệu hiện tại; nếu cần, có thể khôi phục lại bản đó
            trong danh sách này.
          </p>
        </Modal>
      )}
    </Modal>
  );
}
