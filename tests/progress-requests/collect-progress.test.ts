/**
 * The whole loop on Kế hoạch 76: requests out to its units, forms filled as a unit would (exceljs),
 * previewed, accepted; the status report then carries the progress and difficulties; a second
 * import of the same file changes nothing; undo takes the import back.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type EditingApp, dumpTables, openEditingApp } from '../editing/editing-fixtures';
import { addSharedTasks, answer, asFile, docxText, openForm, saveForm, unzipPackage } from './form-fixtures';

let app: EditingApp;
let planId: number;

beforeEach(async () => {
  app = openEditingApp();
  planId = (await app.call('listPlans', {}))[0]!.id;
  await addSharedTasks(app, planId);
});
afterEach(() => app.close());

async function sendRequests() {
  const pkg = await app.call('createProgressRequests', {
    planId,
    asOf: '2021-07-20',
    periodLabel: 'Tháng 7 năm 2021',
    sentOn: '2021-07-10',
    dueOn: '2021-07-25',
  });
  return { pkg, files: unzipPackage(pkg.base64) };
}

describe('asking', () => {
  it('sends every unit with an open task a letter and the form in Excel and Word', async () => {
    const candidates = await app.call('listRequestCandidates', { planId, asOf: '2021-07-20' });
    expect(candidates.map((c) => c.name).sort()).toEqual([
      'Vụ Hợp tác quốc tế',
      'Vụ Pháp chế và Quản lý khoa học',
      'Vụ Tổng hợp',
    ]);
    const { pkg, files } = await sendRequests();
    expect(pkg.unitCount).toBe(candidates.length);
    expect(files.size).toBe(candidates.length * 3);
    const names = [...files.keys()];
    expect(names.filter((n) => n.endsWith('.xlsx'))).toHaveLength(candidates.length);
    const letter = names.find((n) => n.includes('cong-van-de-nghi'))!;
    const text = docxText(files.get(letter)!);
    expect(text).toContain('V/v báo cáo tiến độ thực hiện Kế hoạch số 76/KH-BCĐ-TANDTC');
    expect(text).toContain('Kính gửi:');
    expect(text).toContain('chậm nhất ngày 25 tháng 7 năm 2021');
    const tracker = await app.call('listProgressRequests', { planId, asOf: '2021-07-20' });
    expect(tracker).toHaveLength(candidates.length);
    expect(tracker.every((r) => r.repliedOn === null && !r.late)).toBe(true);
    const late = await app.call('listProgressRequests', { planId, asOf: '2021-07-26' });
    expect(late.every((r) => r.late)).toBe(true);
  });

  it('lists in each form the tasks the unit leads or supports, with the role and a key per task', async () => {
    const candidates = await app.call('listRequestCandidates', { planId, asOf: '2021-07-20' });
    const { files } = await sendRequests();
    const view = await app.call('getPlanView', { planId, asOf: '2021-07-20' });
    for (const c of candidates) {
      const name = [...files.keys()].find((n) => n.endsWith('.xlsx') && n.startsWith(`${slugOf(c.name)}/`))!;
      const form = await openForm(files.get(name)!);
      const rows = form.rows();
      expect(rows).toHaveLength(c.leadCount + c.supportCount);
      for (const r of rows) {
        const task = view.tasks.find((t) => t.wbs === r.wbs)!;
        const role = form.sheet.getCell(r.row, form.column('role')).value;
        expect(role).toBe(task.leads.some((u) => u.id === c.unitId) ? 'Chủ trì' : 'Phối hợp');
        expect(r.key).toMatch(new RegExp(`^NV${task.id}-[A-Z]{2}$`));
      }
      expect(form.sheet.getCell(rows[0]!.row, form.column('key')).protection?.locked).not.toBe(false);
      expect(form.sheet.getCell(rows[0]!.row, form.column('percent')).protection?.locked).toBe(false);
      expect(form.sheet.getCell(rows[0]!.row, form.column('percent')).dataValidation?.formulae).toEqual([
        0, 100,
      ]);
    }
  });
});

const slugOf = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

describe('receiving', () => {
  it('previews, accepts, shows in the status report, and a second import changes nothing', async () => {
    const { files } = await sendRequests();
    const [first, second] = [...files.keys()].filter((n) => n.endsWith('.xlsx'));
    const formA = await openForm(files.get(first!)!);
    const [a1, a2] = formA.rows();
    answer(formA, a1!.row, {
      percent: 60,
      reportedOn: '18/07/2021',
      achieved: 'Đã hoàn thành dự thảo đề cương',
      difficulties: 'Thiếu số liệu khảo sát của các Tòa án địa phương',
      proposals: 'Gia hạn đến cuối tháng 8',
    });
    answer(formA, a2!.row, { percent: 'khoảng một nửa' });
    // Rows sorted upside down and a column added: read by key and heading, not by position.
    const dataRows = formA.rows().map((r) => r.row);
    const values = dataRows.map((r) => formA.sheet.getRow(r).values);
    dataRows.forEach((r, i) => (formA.sheet.getRow(r).values = values[values.length - 1 - i]!));
    formA.sheet.spliceColumns(3, 0, []);
    formA.sheet.getCell(formA.headerRow, 3).value = 'Ghi chú của đơn vị';
    const bytesA = await saveForm(formA);

    const formB = await openForm(files.get(second!)!);
    const [b1] = formB.rows();
    answer(formB, b1!.row, { completedOn: new Date(Date.UTC(2021, 6, 15)), achieved: 'Đã ban hành' });
    const bytesB = await saveForm(formB);

    const before = dumpTables(app.services.repository.database);
    const preview = await app.call('previewReturnedForms', {
      planId,
      files: [asFile('a.xlsx', bytesA), asFile('b.xlsx', bytesB)],
    });
    expect(dumpTables(app.services.repository.database)).toEqual(before);
    const [pa, pb] = preview.files;
    const rowA1 = pa!.rows.find((r) => r.key === a1!.key)!;
    expect(rowA1).toMatchObject({
      newPercent: 60,
      reportedOn: '2021-07-18',
      acceptable: true,
      suggested: true,
    });
    const rowA2 = pa!.rows.find((r) => r.key === a2!.key)!;
    expect(rowA2.acceptable).toBe(false);
    expect(rowA2.problems[0]!.message).toContain('“khoảng một nửa” không phải là một số');
    expect(pb!.rows[0]).toMatchObject({ newPercent: 100, reportedOn: '2021-07-15', acceptable: true });

    const accepted = preview.files.flatMap((f) =>
      f.rows.filter((r) => r.acceptable).map((r) => ({ sha256: f.sha256, key: r.key })),
    );
    const result = await app.call('acceptReturnedForms', {
      planId,
      files: [asFile('a.xlsx', bytesA), asFile('b.xlsx', bytesB)],
      accepted,
    });
    expect(result.acceptedCount).toBe(2);
    expect(result.files[0]!.rejected[0]!.reason).toContain('không phải là một số');

    const view = await app.call('getPlanView', { planId, asOf: '2021-07-20' });
    const taskA = view.tasks.find((t) => t.id === rowA1.taskId)!;
    expect(taskA.progress).toBe(60);
    expect(taskA.latestUpdate?.difficulties).toContain('Thiếu số liệu khảo sát');
    expect(taskA.latestUpdate?.difficulties).toContain('Đề xuất: Gia hạn đến cuối tháng 8');
    expect(taskA.latestUpdate?.enteredBy).toBe(pa!.unitName);
    const report = await app.call('buildStatusReport', { planId, asOf: '2021-07-20' });
    const reportText = docxText(Buffer.from(report.base64, 'base64'));
    expect(reportText).toContain('Thiếu số liệu khảo sát của các Tòa án địa phương');
    expect(reportText).toContain('Đã hoàn thành dự thảo đề cương');

    const tracker = await app.call('listProgressRequests', { planId, asOf: '2021-07-20' });
    const replied = tracker.filter((r) => r.repliedOn !== null);
    expect(replied.map((r) => r.unitName).sort()).toEqual([pa!.unitName, pb!.unitName].sort());

    // The same files again: nothing changes, and the preview says why.
    const afterFirst = dumpTables(app.services.repository.database);
    const again = await app.call('previewReturnedForms', { planId, files: [asFile('a (1).xlsx', bytesA)] });
    expect(again.files[0]!.alreadyImported).toBe(true);
    expect(again.files[0]!.problems[0]!.message).toMatch(/đã được nhập ngày .*không có gì thay đổi/);
    const second2 = await app.call('acceptReturnedForms', {
      planId,
      files: [asFile('a (1).xlsx', bytesA)],
      accepted,
    });
    expect(second2.acceptedCount).toBe(0);
    expect(second2.files[0]!.unchanged).toMatch(/không có gì thay đổi/);
    expect(dumpTables(app.services.repository.database)).toEqual(afterFirst);

    // One undo takes the whole import back, and the tracker with it.
    await app.call('undo', {});
    expect(dumpTables(app.services.repository.database)).toEqual(before);
  });
});

describe('reminding', () => {
  it('writes one Công văn đôn đốc per unit that owes an answer or leads overdue tasks, listing what is owed', async () => {
    await sendRequests();
    const before = await app.call('listReminderCandidates', { planId, asOf: '2021-07-24' });
    // Before the due day nobody owes an answer; only overdue tasks (1.1 was due 14/07/2021) count.
    expect(before.every((c) => c.unansweredRequestIds.length === 0)).toBe(true);
    const candidates = await app.call('listReminderCandidates', { planId, asOf: '2021-08-02' });
    const tracker = await app.call('listProgressRequests', { planId, asOf: '2021-08-02' });
    expect(candidates.map((c) => c.unitId).sort()).toEqual(tracker.map((r) => r.unitId).sort());
    const pkg = await app.call('buildReminderLetters', {
      planId,
      asOf: '2021-08-02',
      replyBy: '2021-08-10',
      documentNumbers: [{ unitId: candidates[0]!.unitId, number: '231' }],
    });
    const letters = unzipPackage(pkg.base64);
    expect(letters.size).toBe(candidates.length);
    const first = docxText([...letters.values()][0]!);
    // The default settings are the Tổ giúp việc's: a Công văn carries its symbol alone.
    expect(first).toContain('Số: 231/TGV');
    expect(first).toContain('V/v đôn đốc báo cáo tiến độ thực hiện Kế hoạch số 76/KH-BCĐ-TANDTC');
    expect(first).toContain(
      'Công văn ngày 10 tháng 7 năm 2021 đề nghị báo cáo tiến độ (tình hình đến ngày 20 tháng 7 năm 2021), hạn gửi ngày 25 tháng 7 năm 2021',
    );
    expect(first).toContain('chậm nhất ngày 10 tháng 8 năm 2021');
    const all = [...letters.values()].map(docxText).join('\n');
    expect(all).toContain('Nhiệm vụ chủ trì đã quá thời hạn hoàn thành');
    await expect(
      app.call('buildReminderLetters', { planId, asOf: '2021-08-02', replyBy: '2021-07-30' }),
    ).rejects.toThrow('Hạn gửi báo cáo mới phải từ ngày đôn đốc trở đi.');
  });
});
