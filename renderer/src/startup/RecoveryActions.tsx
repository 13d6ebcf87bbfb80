/**
 * The ways back when the window cannot show the plan — the backup list (restore) and opening a plan
 * file — for the full-window screens that stand where the menus would be.
 */
import { useState } from 'react';
import { BackupDialog } from '../backups/BackupDialog';
import { TaskMessages } from '../ui/Modal';
import { useFileTask } from '../files/useFileTask';
import { useOpenPlanFile } from '../files/useOpenPlanFile';
import './startup.css';

export function RecoveryActions({ primary = false }: { primary?: boolean }) {
  const task = useFileTask();
  const openPlanFile = useOpenPlanFile(task);
  const [backups, setBackups] = useState(false);
  return (
    <>
      <TaskMessages error={task.error} notice={task.notice} />
      <div className="recovery-actions">
        <button
          type="button"
          className={primary ? 'button primary' : 'button'}
          disabled={task.busy}
          data-testid="recovery-backups"
          onClick={() => setBackups(true)}
        >
          Sao lưu và khôi phục…
        </button>
        <button
          type="button"
          className="button"
          disabled={task.busy}
          data-testid="recovery-plan-file"
          onClick={() => void openPlanFile(false)}
        >
          Mở tệp kế hoạch…
        </button>
      </div>
      {backups && <BackupDialog onClose={() => setBackups(false)} />}
    </>
  );
}
