/**
 * Returned forms as they really come back: an Excel form filled and then opened and re-saved by
 * LibreOffice Calc (a date retyped as text, a column added, rows sorted), and the Word form filled
 * in Word's own table. Both read back to the same rows.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EditingApp, openEditingApp } from '../editing/editing-fixtures';
import { addSharedTasks, answer, asFile, openForm, saveForm, unzipPackage } from './form-fixtures';
import { fillWordForm } from './word-form';

let app: EditingApp;
let planId: number;
let files: Map<string, Buffer>;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ecourt-returned-'));

beforeAll(async () => {
  app = openEditingApp();
  planId = (await app.call('listPlans', {}))[0]!.id;
  await addSharedTasks(app, planId);
  const pkg = await app.call('createProgressRequests', {
    planId,
    asOf: '2021-07-20',
    sentOn: '2021-07-10',
    dueOn: '2021-07-25',
  });
  files = unzipPackage(pkg.base64);
});
afterAll(() => {
  app.close();
  fs.rmSync(work, { recursive: true, force: true });
});

const fileOf = (prefix: string, extension: string) =>
  [...files.entries()].find(([n]) => n.startsWith(prefix) && n.endsWith(extension))!;

describe('a form re-saved by LibreOffice Calc', () => {
  it('reads the same rows after Calc rewrote the file', async () => {
    const form = await openForm(fileOf('vu-tong-hop/bieu-mau', '.xlsx')[1]);
    const rows = form.rows();
    answer(form, rows[0]!.row, {
      percent: 55,
      reportedOn: '18/7/2021',
      achieved: 'Đã khảo sát 63 Tòa án tỉnh',
    });
    answer(form, rows[1]!.row, {
      percent: '30%',
      reportedOn: '2021-07-19',
      difficulties: 'Chưa bố trí được kinh phí',
    });
    form.sheet.spliceColumns(2, 0, []);
    form.sheet.getCell(form.headerRow, 2).value = 'Cán bộ theo dõi';
    const source = path.join(work, 'filled.xlsx');
    fs.writeFileSync(source, await saveForm(form));
    const out = path.join(work, 'calc');
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${path.join(work, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        out,
        source,
      ],
      { stdio: 'ignore', timeout: 90_000 },
    );
    const resaved = fs.readFileSync(path.join(out, 'filled.xlsx'));
    expect(resaved.equals(fs.readFileSync(source))).toBe(false);

    const preview = await app.call('previewReturnedForms', {
      planId,
      files: [asFile('filled.xlsx', resaved)],
    });
    const file = preview.files[0]!;
    expect(file.problems).toEqual([]);
    expect(file.unitName).toBe('Vụ Tổng hợp');
    const byKey = new Map(file.rows.map((r) => [r.key, r]));
    expect(byKey.get(rows[0]!.key)).toMatchObject({
      newPercent: 55,
      reportedOn: '2021-07-18',
      achieved: 'Đã khảo sát 63 Tòa án tỉnh',
      acceptable: true,
    });
    expect(byKey.get(rows[1]!.key)).toMatchObject({
      newPercent: 30,
      reportedOn: '2021-07-19',
      difficulties: 'Chưa bố trí được kinh phí',
      acceptable: true,
    });
  }, 120_000);
});

describe('the Word form', () => {
  it('reads a Word form filled in its table', async () => {
    const [name, bytes] = fileOf('vu-phap-che-va-quan-ly-khoa-hoc/bieu-mau', '.docx');
    const workbook = await openForm(fileOf('vu-phap-che-va-quan-ly-khoa-hoc/bieu-mau', '.xlsx')[1]);
    const key = workbook.rows()[0]!.key;
    const filled = fillWordForm(bytes, key, {
      reportedOn: '19/07/2021',
      percent: '45',
      achieved: 'Đã có dự thảo lần 1',
      proposals: 'Xin ý kiến các đơn vị',
    });
    const preview = await app.call('previewReturnedForms', {
      planId,
      files: [asFile(path.basename(name), filled)],
    });
    const file = preview.files[0]!;
    expect(file.problems).toEqual([]);
    expect(file.unitName).toBe('Vụ Pháp chế và Quản lý khoa học');
    expect(file.rows).toHaveLength(1);
    expect(file.rows[0]).toMatchObject({
      key,
      newPercent: 45,
      reportedOn: '2021-07-19',
      achieved: 'Đã có dự thảo lần 1',
      proposals: 'Xin ý kiến các đơn vị',
      acceptable: true,
    });
  });
});
