/**
 * Migration 008 on a file the previous release wrote: its one-lead links stay as they were, and a
 * second lead can then be added to a task.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../database';
import { MIGRATIONS } from './index';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('migration 008 (co-lead units)', () => {
  it('keeps every link of a previous-release file and lets a task have a second lead', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecourt-m008-'));
    dirs.push(dir);
    const file = path.join(dir, 'ke-hoach.sqlite');
    const before = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 7) });
    before.exec(`INSERT INTO plans (id, code, document_type, title, source_name, source_text, imported_at)
                   VALUES (1, 'X', 'Kế hoạch', 'T', 'x.txt', '', 'now');
                 INSERT INTO tasks (id, plan_id, wbs, title, kind, sort_order) VALUES (1, 1, '1', 'A', 'task', 1);
                 INSERT INTO units (id, name, full_name, color, name_key)
                   VALUES (1, 'Vụ A', 'Vụ A', '#000000', 'vu a'), (2, 'Cục B', 'Cục B', '#000000', 'cuc b'),
                          (3, 'Văn phòng', 'Văn phòng', '#000000', 'van phong');
                 INSERT INTO task_units VALUES (1, 1, 'lead'), (1, 3, 'support');`);
    expect(() => before.exec("INSERT INTO task_units VALUES (1, 2, 'lead')")).toThrow(/UNIQUE/);
    before.close();

    const after = openDatabase(file);
    const links = () =>
      after.prepare('SELECT task_id, unit_id, role FROM task_units ORDER BY rowid').raw().all();
    expect(links()).toEqual([
      [1, 1, 'lead'],
      [1, 3, 'support'],
    ]);
    after.exec("INSERT INTO task_units VALUES (1, 2, 'lead')");
    expect(links()).toEqual([
      [1, 1, 'lead'],
      [1, 3, 'support'],
      [1, 2, 'lead'],
    ]);
    after.close();
  });

  it('makes lead again the co-leads an earlier import stored as supporting units, as its warning names them', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecourt-m008-'));
    dirs.push(dir);
    const file = path.join(dir, 'ke-hoach.sqlite');
    const before = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 7) });
    const demoted = (wbs: string, names: string[]) =>
      `Mục ${wbs} ghi nhiều đơn vị chủ trì (${names.join('; ')}): giữ “${names[0]}” làm đơn vị chủ trì, ` +
      'các đơn vị còn lại được ghi là đơn vị phối hợp.';
    before.exec(`INSERT INTO plans (id, code, document_type, title, source_name, source_text, imported_at)
                   VALUES (1, 'X', 'Kế hoạch', 'T', 'x.txt', '', 'now');
                 INSERT INTO tasks (id, plan_id, wbs, title, kind, sort_order)
                   VALUES (1, 1, '2.b', 'Đề án', 'task', 1), (2, 1, '3', 'Tập huấn', 'task', 2);
                 INSERT INTO units (id, name, full_name, color, name_key) VALUES
                   (1, 'Vụ Tổ chức - Cán bộ', 'Vụ Tổ chức - Cán bộ Tòa án nhân dân tối cao', '#000000', 'vu to chuc - can bo'),
                   (2, 'Văn phòng', 'Văn phòng Tòa án nhân dân tối cao', '#000000', 'van phong'),
                   (3, 'Vụ Pháp chế và Quản lý khoa học', 'Vụ Pháp chế và Quản lý khoa học', '#000000', 'vu phap che va quan ly khoa hoc'),
                   (4, 'Học viện Tòa án', 'Học viện Tòa án', '#000000', 'hoc vien toa an'),
                   (5, 'Cục B', 'Cục B', '#000000', 'cuc b');
                 INSERT INTO task_units VALUES (1, 1, 'lead'), (1, 2, 'support'), (1, 3, 'support'),
                                               (2, 4, 'lead'), (2, 3, 'support');`);
    const warn = before.prepare(
      'INSERT INTO import_warnings (plan_id, task_id, wbs, line, message) VALUES (1, ?, ?, 7, ?)',
    );
    // Task 1 as imported; task 2's second lead (Cục B) was taken off the task by the user since.
    warn.run(1, '2.b', demoted('2.b', ['Vụ Tổ chức - Cán bộ', 'Văn phòng Tòa án nhân dân tối cao']));
    warn.run(2, '3', demoted('3', ['Học viện Tòa án', 'Cục B']));
    warn.run(2, '3', 'Mục 3 chưa ghi kết quả thực hiện.');
    before.close();

    const after = openDatabase(file);
    const links = (task: number) =>
      after.prepare('SELECT unit_id, role FROM task_units WHERE task_id = ? ORDER BY rowid').raw().all(task);
    expect(links(1)).toEqual([
      [1, 'lead'],
      [3, 'support'],
      [2, 'lead'],
    ]);
    expect(links(2)).toEqual([
      [4, 'lead'],
      [3, 'support'],
    ]);
    const messages = after.prepare('SELECT wbs, message FROM import_warnings ORDER BY id').raw().all();
    expect(messages).toEqual([
      ['3', demoted('3', ['Học viện Tòa án', 'Cục B'])],
      ['3', 'Mục 3 chưa ghi kết quả thực hiện.'],
    ]);
    after.close();
  });
});
