/**
 * Editing the plan as a user does it: the real renderer (built fresh) on the real bridge over a
 * throwaway database, in Chromium. Adds and edits a task, drags it, records progress, reloads,
 * undoes, is refused a cycle, and loads the coordination documents to see their recurring duties.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppServices } from '../../services/app-services';
import { type E2eHarness, SHOTS, openHarness } from './harness';
import { settled as settledWindow } from './window-actions';

const NEW_TITLE = 'Xây dựng dự thảo Đề án Tòa án điện tử (bổ sung)';

let harness: E2eHarness;
let services: AppServices;
let page: Page;
let pageErrors: string[];

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `editing-${name}.png`) });
const row = (wbs: string) => page.locator(`[data-testid="task-row"][data-wbs="${wbs}"]`);
const planData = () => services.repository.loadPlanData(services.repository.listPlanSummaries()[0]!.id)!;
const newTask = () => planData().tasks.find((t) => t.title === NEW_TITLE);

async function openEditor(wbs: string): Promise<void> {
  await row(wbs).click();
  await page.click('[data-testid="popup-edit"]');
  await page.locator('[data-testid="task-editor"]').waitFor();
}
async function closeEditor(): Promise<void> {
  await page.click('[data-testid="task-editor"] .modal-footer >> text=Đóng');
  await page.locator('[data-testid="task-editor"]').waitFor({ state: 'detached' });
}
/** Waits until the window has read the plan again after an edit. */
const settled = () => settledWindow(page);

describe('editing the plan (Chromium, local bridge)', () => {
  beforeAll(async () => {
    harness = await openHarness('ecourt-e2e-edit-');
    ({ services, page, pageErrors } = harness);
    await row('1.1').waitFor();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('adds a task through the form, the deadline wording read live', async () => {
    await page.click('[data-testid="add-task"]');
    await page.locator('[data-testid="task-editor"]').waitFor();
    await page.fill('[data-testid="field-title"]', NEW_TITLE);
    await page.fill('[data-testid="field-start"]', '01/08/2021');
    await page.fill('[data-testid="field-deadline"]', '31 tháng 2 năm 2021');
    expect(await page.textContent('[data-testid="deadline-reading"]')).toContain('31');
    expect(await page.getAttribute('[data-testid="deadline-reading"]', 'class')).toContain('is-error');
    await page.fill('[data-testid="field-deadline"]', 'Trước ngày 30 tháng 9 năm 2021');
    expect(await page.textContent('[data-testid="deadline-reading"]')).toBe('Hiểu là: hạn cuối 29/09/2021.');
    await page.selectOption('[data-testid="field-lead"]', { label: 'Vụ Tổng hợp' });
    await page.fill('[data-testid="field-deliverable"]', 'Dự thảo Đề án');
    await shot('01-new-task-form');
    await page.click('[data-testid="save-task"]');
    await page.locator('[data-testid="task-editor"]').waitFor({ state: 'detached' });
    await row('2').waitFor();
    expect(await row('2').textContent()).toContain('Xây dựng dự thảo Đề án');
    expect(newTask()).toMatchObject({ wbs: '2', start: '2021-08-01', deadline: '2021-09-29' });
    await shot('02-task-added');
  });

  it('edits its units and deadline', async () => {
    await openEditor('2');
    await page.fill('[data-testid="field-deadline"]', 'Trước ngày 15 tháng 10 năm 2021');
    await page.selectOption('[data-testid="field-lead"]', { label: 'Vụ Pháp chế và Quản lý khoa học' });
    await page.check('[data-testid="field-supports"] label:has-text("Vụ Tổng hợp") input');
    await page.click('[data-testid="save-task"]');
    await page.locator('[data-testid="task-editor"]').waitFor({ state: 'detached' });
    await settled();
    const data = planData();
    const task = newTask()!;
    expect(task.deadline).toBe('2021-10-14');
    const links = data.taskUnits.filter((l) => l.taskId === task.id);
    const nameOf = (id: number) => data.units.find((u) => u.id === id)?.name;
    expect(links.map((l) => [l.role, nameOf(l.unitId)])).toEqual([
      ['lead', 'Vụ Pháp chế và Quản lý khoa học'],
      ['support', 'Vụ Tổng hợp'],
    ]);
    expect(await row('2').textContent()).toContain('Trước ngày 15 tháng 10 năm 2021');
  });

  it('moves the task by dragging its bar, recorded as a quick correction when the reason is skipped', async () => {
    // Dragging is offered at the day and week zooms, where the chart reads exact days.
    await page.click('[data-testid="view-mode-Tuần"]');
    const bar = page.locator('[data-testid="gantt-bar"][data-wbs="2"] rect.bar');
    await bar.scrollIntoViewIfNeeded();
    const box = (await bar.boundingBox())!;
    const before = newTask()!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    await page.locator('[data-testid="revision-dialog"]').waitFor();
    await page.click('[data-testid="revision-skip"]');
    await page.locator('[data-testid="revision-dialog"]').waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    await expect.poll(() => newTask()!.deadline, { timeout: 5000 }).not.toBe(before.deadline);
    const after = newTask()!;
    expect(after.start! > before.start!).toBe(true);
    // The whole bar moved: the length in days is kept.
    const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
    expect(days(after.start!, after.deadline!)).toBe(days(before.start!, before.deadline!));
    await settled();
    await shot('03-dragged');
    await page.click('[data-testid="view-mode-Tháng"]');
  });

  it('records progress with its results and difficulties, and shows the history', async () => {
    await row('2').locator('[data-testid="row-record-progress"]').click();
    const dialog = page.locator('[data-testid="progress-dialog"]');
    await dialog.waitFor();
    await page.fill('[data-testid="progress-date"]', '20/09/2021');
    await page.fill('[data-testid="progress-percent"]', '40');
    await page.fill('[data-testid="progress-achieved"]', 'Đã có dự thảo lần 1');
    await page.fill('[data-testid="progress-difficulties"]', 'Chưa đủ ý kiến góp ý của các đơn vị');
    await page.fill('[data-testid="progress-person"]', 'Tổ giúp việc');
    await shot('04-progress');
    await page.click('[data-testid="progress-save"]');
    await dialog.waitFor({ state: 'detached' });
    await settled();
    await row('2').click();
    expect(await page.textContent('[data-testid="progress-history"]')).toContain('20/09/2021');
    await page.keyboard.press('Escape');
  });

  it('keeps everything after reloading the page', async () => {
    await page.reload();
    await row('2').waitFor();
    expect(await row('2').textContent()).toContain('Xây dựng dự thảo Đề án');
    expect(await row('2').textContent()).toContain('Vụ Pháp chế và Quản lý khoa học');
    await row('2').click();
    expect(await page.textContent('[data-testid="progress-history"]')).toContain(
      'Chưa đủ ý kiến góp ý của các đơn vị',
    );
    await page.click('[data-testid="popup-edit"]');
    await page.locator('[data-testid="task-editor"]').waitFor();
    expect(await page.inputValue('[data-testid="field-title"]')).toBe(NEW_TITLE);
    await closeEditor();
  });

  it('undoes the last edit with the button and Ctrl+Z, and redoes it with Ctrl+Y', async () => {
    const id = newTask()!.id;
    expect(planData().progressUpdates.filter((u) => u.taskId === id)).toHaveLength(1);
    await page.click('[data-testid="undo"]');
    await expect.poll(() => planData().progressUpdates.filter((u) => u.taskId === id).length).toBe(0);
    await settled();
    const moved = newTask()!.deadline;
    await page.keyboard.press('Control+z');
    await expect.poll(() => newTask()!.deadline).toBe('2021-10-14');
    expect(moved).not.toBe('2021-10-14');
    await page.keyboard.press('Control+y');
    await expect.poll(() => newTask()!.deadline).toBe(moved);
    await settled();
    await shot('05-after-undo-redo');
  });

  it('refuses a dependency cycle, naming the tasks in it', async () => {
    await openEditor('1.2');
    await page.selectOption('[data-testid="dependency-select"]', { label: await optionLabel('1.1') });
    await page.click('[data-testid="add-dependency"]');
    await settled();
    await closeEditor();
    await openEditor('1.1');
    await page.selectOption('[data-testid="dependency-select"]', { label: await optionLabel('1.2') });
    await page.click('[data-testid="add-dependency"]');
    const message = page.locator('[data-testid="editor-error"]');
    await message.waitFor();
    expect(await message.textContent()).toMatch(/vòng lặp: 1\.2 “.+” → 1\.1 “.+” → 1\.2/);
    await shot('06-cycle-refused');
    await closeEditor();
  });

  it('records a steering-committee meeting whose conclusion becomes a follow-up task', async () => {
    await page.click('[data-testid="tools-menu"]');
    await page.click('[data-testid="open-meetings"]');
    const dialog = page.locator('[data-testid="meetings-dialog"]');
    await dialog.waitFor();
    await dialog.getByLabel('Tên cuộc họp').fill('Phiên họp thứ nhất Ban Chỉ đạo');
    await dialog.getByLabel('Ngày họp').fill('20/07/2021');
    await dialog.getByLabel('Địa điểm').fill('Trụ sở Tòa án nhân dân tối cao');
    await dialog.getByLabel('Chủ trì cuộc họp').fill('Phó Chánh án thường trực');
    await dialog.getByRole('button', { name: 'Thêm cuộc họp' }).click();
    await dialog.getByText('Phiên họp thứ nhất Ban Chỉ đạo — 20/07/2021').waitFor();
    await dialog.getByLabel('Loại nội dung').selectOption('conclusion');
    await dialog.getByLabel('Nội dung', { exact: true }).fill('Hoàn thiện Đề cương chi tiết Đề án');
    await dialog.getByRole('button', { name: 'Thêm', exact: true }).click();
    await dialog.getByRole('button', { name: 'Tạo nhiệm vụ theo dõi' }).click();
    await dialog.getByRole('button', { name: 'Tạo nhiệm vụ', exact: true }).click();
    await dialog.getByText('Nhiệm vụ theo dõi: 3 Hoàn thiện Đề cương chi tiết Đề án').waitFor();
    await shot('08-meeting');
    await page.click('[data-testid="meetings-dialog"] .modal-footer >> text=Đóng');
    await row('3').waitFor();
    expect(await row('3').textContent()).toContain('Hoàn thiện Đề cương chi tiết Đề án');
  });

  it('merges two spellings of a unit in the registry', async () => {
    await page.click('[data-testid="tools-menu"]');
    await page.click('[data-testid="open-unit-registry"]');
    const dialog = page.locator('[data-testid="units-dialog"]');
    await dialog.waitFor();
    await dialog.getByLabel('Tên đơn vị mới').fill('Vụ Tổng hợp TANDTC (cũ)');
    await dialog.getByRole('button', { name: 'Thêm đơn vị' }).click();
    const unitId = (name: string) =>
      services.repository.database.prepare('SELECT id FROM units WHERE name = ?').pluck().get(name) as
        number | undefined;
    await expect.poll(() => unitId('Vụ Tổng hợp TANDTC (cũ)')).toBeDefined();
    const dup = dialog.locator(`[data-testid="unit-row-${unitId('Vụ Tổng hợp TANDTC (cũ)')}"]`);
    const keep = planData().units.find((u) => u.name === 'Vụ Tổng hợp')!;
    await dup.getByLabel('Gộp vào đơn vị').selectOption(String(keep.id));
    await shot('09-unit-registry');
    await dup.getByRole('button', { name: 'Gộp' }).click();
    await dup.waitFor({ state: 'detached' });
    expect(unitId('Vụ Tổng hợp TANDTC (cũ)')).toBeUndefined();
    await page.click('[data-testid="units-dialog"] .modal-footer >> text=Đóng');
  });

  it('loads the coordination documents in one click and shows the ctr-222 duties as repeated markers', async () => {
    await page.click('[data-testid="tools-menu"]');
    await page.click('[data-testid="load-shipped"]');
    await page.locator('[data-testid="plan-chooser"]').waitFor();
    const ctr = services.repository.findPlanIdByCode('222/CTr-TANDTC-BTTTT')!;
    await page.selectOption('[data-testid="plan-chooser"]', String(ctr));
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="plan-title"]')?.textContent?.includes('222'),
    );
    await page.click('[data-testid="view-mode-Năm"]').catch(() => undefined);
    await page.locator('.occurrence-marker').first().waitFor();
    const perRow = await page.$$eval('.occurrence-marker', (els) =>
      els.map((e) => e.getAttribute('data-occurrence')?.split(':')[0]),
    );
    const counts = perRow.reduce<Record<string, number>>(
      (acc, k) => ({ ...acc, [k ?? '']: (acc[k ?? ''] ?? 0) + 1 }),
      {},
    );
    // Three duties repeat (the January plan, the six-monthly meetings, the yearly review): several markers each.
    expect(Object.values(counts).filter((n) => n >= 2)).toHaveLength(3);
    expect(await row('1').textContent()).toContain('trước ngày 15 tháng 01 hằng năm');
    await shot('07-ctr-222-occurrences');
    expect(pageErrors).toEqual([]);
  });
});

async function optionLabel(wbs: string): Promise<string> {
  const labels = await page.$$eval('[data-testid="dependency-select"] option', (os) =>
    os.map((o) => o.textContent ?? ''),
  );
  const label = labels.find((l) => l.startsWith(`${wbs} `));
  if (!label) throw new Error(`no option ${wbs}`);
  return label;
}
