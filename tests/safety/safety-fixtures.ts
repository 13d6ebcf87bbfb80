/** Shared set-up for the data-safety tests: a data folder of its own, and a plan with progress in it. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type AppServices, type AppServicesOptions, openAppServices } from '../../services/app-services';
import { openPlainDatabase } from '../../services/storage/database';

export function makeWorkFolder(): { dir: string; dispose(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecourt-safety-'));
  return { dir, dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export function open(databasePath: string, options: Partial<AppServicesOptions> = {}): AppServices {
  return openAppServices({ databasePath, ...options });
}

/** Adds one progress update per task of Kế hoạch 76; returns their ids. */
export function addProgress(services: AppServices, achieved: string): number[] {
  const [plan] = services.repository.listPlanSummaries();
  if (!plan) throw new Error('no plan');
  const tasks = services.repository.loadPlanData(plan.id)!.tasks;
  return tasks.map(
    (task, i) =>
      services.repository.addProgressUpdate({
        taskId: task.id,
        reportedOn: '2021-07-20',
        percent: (i * 17) % 101,
        achieved,
        difficulties: null,
        enteredBy: 'Thư ký',
      }).id,
  );
}

/** Every progress update's text, as read straight from the file (not through the services). */
export function achievedTexts(file: string): string[] {
  const db = openPlainDatabase(file, { readonly: true });
  try {
    return db.prepare('SELECT achieved FROM progress_updates ORDER BY id').pluck().all() as string[];
  } finally {
    db.close();
  }
}

export async function call<T = unknown>(
  services: AppServices,
  method: string,
  input: unknown = {},
): Promise<T> {
  const response = await services.dispatch(method, input);
  if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message}`);
  return response.value as T;
}

export async function callError(
  services: AppServices,
  method: string,
  input: unknown = {},
): Promise<{ code: string; message: string }> {
  const response = await services.dispatch(method, input);
  if (response.ok) throw new Error(`${method} was expected to fail`);
  return response.error;
}
