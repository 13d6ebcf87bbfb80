/** The API methods for backups, restore and plan files; bytes travel as base64 in the contract. */
import type { backupMethods } from '../../shared/api/backup-contract';
import type { ApiHandlers } from '../../shared/api/dispatcher';
import type { StartupState } from '../backup/open-at-start';
import type { BackupService } from '../backup/backup-service';

export type BackupHandlerDependencies = {
  backups: BackupService;
  startupState: () => StartupState;
};

export function createBackupHandlers({
  backups,
  startupState,
}: BackupHandlerDependencies): Pick<ApiHandlers, keyof typeof backupMethods> {
  return {
    getStartupState: () => startupState(),
    listBackups: () => backups.listBackups(),
    createBackupNow: () => backups.createBackup('thu-cong'),
    restoreBackup: ({ id }) => backups.restoreBackup(id),
    exportPlanFile: async () => {
      const { fileName, bytes } = await backups.exportPlanFile();
      return { fileName, base64: bytes.toString('base64'), sizeBytes: bytes.length };
    },
    // The file name is the user's own and only ever appears in messages: it is not a path here.
    openPlanFile: ({ base64 }) => backups.openPlanFile(Buffer.from(base64, 'base64')),
  };
}
