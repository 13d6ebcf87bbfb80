import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_TEXT } from '../../shared/default-plan/default-plan-text';
import { createTestDatabase } from '../testing/test-database';
import { decodeText } from './decode-text';
import { ensureDefaultPlan } from './default-plan';
import { importPlanFromPath } from '../interop/import-plan-bytes';
import { importPlanText } from './import-plan';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decoding an imported file', () => {
  it('reads UTF-8 with or without a BOM, and UTF-16 with its BOM', () => {
    expect(decodeText(utf8('Kế hoạch'))).toBe('Kế hoạch');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Kế hoạch')]))).toBe('Kế hoạch');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Kế hoạch', 'utf16le')]);
    expect(decodeText(le)).toBe('Kế hoạch');
  });

  it.each([
    ['an empty file', new Uint8Array(), 'Tệp rỗng: không có nội dung để nhập.'],
    [
      'binary data',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]),
      'Tệp không phải văn bản (có dữ liệu nhị phân)',
    ],
    // "Kế hoạch" in Windows-1258 (CP1258): not valid UTF-8.
    [
      'Windows-1258 text',
      new Uint8Array([0x4b, 0xea, 0xd2, 0x20, 0x68, 0x6f, 0xb5, 0x63, 0x68]),
      'không được mã hóa UTF-8',
    ],
  ])('refuses %s with a Vietnamese message', (_case, bytes, message) => {
    expect(() => decodeText(bytes)).toThrow(message);
  });
});

describe('importing a plan', () => {
  it('refuses a file that is not a plan and writes nothing', () => {
    const { db, repository } = createTestDatabase();
    expect(() => importPlanText(repository, 'Kính gửi: các đơn vị.\nNội dung thư.', 'thu.txt')).toThrow(
      'Không tìm thấy nhiệm vụ nào trong văn bản',
    );
    expect(db.prepare('SELECT COUNT(*) FROM plans').pluck().get()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM units').pluck().get()).toBe(0);
  });

  it('reads a file from disk, keeping the source text and file name', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecourt-import-'));
    const file = path.join(dir, 'ke-hoach-76.txt');
    fs.writeFileSync(file, DEFAULT_PLAN_TEXT);
    const { db, repository } = createTestDatabase();
    const summary = await importPlanFromPath(repository, file);
    expect(summary).toMatchObject({ code: '76/KH-BCĐ-TANDTC', taskCount: 6 });
    expect(db.prepare('SELECT source_name, source_text FROM plans').get()).toEqual({
      source_name: 'ke-hoach-76.txt',
      source_text: DEFAULT_PLAN_TEXT,
    });
    await expect(importPlanFromPath(repository, path.join(dir, 'missing.txt'))).rejects.toThrow(
      'Không tìm thấy tệp',
    );
    const folder = path.join(dir, 'thu-muc.txt');
    fs.mkdirSync(folder);
    await expect(importPlanFromPath(repository, folder)).rejects.toThrow('không phải là một tệp');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('loads the shipped Kế hoạch 76 into an empty database once only', () => {
    const { db, repository } = createTestDatabase();
    expect(ensureDefaultPlan(repository)).toBe(true);
    expect(repository.listPlanSummaries().map((p) => [p.code, p.taskCount])).toEqual([
      ['76/KH-BCĐ-TANDTC', 6],
    ]);
    expect(ensureDefaultPlan(repository)).toBe(false);
    // A user who deleted it does not get it back at the next start.
    db.prepare('DELETE FROM plans').run();
    expect(ensureDefaultPlan(repository)).toBe(false);
    expect(repository.countPlans()).toBe(0);
  });

  it('stores the start a range gives and a continuous duty without any warning', () => {
    const { db, repository } = createTestDatabase();
    const text =
      'Số: 15/KH-TEST\n\nHà Nội, ngày 02 tháng 01 năm 2024\n\nKẾ HOẠCH\nThử\n\nII. NỘI DUNG\n' +
      '1. Giao Học viện Tòa án chủ trì tổ chức tập huấn; thời hạn: Quý II - Quý III/2024.\n' +
      '2. Văn phòng chủ trì theo dõi, đôn đốc thực hiện Kế hoạch; thực hiện thường xuyên.\n';
    importPlanText(repository, text, 'thu.txt');
    expect(
      db.prepare('SELECT wbs, start_on, deadline_on, deadline_text FROM tasks ORDER BY sort_order').all(),
    ).toEqual([
      { wbs: '1', start_on: '2024-04-01', deadline_on: '2024-09-30', deadline_text: 'Quý II - Quý III/2024' },
      { wbs: '2', start_on: null, deadline_on: null, deadline_text: 'Thực hiện thường xuyên' },
    ]);
    expect(db.prepare('SELECT COUNT(*) FROM import_warnings').pluck().get()).toBe(0);
  });
});
