/**
 * Plan files (and backups being restored) crafted to break the plan — a parent cycle, a task that
 * is its own parent, references across plans, impossible dates, recurrence that is not JSON,
 * colours and text of the wrong form — are refused row by row, naming the problem, with the
 * current data unchanged. Before, such a file was taken and the window was blank on every start.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppServices } from '../../services/app-services';
import { backupFileName } from '../../services/backup/backup-names';
import { openPlainDatabase } from '../../services/storage/database';
import { call, callError, makeWorkFolder, open } from './safety-fixtures';

const cleanups: (() => void)[] = [];
afterEach(() =>
  cleanups
    .splice(0)
    .reverse()
    .forEach((f) => f()),
);

let good: Buffer;
let scratch: string;

beforeAll(async () => {
  const work = makeWorkFolder();
  scratch = work.dir;
  const services = open(path.join(work.dir, 'nguon.sqlite'));
  // Some rows in every table a crafted file will touch: a unit colour, a meeting, a link.
  const exported = await call<{ base64: string }>(services, 'exportPlanFile');
  services.close();
  good = Buffer.from(exported.base64, 'base64');
  return () => work.dispose();
});

/** The good plan file with `sql` run on a copy. */
function crafted(sql: string): Buffer {
  const file = path.join(scratch, `tep-${Math.random().toString(36).slice(2)}.sqlite`);
  fs.writeFileSync(file, good);
  const db = openPlainDatabase(file);
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
  const bytes = fs.readFileSync(file);
  fs.rmSync(file);
  return bytes;
}

function laptop(): { services: AppServices; file: string } {
  const work = makeWorkFolder();
  const file = path.join(work.dir, 'ke-hoach.sqlite');
  const services = open(file);
  cleanups.push(() => {
    services.close();
    work.dispose();
  });
  return { services, file };
}

async function expectRefused(bytes: Buffer, named: RegExp) {
  const target = laptop();
  const plansBefore = await call(target.services, 'listPlans');
  const backupsBefore = target.services.backups.listBackups();
  const error = await callError(target.services, 'openPlanFile', {
    fileName: 'tep.sqlite',
    base64: bytes.toString('base64'),
  });
  expect(error.code).toBe('invalid-input');
  expect(error.message).toMatch(
    /^Tệp có dữ liệu không hợp lệ nên không được dùng; dữ liệu hiện tại giữ nguyên\./,
  );
  expect(error.message).toMatch(named);
  expect(await call(target.services, 'listPlans')).toEqual(plansBefore);
  expect(target.services.backups.listBackups()).toEqual(backupsBefore);
  return error.message;
}

describe('a plan file checked row by row before it replaces anything', () => {
  it('takes the good file (the check passes what the app itself writes)', async () => {
    const target = laptop();
    const opened = await call<{ taskCount: number }>(target.services, 'openPlanFile', {
      fileName: 'tep.sqlite',
      base64: good.toString('base64'),
    });
    expect(opened.taskCount).toBeGreaterThan(0);
  });

  it('refuses a task that is its own parent', async () => {
    await expectRefused(
      crafted("UPDATE tasks SET parent_id = id WHERE wbs = '1.3'"),
      /Nhiệm vụ 1\.3 “.+” là cấp trên của chính nó\./,
    );
  });

  it('refuses tasks that are each other’s parents, naming the cycle', async () => {
    await expectRefused(
      crafted(`UPDATE tasks SET parent_id = (SELECT id FROM tasks WHERE wbs = '1.2') WHERE wbs = '1.1';
               UPDATE tasks SET parent_id = (SELECT id FROM tasks WHERE wbs = '1.1') WHERE wbs = '1.2';`),
      /Các nhiệm vụ 1\.[12] → 1\.[12] → 1\.[12] là cấp trên của nhau thành vòng|Các nhiệm vụ 1\.[12] → 1\.[12] là cấp trên của nhau thành vòng/,
    );
  });

  it('refuses a parent, a link and a meeting item that reach into another plan', async () => {
    const otherPlan = `INSERT INTO plans (id, code, document_type, title, source_name, source_text, imported_at)
        VALUES (900, '9/KH-KHAC', 'Kế hoạch', 'Kế hoạch khác', 'x', '', '2021-01-01T00:00:00Z');
      INSERT INTO tasks (id, plan_id, wbs, title, kind, sort_order) VALUES (9001, 900, '1', 'Việc khác', 'task', 0);`;
    await expectRefused(
      crafted(`${otherPlan} UPDATE tasks SET parent_id = 9001 WHERE wbs = '1.4' AND plan_id <> 900`),
      /Nhiệm vụ 1\.4 “.+” có cấp trên thuộc một kế hoạch khác\./,
    );
    await expectRefused(
      crafted(`${otherPlan} INSERT INTO dependencies (predecessor_id, successor_id)
        SELECT id, 9001 FROM tasks WHERE wbs = '1.1' AND plan_id <> 900`),
      /Quan hệ trước–sau giữa nhiệm vụ 1\.1 và 1 nối hai kế hoạch khác nhau\./,
    );
    await expectRefused(
      crafted(`${otherPlan} INSERT INTO meetings (id, plan_id, title, held_on) SELECT 50, id, 'Phiên họp thứ nhất', '2021-08-01' FROM plans WHERE id <> 900 LIMIT 1;
        INSERT INTO meeting_items (meeting_id, kind, text, task_id, sort_order) VALUES (50, 'conclusion', 'Kết luận', 9001, 0)`),
      /Cuộc họp “Phiên họp thứ nhất” nhắc tới nhiệm vụ 1 của một kế hoạch khác\./,
    );
  });

  it('refuses impossible dates, naming the task and the field', async () => {
    await expectRefused(
      crafted("UPDATE tasks SET deadline_on = '2021-02-30' WHERE wbs = '1.2'"),
      /Kế hoạch “76\/KH-BCĐ-TANDTC”, nhiệm vụ 1\.2 “.+”, trường deadline: Ngày không hợp lệ[^\n]*YYYY-MM-DD\.$/m,
    );
    await expectRefused(
      crafted(
        "UPDATE meetings SET held_on = 'mai'; INSERT INTO meetings (plan_id, title, held_on) SELECT id, 'Họp', 'mai' FROM plans LIMIT 1",
      ),
      /Cuộc họp “Họp” có ngày họp “mai” không hợp lệ\./,
    );
  });

  it('refuses recurrence that is not JSON, or not a recurrence', async () => {
    await expectRefused(
      crafted("UPDATE tasks SET recurrence = '{không phải json' WHERE wbs = '1.1'"),
      /Nhiệm vụ 1\.1 “.+” có dữ liệu lặp lại \(định kỳ\) không đọc được\./,
    );
    await expectRefused(
      crafted(
        `UPDATE tasks SET recurrence = '{"frequency":"weekly","interval":0,"month":null,"day":null}' WHERE wbs = '1.1'`,
      ),
      /dữ liệu lặp lại \(định kỳ\)|trường recurrence/,
    );
  });

  it('refuses a unit colour that is not #rrggbb, and text that is not text', async () => {
    await expectRefused(
      crafted("UPDATE units SET color = 'red;background:url(x)' WHERE id = (SELECT MIN(id) FROM units)"),
      /Đơn vị “.+” có màu “red;background:url\(x\)” không hợp lệ \(cần dạng #rrggbb\)\./,
    );
    await expectRefused(
      crafted("UPDATE tasks SET title = x'00ff' WHERE wbs = '1.5'"),
      /Nhiệm vụ 1\.5 có nội dung không phải văn bản\./,
    );
    await expectRefused(
      crafted("UPDATE tasks SET title = '' WHERE wbs = '1.5'"),
      /nhiệm vụ 1\.5 “”, trường title/,
    );
  });

  it('names the first five problems and counts the rest', async () => {
    const message = await expectRefused(
      crafted('UPDATE tasks SET parent_id = id'),
      /là cấp trên của chính nó/,
    );
    expect(message.split('\n').filter((l) => l.startsWith('• '))).toHaveLength(5);
    expect(message).toMatch(/\(và \d+ lỗi khác\)$/);
  });

  it('checks a backup being restored the same way', async () => {
    const target = laptop();
    const folder = target.services.backups.backupFolder;
    fs.mkdirSync(folder, { recursive: true });
    const id = backupFileName('ke-hoach', new Date(), 'thu-cong');
    fs.writeFileSync(path.join(folder, id), crafted("UPDATE tasks SET parent_id = id WHERE wbs = '1.3'"));
    const listed = target.services.backups.listBackups().find((b) => b.id === id);
    expect(listed).toBeDefined();
    const plansBefore = await call(target.services, 'listPlans');
    const error = await callError(target.services, 'restoreBackup', { id });
    expect(error.message).toMatch(/Nhiệm vụ 1\.3 “.+” là cấp trên của chính nó\./);
    expect(await call(target.services, 'listPlans')).toEqual(plansBefore);
  });
});
