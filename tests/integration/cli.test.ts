/** The command line as a user runs it: the built program, real files, exit codes and stderr. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLAN_V1, PLAN_V2_AMENDMENT } from '../../shared/plan-amendment/amendment-test-documents';
import { useBuiltCli } from './cli-runner';

const root = path.resolve(__dirname, '..', '..');
const { work, run } = useBuiltCli('ecourt-cli-');
const seedFile = path.join(root, 'tests', 'fixtures', 'kh-76-KH-BCD-TANDTC-2021.txt');

describe('npm run cli', () => {
  it('updates a plan from its "sửa đổi, bổ sung" with --update, and refuses it as a new plan of the same number', () => {
    const db = path.join(work, 'update.sqlite');
    const v1 = path.join(work, 'kh-12.txt');
    const v2 = path.join(work, 'kh-30-sua-doi.txt');
    fs.writeFileSync(v1, PLAN_V1);
    fs.writeFileSync(v2, PLAN_V2_AMENDMENT);
    expect(run('import', v1, '--db', db).code).toBe(0);
    const again = run('import', v1, '--db', db);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('--update');
    const updated = run('import', v2, '--update', '--db', db);
    expect(updated.stderr).toBe('');
    expect(updated.stdout).toContain(
      'Đã cập nhật kế hoạch số 12/KH-TANDTC: thêm 2, bỏ 1 (giữ lại, ghi “đã bỏ khỏi kế hoạch”), thay đổi 4, giữ nguyên 2 nhiệm vụ.',
    );
    const tasks = run('tasks', '--as-of', '2024-07-01', '--plan', '12/KH-TANDTC', '--db', db);
    expect(tasks.stdout).toMatch(/\(1\.3\) .*Đã bỏ khỏi kế hoạch/);
  });

  it('imports Kế hoạch 76 and shows its five tasks with units, deadlines and statuses as of 20/07/2021', () => {
    const db = path.join(work, 'import.sqlite');
    const imported = run('import', seedFile, '--db', db);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Đã nhập kế hoạch số 76/KH-BCĐ-TANDTC: 6 mục, 5 đơn vị.');

    const tasks = run('tasks', '--as-of', '2021-07-20', '--db', db);
    expect(tasks.code).toBe(0);
    const rows = tasks.stdout.split('\n').filter((l) => /^1\.\d /.test(l));
    expect(rows).toHaveLength(5);
    const expectRow = (wbs: string, ...parts: string[]) => {
      const row = rows.find((r) => r.startsWith(`${wbs} `));
      for (const part of parts) expect(row).toContain(part);
    };
    expectRow(
      '1.1',
      'Vụ Tổng hợp',
      'Các đơn vị có liên quan',
      'Trước ngày 15 tháng 7 năm 2021',
      '14/07/2021',
      'Quá hạn',
    );
    expectRow('1.2', 'Vụ Pháp chế và Quản lý khoa học', '14/07/2021', 'Quá hạn');
    expectRow('1.3', 'Vụ Hợp tác quốc tế', '14/07/2021', 'Quá hạn');
    expectRow('1.4', 'Tổ giúp việc', 'Tháng 7 năm 2021', '31/07/2021', 'Đang thực hiện');
    expectRow('1.5', '(chưa có)', 'Chưa rõ thời hạn');
    expect(tasks.stdout).toContain('Tình hình đến ngày 20/07/2021');
    expect(tasks.stdout).toContain('Văn bản kết thúc tại mục 1.5');
  });

  it('filters by unit and lists units with their counts', () => {
    const db = path.join(work, 'units.sqlite');
    const tasks = run('tasks', '--as-of', '2021-07-20', '--unit', 'Vụ Tổng hợp', '--db', db);
    expect(tasks.code).toBe(0);
    expect(
      tasks.stdout
        .split('\n')
        .filter((l) => /^1\.\d /.test(l))
        .map((l) => l.slice(0, 3)),
    ).toEqual(['1.1']);

    const units = run('units', '--as-of', '2021-07-20', '--db', db);
    expect(units.code).toBe(0);
    expect(units.stdout).toMatch(/Vụ Tổng hợp\s+TANDTC\s+1\s+0\s+1 \(1\.1\)/);
    expect(units.stdout).toMatch(/Các đơn vị có liên quan\s+0\s+4\s+3 \(1\.1, 1\.2, 1\.3\)/);
  });

  it('finds a co-led task under its second lead and writes every lead in full', () => {
    const file = path.join(work, 'dong-chu-tri.txt');
    fs.writeFileSync(
      file,
      'Số: 27/KH-TANDTC\n\nHà Nội, ngày 02 tháng 01 năm 2024\n\nKẾ HOẠCH\nTriển khai hồ sơ điện tử\n\nII. NỘI DUNG\n' +
        '1. Vụ Pháp chế và Quản lý khoa học và Cục Công nghệ thông tin đồng chủ trì xây dựng Quy chế lưu trữ hồ sơ điện tử; hoàn thành trong quý I/2024.\n' +
        '2. Văn phòng chủ trì rà soát danh mục hồ sơ; hoàn thành trong quý II/2024.\n',
    );
    const db = path.join(work, 'co-leads.sqlite');
    expect(run('import', file, '--db', db).code).toBe(0);
    const tasks = run(
      'tasks',
      '--as-of',
      '2024-05-01',
      '--plan',
      '27/KH-TANDTC',
      '--unit',
      'Cục Công nghệ thông tin',
      '--db',
      db,
    );
    expect(tasks.code).toBe(0);
    expect(tasks.stdout.split('\n').filter((l) => /^\d +[A-ZĐ]/u.test(l))).toEqual([
      expect.stringMatching(/^1 +Xây dựng/),
    ]);
    expect(tasks.stdout).toContain(
      'Nhiệm vụ có nhiều đơn vị chủ trì:\n  - Mục 1: Vụ Pháp chế và Quản lý khoa học, Cục Công nghệ thông tin (đồng chủ trì)',
    );
    const units = run('units', '--as-of', '2024-05-01', '--plan', '27/KH-TANDTC', '--db', db);
    expect(units.stdout).toMatch(/Cục Công nghệ thông tin\s+1\s+0\s+1 \(1\)/);
  });

  it('loads the shipped plan into a new database by itself', () => {
    const tasks = run('tasks', '--as-of', '2021-07-01', '--db', path.join(work, 'fresh.sqlite'));
    expect(tasks.code).toBe(0);
    expect(tasks.stdout).toContain('Kế hoạch số 76/KH-BCĐ-TANDTC');
    expect(tasks.stdout).not.toContain('Quá hạn');
  });

  it('answers errors in Vietnamese on stderr with a non-zero exit code', () => {
    const db = path.join(work, 'errors.sqlite');
    const missing = run('import', path.join(work, 'nope.txt'), '--db', db);
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toContain('Lỗi: Không tìm thấy tệp');

    const letter = path.join(work, 'letter.txt');
    fs.writeFileSync(letter, 'Kính gửi các đơn vị,\nĐây không phải là kế hoạch.\n');
    const refused = run('import', letter, '--db', db);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Không tìm thấy nhiệm vụ nào trong văn bản');

    const badDate = run('tasks', '--as-of', '2021-02-30', '--db', db);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('Ngày “2021-02-30” không hợp lệ');

    const unknown = run('frobnicate', '--db', db);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Không có lệnh “frobnicate”');

    const twice = run('import', seedFile, '--db', db);
    expect(twice.code).toBe(0);
    const again = run('import', seedFile, '--db', db);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('đã có trong dữ liệu');
  });
});
