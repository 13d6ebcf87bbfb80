/**
 * Updating a plan from a newer version of its document, through the API as the window calls it: the
 * preview proposes the plan, the request names it, bad requests are refused in Vietnamese with
 * nothing written, and the undo of the editing methods takes the whole update back.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServices, openAppServices } from '../../services/app-services';
import type { ImportPreviewDto } from '../../shared/api/import-preview-contract';
import { importPlanResultSchema } from '../../shared/api/interop-contract';
import {
  PLAN_V1,
  PLAN_V1_PARTIAL_AMENDMENT,
  PLAN_V2_AMENDMENT,
} from '../../shared/plan-amendment/amendment-test-documents';
import { dumpDatabase } from './helpers/interop-fixtures';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ecourt-plan-update-'));
let services: AppServices;
const base64 = (text: string) => Buffer.from(text).toString('base64');
const VIETNAMESE = /[àáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

async function ok<T>(method: string, input: unknown): Promise<T> {
  const reply = await services.dispatch(method, input);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value as T;
}

let planId = 0;

beforeAll(async () => {
  services = openAppServices({ databasePath: path.join(work, 'plan.sqlite') });
  ({ planId } = await ok<{ planId: number }>('importPlan', {
    fileName: 'kh-12.txt',
    base64: base64(PLAN_V1),
  }));
});

afterAll(() => {
  services?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('updating a plan through the API', () => {
  it('proposes the plan an amendment names, with its tasks to compare', async () => {
    const preview = await ok<ImportPreviewDto>('previewImport', {
      fileName: 'kh-30.txt',
      base64: base64(PLAN_V2_AMENDMENT),
    });
    expect(preview.amendable).toMatchObject({ id: planId, code: '12/KH-TANDTC', reason: 'amends' });
    expect(preview.amendable!.tasks.map((t) => t.wbs)).toEqual(['1', '1.1', '1.2', '1.3', '2', '2.1', '2.2']);
  });

  it('refuses bad requests in Vietnamese and writes nothing', async () => {
    const db = services.repository.database;
    const before = dumpDatabase(db);
    const file = { fileName: 'kh-30.txt', base64: base64(PLAN_V2_AMENDMENT) };
    for (const input of [
      { ...file, updatePlanId: 0 },
      { ...file, updatePlanId: '1' },
      // The old "replace" (which deleted the plan with its progress) is no longer a field.
      { ...file, replace: true },
    ]) {
      const reply = await services.dispatch('importPlan', input);
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      if (!reply.ok) expect(reply.error.message).toMatch(VIETNAMESE);
    }
    const missing = await services.dispatch('importPlan', { ...file, updatePlanId: 999 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
    // The same number as a new plan: refused, pointing to the update.
    const twice = await services.dispatch('importPlan', { fileName: 'kh-12.txt', base64: base64(PLAN_V1) });
    expect(twice).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('Cập nhật kế hoạch đã có') },
    });
    expect(dumpDatabase(db)).toEqual(before);
  });

  it('leaves alone what an amendment listing only its changes does not mention, when asked to', async () => {
    const before = services.repository.loadPlanData(planId)!.tasks;
    const partial = {
      fileName: 'kh-45.txt',
      base64: base64(PLAN_V1_PARTIAL_AMENDMENT),
      updatePlanId: planId,
    };
    const result = await ok<{ amendment: unknown }>('importPlan', { ...partial, keepUnmentioned: true });
    expect(result.amendment).toEqual({ added: 1, removed: 0, changed: 1, unchanged: 0 });
    const after = services.repository.loadPlanData(planId)!.tasks;
    expect(after.filter((t) => t.removedOn)).toEqual([]);
    expect(after).toHaveLength(before.length + 1);
    await ok('undo', {});
    expect(services.repository.loadPlanData(planId)!.tasks).toEqual(before);
  });

  it('applies the update as one undoable step', async () => {
    const result = await ok<unknown>('importPlan', {
      fileName: 'kh-30.txt',
      base64: base64(PLAN_V2_AMENDMENT),
      updatePlanId: planId,
    });
    expect(importPlanResultSchema.parse(result)).toEqual({
      planId,
      code: '12/KH-TANDTC',
      taskCount: 8,
      unitCount: 4,
      warningCount: 3,
      amendment: { added: 2, removed: 1, changed: 4, unchanged: 2 },
    });
    const evaluation = services.repository.loadPlanData(planId)!.tasks.find((t) => t.wbs === '1.2')!;
    expect(await ok('listTaskAmendments', { taskId: evaluation.id })).toEqual([
      {
        id: expect.any(Number),
        document: 'Kế hoạch số 30/KH-TANDTC ngày 20/06/2024',
        appliedAt: expect.any(String),
        field: 'deadline',
        before: 'Quý III/2024 (hạn 30/09/2024)',
        after: 'Tháng 12/2024 (hạn 31/12/2024)',
      },
    ]);
    expect(await services.dispatch('listTaskAmendments', { taskId: 99_999 })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    const undo = await ok<{ undoLabel: string }>('getUndoState', {});
    expect(undo.undoLabel).toBe('Cập nhật Kế hoạch số 12/KH-TANDTC theo “kh-30.txt”');
    await ok('undo', {});
    const tasks = services.repository.loadPlanData(planId)!.tasks;
    expect(tasks.map((t) => [t.wbs, t.removedOn])).toEqual(
      ['1', '1.1', '1.2', '1.3', '2', '2.1', '2.2'].map((w) => [w, null]),
    );
  });
});
