/**
 * Shown instead of the plan when the data file was damaged at start: what happened, where the
 * damaged file was kept, and the two ways back — the newest backup, or a plan file.
 */
import type { StartupStateDto } from '../../../shared/api/backup-contract';
import { formatBackupDay } from '../backups/backup-format';
import { TaskMessages } from '../ui/Modal';
import { useFileTask } from '../files/useFileTask';
import { useWindowServices } from '../files/window-services';
import '../files/files.css';
import { useOpenPlanFile } from '../files/useOpenPlanFile';

type Damaged = Extract<StartupStateDto, { state: 'damaged' }>;

export function RecoveryScreen({ state }: { state: Damaged }) {
  const { client, reloadData } = useWindowServices();
  const task = useFileTask();
  const openPlanFile = useOpenPlanFile(task);
  const backup = state.offeredBackup;

  const restore = () =>
    task.run(async () => {
      if (!backup) return null;
      await client.restoreBackup({ id: backup.id });
      reloadData();
      return null;
    });

  return (
    <div className="load-state" role="alert" data-testid="recovery-screen">
      <div className="error-card recovery-card">
        <span className="error-icon" aria-hidden="true">
          !
        </span>
        <h1>Tệp dữ liệu kế hoạch bị hỏng</h1>
        <p data-testid="recovery-message">{state.message}</p>
        <p>
          Tệp hỏng được giữ tại: <code data-testid="damaged-file">{state.damagedFile}</code>
        </p>
        {!backup && (
          <p>Không tìm thấy bản sao lưu nào dùng được. Hãy mở một tệp kế hoạch đã lưu trước đây.</p>
        )}
        <TaskMessages error={task.error} notice={task.notice} />
        <div className="recovery-actions">
          {backup && (
            <button
              type="button"
              className="button primary"
              disabled={task.busy}
              data-testid="restore-latest"
              onClick={() => void restore()}
            >
              Khôi phục bản sao lưu mới nhất (ngày {formatBackupDay(backup.createdAt)})
            </button>
          )}
          <button
            type="button"
            className="button"
            disabled={task.busy}
            data-testid="recovery-open-file"
            onClick={() => void openPlanFile(false)}
          >
            Mở tệp kế hoạch…
          </button>
        </div>
      </div>
    </div>
  );
}
