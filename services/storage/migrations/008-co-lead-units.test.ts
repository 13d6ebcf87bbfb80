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
});
