/**
 * Editing installs undo triggers on the connection; backups and plan files made after an edit must
 * still be files restore and "Mở tệp kế hoạch" accept (exactly the migrations' schema, no triggers).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PlanView } from '../../shared/plan-view/plan-view-schema';
import { openAppServices } from '../../services/app-services';
import { BACKUP_FOLDER_NAME } from '../../services/backup/backup-names';
import { openPlainDatabase } from '../../services/storage/database';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ecourt-backup-edits-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('backups after edits', () => {
  it('restores a backup and reopens a plan file made after an undoable edit', async () => {
    const services = openAppServices({ databasePath: path.join(work, 'plan.sqlite') });
    try {
      const call = async <T>(method: string, input: unknown): Promise<T> => {
        const reply = await services.dispatch(method, input);
        if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
        return reply.value as T;
      };
      const [plan] = await call<{ id: number }[]>('listPlans', {});
      const view = await call<PlanView>('getPlanView', { planId: plan!.id, asOf: '2021-07-20' });
      const taskId = view.tasks[1]!.id;
      const progress = { reportedOn: '2021-07-01', difficulties: null, enteredBy: null };
      await call('addProgressUpdate', { taskId, percent: 40, achieved: 'trước sao lưu', ...progress });
      expect((await call<{ canUndo: boolean }>('getUndoState', {})).canUndo).toBe(true);

      const backup = await call<{ id: string }>('createBackupNow', {});
      const db = openPlainDatabase(path.join(work, BACKUP_FOLDER_NAME, backup.id), { readonly: true });
      const triggers = db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").pluck().all();
      db.close();
      expect(triggers).toEqual([]);
      await call('addProgressUpdate', { taskId, percent: 90, achieved: 'sau sao lưu', ...progress });

      await call('restoreBackup', { id: backup.id });
      const restored = await call<{ achieved: string | null }[]>('getProgressHistory', { taskId });
      expect(restored.map((u) => u.achieved)).toEqual(['trước sao lưu']);

      // Edits keep being recorded on the restored connection, and the plan file reopens.
      await call('addProgressUpdate', { taskId, percent: 60, achieved: 'sau khôi phục', ...progress });
      expect((await call<{ canUndo: boolean }>('getUndoState', {})).canUndo).toBe(true);
      const file = await call<{ fileName: string; base64: string }>('exportPlanFile', {});
      await expect(
        call('openPlanFile', { fileName: file.fileName, base64: file.base64 }),
      ).resolves.toMatchObject({ planCount: 1 });
    } finally {
      services.close();
    }
  });
});
