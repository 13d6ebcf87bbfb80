/** The interop methods through the API dispatcher, as the window calls them: base64 in and out. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type AppServices, openAppServices } from '../../services/app-services';
import { MAX_IMPORT_FILE_BYTES } from '../../shared/api/interop-contract';
import { AS_OF } from './helpers/interop-fixtures';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ecourt-interop-api-'));
const opened: AppServices[] = [];
afterAll(() => {
  for (const services of opened) services.close();
  fs.rmSync(work, { recursive: true, force: true });
});

function open(name: string, loadDefaultPlan: boolean): AppServices {
  const services = openAppServices({ databasePath: path.join(work, name, 'plan.sqlite'), loadDefaultPlan });
  opened.push(services);
  return services;
}

async function call(services: AppServices, method: string, input: unknown) {
  return services.dispatch(method, input);
}

describe('the interop API', () => {
  it('exports each format as base64 with a file name, and imports an export into another database', async () => {
    const source = open('source', true);
    const planId = source.repository.listPlanSummaries()[0]!.id;
    const files: Record<string, { fileName: string; mimeType: string; base64: string }> = {};
    for (const [method, input] of [
      ['exportExcel', { planId, asOf: AS_OF }],
      ['exportMsProject', { planId, asOf: AS_OF }],
      ['exportIcal', { planId, asOf: AS_OF }],
      ['exportTimelinePdf', { planId, asOf: AS_OF, paper: 'A3' }],
    ] as const) {
      const response = await call(source, method, input);
      expect(response.ok).toBe(true);
      files[method] = (response as { value: { fileName: string; mimeType: string; base64: string } }).value;
    }
    expect(Object.values(files).map((f) => f.fileName)).toEqual([
      'nhiem-vu-76-kh-bcd-tandtc-2021-07-20.xlsx',
      'ms-project-76-kh-bcd-tandtc-2021-07-20.xml',
      'lich-76-kh-bcd-tandtc.ics',
      'tien-do-76-kh-bcd-tandtc-2021-07-20-a3.pdf',
    ]);
    expect(Buffer.from(files.exportIcal!.base64, 'base64').toString('utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);

    const target = open('target', false);
    const imported = await call(target, 'importPlan', {
      fileName: files.exportExcel!.fileName,
      base64: files.exportExcel!.base64,
    });
    expect(imported).toEqual({
      ok: true,
      // Item 1.5 still lacks its details; that the document stopped there was the text's own warning.
      value: { planId: 1, code: '76/KH-BCĐ-TANDTC', taskCount: 6, unitCount: 5, warningCount: 1 },
    });
    // The same plan again: refused as a new plan; as an update of the plan, nothing to change.
    const again = await call(target, 'importPlan', {
      fileName: 'ke-hoach.xml',
      base64: files.exportMsProject!.base64,
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const updated = await call(target, 'importPlan', {
      fileName: 'ke-hoach.xml',
      base64: files.exportMsProject!.base64,
      updatePlanId: 1,
    });
    expect(updated).toMatchObject({
      ok: true,
      value: {
        code: '76/KH-BCĐ-TANDTC',
        taskCount: 6,
        amendment: { added: 0, removed: 0, changed: 0, unchanged: 6 },
      },
    });
  });

  it('refuses paths, oversized files and bad files with a Vietnamese message, writing nothing', async () => {
    const services = open('refusals', true);
    const planId = services.repository.listPlanSummaries()[0]!.id;
    const before = services.repository.loadPlanData(planId);
    const base64 = Buffer.from('xin chào').toString('base64');

    const withPath = await call(services, 'importPlan', {
      fileName: '..\\..\\Windows\\ke-hoach.txt',
      base64,
    });
    expect(withPath).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('Tên tệp không được chứa đường dẫn') },
    });

    const huge = 'A'.repeat(Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4 + 4);
    const tooBig = await call(services, 'importPlan', { fileName: 'lon.docx', base64: huge });
    expect(tooBig).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('Tệp quá lớn (giới hạn 20,0 MB)') },
    });

    const notAPlan = await call(services, 'importPlan', { fileName: 'thu.docx', base64 });
    expect(notAPlan).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message:
          'Tệp “thu.docx” không phải là tệp Word (.docx) hợp lệ: không đọc được nội dung nén bên trong. Tệp có thể bị hỏng hoặc chỉ được đổi đuôi.',
      },
    });
    const unknownType = await call(services, 'importPlan', { fileName: 'ke-hoach.odt', base64 });
    expect(unknownType).toMatchObject({
      ok: false,
      error: {
        message: expect.stringContaining(
          'chỉ nhận văn bản .txt, Word .docx, PDF có lớp chữ .pdf, Excel .xlsx hoặc MS Project .xml',
        ),
      },
    });
    expect(services.repository.listPlanSummaries()).toHaveLength(1);
    expect(services.repository.loadPlanData(planId)).toEqual(before);
  });
});
