/**
 * Control characters and direction overrides, sent through the API and inside an imported file: what
 * is stored is clean text, so no report, picture, calendar or terminal receives them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openAppServices } from '../../services/app-services';
import { importPlanBytes } from '../../services/interop/import-plan-bytes';
import { createTestDatabase } from '../../services/testing/test-database';
import { DEFAULT_PLAN_TEXT } from '../../shared/default-plan/default-plan-text';

/** Anything a terminal, an XML writer or a bidi display would act on. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

describe('an imported plan carrying control characters', () => {
  it('is stored without them, as plain text', async () => {
    const hostile = DEFAULT_PLAN_TEXT.replace(
      '1.4. Đề xuất nội dung chính',
      '1.4. \u001b]0;bi-chiem\u0007Đề xuất \u001b[31mnội dung\u001b[0m chính',
    )
      .replace('- Chủ trì: Tổ giúp việc.', '- Chủ trì: Tổ giúp \u202eviệc\u202c.')
      .replace('dự thảo Đề cương Đề án.', 'dự thảo Đề cương Đề án\u0008\u0008.');
    const { repository } = createTestDatabase();
    const { planId } = await importPlanBytes(repository, Buffer.from(hostile), 'ke-hoach.txt');
    const data = repository.loadPlanData(planId)!;
    const task = data.tasks.find((t) => t.wbs.endsWith('1.4'))!;
    // The escapes lose their ESC and BEL: what is left is plain, harmless text.
    expect(task.title).toBe(']0;bi-chiemĐề xuất [31mnội dung[0m chính, xây dựng Đề cương Đề án');
    expect(task.deliverable).toBe('dự thảo Đề cương Đề án');
    expect(data.units.map((u) => u.name)).toContain('Tổ giúp việc');
    const texts = [
      ...data.tasks.flatMap((t) => [t.title, t.deliverable ?? '', t.notes ?? '', t.deadlineText ?? '']),
      ...data.units.map((u) => u.name),
    ];
    expect(texts.filter((t) => UNSAFE.test(t))).toEqual([]);
  });
});

describe('text sent through the API', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ecourt-controls-'));
  const services = openAppServices({ databasePath: path.join(work, 'plan.sqlite') });
  afterAll(() => {
    services.close();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('has controls removed and direction overrides neutralised before it is stored', async () => {
    const plans = await services.dispatch('listPlans', {});
    if (!plans.ok) throw new Error(plans.error.message);
    const planId = (plans.value as { id: number }[])[0]!.id;
    const added = await services.dispatch('addTask', {
      planId,
      parentId: null,
      afterTaskId: null,
      fields: {
        title: 'Báo cáo \u001b[2J\u0007quý\r\nIII \u202egnp.exe',
        kind: 'task',
        start: null,
        deadline: null,
        deadlineText: null,
        recurrence: null,
        deliverable: 'Dòng một\r\nDòng hai\u0000\tcột',
        notes: null,
        leadUnitId: null,
        coLeadUnitIds: [],
        supportUnitIds: [],
      },
    });
    if (!added.ok) throw new Error(added.error.message);
    const { taskId } = added.value as { taskId: number };
    const task = services.repository.loadPlanData(planId)!.tasks.find((t) => t.id === taskId)!;
    expect(task.title).toBe('Báo cáo [2Jquý III gnp.exe');
    expect(task.deliverable).toBe('Dòng một\nDòng hai\tcột');
  });

  it('names a unit as typed, without the characters that would reverse it', async () => {
    const added = await services.dispatch('addUnit', {
      name: 'Cục \u2067Công nghệ\u2069 thông tin\u001b',
      fullName: null,
      agency: null,
      color: null,
    });
    expect(added).toMatchObject({ ok: true, value: { name: 'Cục Công nghệ thông tin' } });
  });
});
