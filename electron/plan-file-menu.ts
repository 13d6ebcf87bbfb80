/**
 * The File menu's plan-file and print commands, run in main with main's own dialogs: the plan saved
 * to a file, a plan file opened in place of the current plan (after a confirmation and a backup),
 * and the timeline printed to PDF. Main calls the services directly; no page is involved.
 */
import fs from 'node:fs';
import type { MessageBoxOptions } from 'electron';
import { FILE_FILTERS } from '../shared/files/file-filters';
import type { PdfPaper } from '../shared/files/file-transfer';
import type { BackupService } from '../services/backup/backup-service';
import {
  PDF_FILTERS,
  checkPickedSize,
  openDialogOptions,
  saveDialogOptions,
  timelinePdfFileName,
  timelinePdfOptions,
} from './file-requests';
import { type FileDialogs, saveThroughDialog } from './file-ipc';

export type PlanFileMenuDeps = {
  backups: Pick<BackupService, 'exportPlanFile' | 'openPlanFile'>;
  dialogs: FileDialogs;
  confirm: (options: MessageBoxOptions) => Promise<boolean>;
  showError: (title: string, message: string) => void;
  /** Shows the window's data again after the plan was replaced. */
  reloadWindow: () => void;
  printToPdf: (options: ReturnType<typeof timelinePdfOptions>) => Promise<Uint8Array>;
  now?: () => Date;
};

export const OPEN_PLAN_FILE_CONFIRMATION: MessageBoxOptions = {
  type: 'warning',
  title: 'Mở tệp kế hoạch',
  message: 'Dữ liệu kế hoạch hiện tại sẽ được thay thế bằng nội dung của tệp này.',
  detail:
    'Trước khi thay thế, ứng dụng tự sao lưu dữ liệu hiện tại; có thể khôi phục lại trong “Sao lưu và khôi phục”.',
  buttons: ['Mở tệp và thay thế', 'Hủy'],
  defaultId: 1,
  cancelId: 1,
  noLink: true,
};

function errorMessage(error: unknown): string {
  return error instanceof Error && error.name === 'UserError'
    ? error.message
    : 'Đã xảy ra lỗi không mong đợi.';
}

export function createPlanFileCommands(deps: PlanFileMenuDeps) {
  const now = deps.now ?? (() => new Date());
  const run = (title: string, work: () => Promise<unknown>) => async () => {
    try {
      await work();
    } catch (error) {
      console.error(`[menu] ${title} failed:`, error);
      deps.showError(title, errorMessage(error));
    }
  };

  return {
    savePlanFile: run('Không lưu được tệp kế hoạch', async () => {
      const file = await deps.backups.exportPlanFile();
      await saveThroughDialog(
        deps.dialogs,
        saveDialogOptions({ fileName: file.fileName, filters: [FILE_FILTERS.planFile] }),
        () => file.bytes,
      );
    }),

    openPlanFile: run('Không mở được tệp kế hoạch', async () => {
      const choice = await deps.dialogs.showOpenDialog(
        openDialogOptions({ filters: [FILE_FILTERS.planFile] }),
      );
      const file = choice.filePaths[0];
      if (choice.canceled || file === undefined) return;
      const tooLarge = checkPickedSize(fs.statSync(file).size);
      if (tooLarge !== null) {
        deps.showError('Không mở được tệp kế hoạch', tooLarge);
        return;
      }
      if (!(await deps.confirm(OPEN_PLAN_FILE_CONFIRMATION))) return;
      await deps.backups.openPlanFile(fs.readFileSync(file));
      deps.reloadWindow();
    }),

    printTimelinePdf: (paper: PdfPaper) =>
      run('Không xuất được PDF tiến độ', async () => {
        const pdf = await deps.printToPdf(timelinePdfOptions(paper));
        await saveThroughDialog(
          deps.dialogs,
          saveDialogOptions({ fileName: timelinePdfFileName(now(), paper), filters: PDF_FILTERS }),
          () => pdf,
        );
      }),
  };
}
