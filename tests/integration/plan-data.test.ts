/**
 * The window reads a plan once (getPlanData) and computes its view for each status date itself.
 * What it computes must be exactly what the services would answer (getPlanView), progress history
 * and links included, and the data must pass the contract the renderer's client checks.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiContract } from '../../shared/api/contract';
import { type PlanData, buildPlanView } from '../../shared/plan-view/build-plan-view';
import type { PlanView } from '../../shared/plan-view/plan-view-schema';
import { type AppServices, openAppServices } from '../../services/app-services';
import { viewAsOf } from '../../renderer/src/dates/view-as-of';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ecourt-plan-data-'));
let services: AppServices;

async function call<T>(method: string, input: unknown): Promise<T> {
  const reply = await services.dispatch(method, input);
  if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
  return reply.value as T;
}

beforeAll(() => {
  services = openAppServices({ databasePath: path.join(work, 'plan.sqlite') });
});
afterAll(() => {
  services.close();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('getPlanData', () => {
  it('gives the window what it needs to compute the same view as the services, for any date', async () => {
    const [plan] = await call<{ id: number }[]>('listPlans', {});
    const planId = plan!.id;
    const before = await call<PlanView>('getPlanView', { planId, asOf: '2021-07-20' });
    const byWbs = new Map(before.tasks.map((t) => [t.wbs, t.id]));
    await call('addProgressUpdate', {
      taskId: byWbs.get('1.2'),
      percent: 100,
      reportedOn: '2021-07-10',
      achieved: 'Đã trình Ban Chỉ đạo',
      difficulties: null,
      enteredBy: null,
    });
    await call('addDependency', {
      predecessorId: byWbs.get('1.1'),
      successorId: byWbs.get('1.4'),
      lagDays: 0,
    });

    const data = await call<PlanData>('getPlanData', { planId });
    expect(apiContract.getPlanData.output.safeParse(data).success).toBe(true);
    for (const asOf of ['2021-06-01', '2021-07-11', '2021-07-20', '2022-01-01']) {
      const fromServices = await call<PlanView>('getPlanView', { planId, asOf });
      expect(buildPlanView(data, asOf)).toEqual(fromServices);
    }
    const task12 = buildPlanView(data, '2021-07-20').tasks.find((t) => t.wbs === '1.2');
    expect(task12).toMatchObject({ status: 'done', progress: 100, completedOn: '2021-07-10' });
  });

  it('opens on the plan’s last day once the plan is over, or on the date asked for', async () => {
    const [plan] = await call<{ id: number }[]>('listPlans', {});
    const data = await call<PlanData>('getPlanData', { planId: plan!.id });
    // Kế hoạch 76 ends on 31/07/2021: a later "today" opens on that day.
    expect(viewAsOf(data, null, '2026-11-23').asOf).toBe('2021-07-31');
    expect(viewAsOf(data, null, '2021-07-01').asOf).toBe('2021-07-01');
    expect(viewAsOf(data, '2021-07-20', '2026-11-23').asOf).toBe('2021-07-20');
  });

  it('answers an unknown plan in Vietnamese', async () => {
    const reply = await services.dispatch('getPlanData', { planId: 999 });
    expect(reply).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'Không tìm thấy kế hoạch (mã 999).' },
    });
  });
});
