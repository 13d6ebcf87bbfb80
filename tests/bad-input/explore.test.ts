import fs from 'node:fs';
import path from 'node:path';
import { it } from 'vitest';
import { importPlanFromPath } from '../../services/interop/import-plan-bytes';
import { databaseWithPlan76 } from '../interop/helpers/interop-fixtures';

it('explore', async () => {
  const dir = 'tests/fixtures/bad';
  for (const name of fs.readdirSync(dir).filter((n) => !n.endsWith('.mjs'))) {
    const { repository } = databaseWithPlan76();
    const t = Date.now();
    try {
      const s = await importPlanFromPath(repository, path.join(dir, name), { today: '2022-08-01' });
      const data = repository.loadPlanData(s.planId);
      console.log('OK', name, JSON.stringify(s), data?.plan.title, data?.tasks.map((x) => x.title).join(' | '), JSON.stringify(repository.loadPlanData(s.planId)?.warnings ?? null));
    } catch (e) {
      console.log('ERR', name, Date.now() - t, (e as Error).constructor.name, (e as Error).message);
    }
  }
}, 60000);
