/**
 * Files crafted to exhaust memory or time, each refused (or read) within a generous bound, with a
 * Vietnamese message, the database exactly as it was, and the services answering other calls
 * meanwhile. Precise times are measured in the bench (bench/cases/import.ts), not here.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openAppServices } from '../../services/app-services';
import { importPlanBytes } from '../../services/interop/import-plan-bytes';
import { UserError } from '../../shared/api/user-error';
import { databaseWithPlan76, dumpDatabase } from '../interop/helpers/interop-fixtures';
import { docxPlanOfXmlSize, docxWithGridSpan, mspdi, xlsxWithMergedRange } from './crafted-files';

const TOO_COMPLEX = /^Tệp “[^”]+” quá phức tạp để đọc/;

async function refusal(work: Promise<unknown>): Promise<{ error: UserError; ms: number }> {
  const started = performance.now();
  const error = await work.then(
    () => {
      throw new Error('the file was imported');
    },
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UserError);
  return { error: error as UserError, ms: performance.now() - started };
}

/** Imports `bytes` into a database holding Kế hoạch 76 and expects a refusal that changed nothing. */
async function refusedUnchanged(bytes: Buffer, fileName: string, options = {}) {
  const { db, repository } = databaseWithPlan76();
  const before = dumpDatabase(db);
  const result = await refusal(importPlanBytes(repository, bytes, fileName, options));
  expect(dumpDatabase(db)).toEqual(before);
  return result;
}

describe('tiny files that expand beyond memory', () => {
  it('refuses a 1.9 KB workbook merging A3:XFD1048576 before exceljs expands it', async () => {
    const bytes = xlsxWithMergedRange('A3:XFD1048576');
    expect(bytes.length).toBeLessThan(2_500);
    const { error, ms } = await refusedUnchanged(bytes, 'gop-o.xlsx');
    expect(error.message).toMatch(TOO_COMPLEX);
    expect(error.message).toContain('vùng gộp ô');
    expect(ms).toBeLessThan(10_000);
  });

  it('still reads a workbook with ordinary merged cells', async () => {
    const { repository } = databaseWithPlan76();
    const summary = await importPlanBytes(repository, xlsxWithMergedRange('C2:D3'), 'gop-it.xlsx');
    expect(summary.taskCount).toBe(2);
  });

  it('refuses a workbook with a note in its last row before exceljs creates a million rows', async () => {
    const bytes = xlsxWithMergedRange('C2:D3', { row: 1_048_576, text: 'Ghi chú' });
    const { error, ms } = await refusedUnchanged(bytes, 'dong-cuoi.xlsx');
    expect(error.message).toMatch(TOO_COMPLEX);
    expect(error.message).toContain('dòng trong một trang tính');
    expect(ms).toBeLessThan(10_000);
  });

  it('refuses a 10 KB Word table whose cells declare gridSpan 1000', async () => {
    const bytes = docxWithGridSpan(1000, 60);
    expect(bytes.length).toBeLessThan(12_000);
    const { error, ms } = await refusedUnchanged(bytes, 'bang-rong.docx');
    expect(error.message).toMatch(TOO_COMPLEX);
    expect(error.message).toContain('cột trong một hàng');
    expect(ms).toBeLessThan(10_000);
  });
});

describe('files that repeat beyond a plan', () => {
  it('refuses an MS Project file of 210,000 assignments by counting them before parsing', async () => {
    const bytes = mspdi({ tasks: 50, assignments: 210_000 });
    const { error, ms } = await refusedUnchanged(bytes, 'phan-cong.xml');
    expect(error.message).toMatch(TOO_COMPLEX);
    expect(error.message).toContain('phân công');
    expect(ms).toBeLessThan(15_000);
  });

  it('reads 60,000 assignments in linear time', async () => {
    const { repository } = databaseWithPlan76();
    const started = performance.now();
    const summary = await importPlanBytes(
      repository,
      mspdi({ tasks: 2_000, assignments: 60_000 }),
      'lon.xml',
    );
    expect(summary.taskCount).toBe(2_000);
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it('reads a chain of 6,000 links without overflowing the stack', async () => {
    const { repository } = databaseWithPlan76();
    const summary = await importPlanBytes(repository, mspdi({ tasks: 6_001, linkChain: true }), 'chuoi.xml');
    expect(summary.taskCount).toBe(6_001);
    const links = repository.loadPlanData(summary.planId)!.dependencies;
    expect(links).toHaveLength(6_000);
  });

  it('refuses a cycle of 6,001 links, naming its ends', async () => {
    const bytes = mspdi({ tasks: 6_001, linkChain: true, closeCycle: true });
    const { error, ms } = await refusedUnchanged(bytes, 'vong.xml');
    expect(error.message).toContain('Các liên kết tạo thành vòng lặp: ');
    expect(error.message).toContain('mục nữa');
    expect(error.message.length).toBeLessThan(1_000);
    expect(ms).toBeLessThan(20_000);
  });
});

describe('the worker that reads every file', () => {
  const big = docxPlanOfXmlSize(8);

  it('reads a Word plan of 8 MB of XML', async () => {
    expect(big.xmlBytes).toBeGreaterThan(8 * 1024 * 1024);
    const { repository } = databaseWithPlan76();
    const summary = await importPlanBytes(repository, big.bytes, 'ke-hoach-lon.docx');
    expect(summary.taskCount).toBe(big.tasks);
  });

  it('ends a read that takes longer than its time limit, saying so', async () => {
    const { error, ms } = await refusedUnchanged(big.bytes, 'ke-hoach-lon.docx', {
      parse: { limits: { timeMs: 200 } },
    });
    expect(error.message).toMatch(TOO_COMPLEX);
    expect(error.message).toContain('vẫn chưa đọc xong');
    expect(ms).toBeLessThan(3_000);
  });

  it('ends a read that needs more memory than its limit, saying so', async () => {
    // 20,000 linked tasks need more than 64 MB of heap to read (and far less than the default limit).
    const bytes = mspdi({ tasks: 20_000, linkChain: true });
    const { error } = await refusedUnchanged(bytes, 'du-an-lon.xml', { parse: { limits: { heapMb: 64 } } });
    expect(error.message).toMatch(TOO_COMPLEX);
    expect(error.message).toContain('quá nhiều bộ nhớ');
  });

  it('stops at once when the import is cancelled', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const { error, ms } = await refusedUnchanged(big.bytes, 'ke-hoach-lon.docx', {
      parse: { signal: controller.signal },
    });
    expect(error.message).toBe('Đã dừng nhập tệp “ke-hoach-lon.docx”. Dữ liệu không bị thay đổi.');
    expect(ms).toBeLessThan(2_000);
  });
});

describe('the services while a hostile file is being read', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ecourt-hostile-'));
  const services = openAppServices({ databasePath: path.join(work, 'plan.sqlite') });
  afterAll(() => {
    services.close();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('answer other calls quickly, report progress, and cancel the import', async () => {
    const { bytes } = docxPlanOfXmlSize(8);
    const importId = 'nhap-thu-0001';
    const importing = services.dispatch('importPlan', {
      fileName: 'ke-hoach-lon.docx',
      base64: bytes.toString('base64'),
      importId,
    });
    // While the worker reads, every other call is answered at once.
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const answer = await services.dispatch('listPlans', {});
      expect(answer.ok).toBe(true);
      expect(performance.now() - started).toBeLessThan(500);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const progress = await services.dispatch('getImportProgress', { importId });
    expect(progress).toMatchObject({ ok: true, value: { stage: 'reading' } });
    expect(await services.dispatch('cancelImport', { importId })).toEqual({
      ok: true,
      value: { cancelled: true },
    });
    expect(await importing).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'Đã dừng nhập tệp “ke-hoach-lon.docx”. Dữ liệu không bị thay đổi.',
      },
    });
    expect(await services.dispatch('getImportProgress', { importId })).toEqual({
      ok: true,
      value: { stage: 'none', elapsedMs: 0 },
    });
    const plans = await services.dispatch('listPlans', {});
    expect(plans.ok && (plans.value as unknown[]).length).toBe(1);
  });
});
