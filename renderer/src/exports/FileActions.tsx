/**
 * The header's two menus: "Xuất" (reports, the timeline as a picture or PDF, Excel, MS Project,
 * calendar, print) and "Tệp" (import, plan file, backups, report settings), and their dialogs.
 */
import { useState } from 'react';
import { FILE_FILTERS } from '../../../shared/files/file-filters';
import { PDF_PAPERS } from '../../../shared/files/file-transfer';
import type { PlanView } from '../../../shared/plan-view/plan-view-schema';
import { BackupDialog } from '../backups/BackupDialog';
import { ImportPlanDialog } from '../files/ImportPlanDialog';
import { type MenuItem, MenuButton } from '../ui/MenuButton';
import { TaskMessages } from '../ui/Modal';
import { useFileTask } from '../files/useFileTask';
import { useOpenPlanFile } from '../files/useOpenPlanFile';
import { useWindowServices } from '../files/window-services';
import { ReportDialog } from '../reports/ReportDialog';
import { RegisterDialog } from '../register/RegisterDialog';
import { ReportSettingsDialog } from '../settings/ReportSettingsDialog';
import { EXPORT_COMMANDS, type ExportCommand } from './export-commands';
import { IcalDialog } from './IcalDialog';
import '../files/files.css';

type OpenDialog = 'report' | 'settings' | 'register' | 'backups' | 'import' | 'ical' | null;

export function FileActions({ view }: { view: PlanView }) {
  const { client, platform } = useWindowServices();
  const task = useFileTask();
  const openPlanFile = useOpenPlanFile(task);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const close = () => setDialog(null);

  const runExport = (command: ExportCommand) =>
    task.run(async () => {
      const file = await command.build(client, { planId: view.plan.id, asOf: view.asOf });
      const { saved } = await platform.saveFile({
        fileName: file.fileName,
        base64: file.base64,
        filters: [command.filter],
      });
      return saved ? `Đã lưu “${file.fileName}”.` : null;
    });

  const savePlanFile = () =>
    task.run(async () => {
      const file = await client.exportPlanFile({});
      const { saved } = await platform.saveFile({
        fileName: file.fileName,
        base64: file.base64,
        filters: [FILE_FILTERS.planFile],
      });
      return saved ? `Đã lưu tệp kế hoạch “${file.fileName}”.` : null;
    });

  const exportItems: MenuItem[] = [
    { label: 'Báo cáo (Word)…', testId: 'export-report', onSelect: () => setDialog('report') },
    'separator',
    ...EXPORT_COMMANDS.map((command) => ({
      label: command.label,
      testId: `export-${command.id}`,
      onSelect: () => void runExport(command),
    })),
    { label: 'Lịch công việc (iCal)…', testId: 'export-ical', onSelect: () => setDialog('ical') },
    'separator',
    ...PDF_PAPERS.map((paper) => ({
      label: `In biểu đồ đang xem, khổ ${paper} ngang…`,
      testId: `export-print-${paper}`,
      onSelect: () =>
        void task.run(async () => {
          const { saved } = await platform.printPage(paper);
          return saved ? 'Đã lưu bản in PDF của biểu đồ.' : null;
        }),
    })),
  ];
  const fileItems: MenuItem[] = [
    { label: 'Nhập kế hoạch…', testId: 'file-import', onSelect: () => setDialog('import') },
    'separator',
    { label: 'Lưu tệp kế hoạch…', testId: 'file-save-plan', onSelect: () => void savePlanFile() },
    { label: 'Mở tệp kế hoạch…', testId: 'file-open-plan', onSelect: () => void openPlanFile(true) },
    { label: 'Sao lưu và khôi phục…', testId: 'file-backups', onSelect: () => setDialog('backups') },
    'separator',
    { label: 'Thiết lập văn bản…', testId: 'file-report-settings', onSelect: () => setDialog('settings') },
    { label: 'Sổ văn bản đi…', testId: 'file-register', onSelect: () => setDialog('register') },
  ];

  return (
    <div className="file-actions">
      <MenuButton label="Xuất" testId="export-menu" items={exportItems} disabled={task.busy} />
      <MenuButton label="Tệp" testId="file-menu" items={fileItems} disabled={task.busy} />
      {(task.error || task.notice) && (
        <div className="file-status">
          <TaskMessages error={task.error} notice={task.notice} />
          <button
            type="button"
            className="icon-button file-status-close"
            aria-label="Đóng thông báo"
            onClick={task.clear}
          >
            ×
          </button>
        </div>
      )}
      {dialog === 'report' && (
        <ReportDialog
          view={view}
          onClose={close}
          onSettings={() => setDialog('settings')}
          onRegister={() => setDialog('register')}
        />
      )}
      {dialog === 'settings' && <ReportSettingsDialog onClose={close} />}
      {dialog === 'register' && <RegisterDialog onClose={close} year={Number(view.asOf.slice(0, 4))} />}
      {dialog === 'backups' && <BackupDialog onClose={close} />}
      {dialog === 'import' && <ImportPlanDialog onClose={close} />}
      {dialog === 'ical' && <IcalDialog view={view} onClose={close} />}
    </div>
  );
}
