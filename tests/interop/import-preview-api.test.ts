/** The preview through the API as the window calls it: read and matched, nothing written until saved with corrections. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type AppServices, openAppServices } from '../../services/app-services';
import type { ImportPreviewDto } from '../../shared/api/import-preview-contract';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ecourt-import-preview-'));
let services: AppServices;
afterAll(() => {
  services?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

const plan = (code: string, body: string) =>
  Buffer.from(
    `Số: ${code}\n\nHà Nội, ngày 04 tháng 3 năm 2024\n\nKẾ HOẠCH\nThử xem trước\n\nII. NỘI DUNG\n${body}`,
  ).toString('base64');

async function ok<T>(method: string, input: unknown): Promise<T> {
  const reply = await services.dispatch(method, input);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value as T;
}

describe('previewing an import', () => {
  it('reads and matches units without writing, keeps another agency’s unit apart, and saves the corrections', async () => {
    services = openAppServices({ databasePath: path.join(work, 'plan.sqlite') });
    // The registry knows "Văn phòng" of TANDTC and Kế hoạch 76's units.
    await ok('importPlan', {
      fileName: 'a.txt',
      base64: plan(
        '1/KH-A',
        '1. Việc A\n- Chủ trì: Văn phòng Tòa án nhân dân tối cao\n- Thời hạn: Quý I/2024\n- Sản phẩm: Báo cáo\n',
      ),
    });
    const before = services.repository.listPlanSummaries().length;
    const base64 = plan(
      '2/KH-B',
      '1. Văn phòng Bộ Thông tin và Truyền thông chủ trì, phối hợp với Vu Tong hop chuẩn bị tài liệu; hoàn thành trong tháng 5/2024.\n' +
        '2. Việc chưa rõ\n- Chủ trì: Học viện Tòa án\n- Thời hạn: Khi có kinh phí\n- Sản phẩm: Báo cáo\n',
    );
    const preview = await ok<ImportPreviewDto>('previewImport', { fileName: 'b.txt', base64 });
    expect(services.repository.listPlanSummaries()).toHaveLength(before);
    const { document, unitMatches } = preview;
    const shown = unitMatches.map((m) => [
      document.units.find((u) => u.key === m.key)!.name,
      m.status,
      m.unit?.name ?? null,
    ]);
    expect(shown).toEqual([
      ['Văn phòng Bộ Thông tin và Truyền thông', 'new', null],
      ['Vu Tong hop', 'near', 'Vụ Tổng hợp'],
      ['Học viện Tòa án', 'new', null],
    ]);
    expect(document.warnings.map((w) => [w.wbs, w.fields])).toEqual([['2', ['deadline']]]);
    expect(preview.amendable).toBeNull();

    const saved = await ok<{ planId: number; warningCount: number }>('importPlan', {
      fileName: 'b.txt',
      base64,
      edits: [
        { wbs: '1', supports: ['Vụ Tổng hợp'] },
        { wbs: '2', deadlineText: 'Quý III/2024' },
      ],
    });
    expect(saved.warningCount).toBe(0);
    const data = services.repository.loadPlanData(saved.planId)!;
    expect(data.units.map((u) => u.name).sort()).toEqual(
      ['Học viện Tòa án', 'Văn phòng Bộ Thông tin và Truyền thông', 'Vụ Tổng hợp'].sort(),
    );
    expect(data.tasks.map((t) => [t.wbs, t.deadline])).toEqual([
      ['1', '2024-05-31'],
      ['2', '2024-09-30'],
    ]);
    // Previewing the same file again finds the plan now stored under its number.
    expect(
      (await ok<ImportPreviewDto>('previewImport', { fileName: 'b.txt', base64 })).amendable,
    ).toMatchObject({
      id: saved.planId,
      code: '2/KH-B',
      reason: 'same-code',
      tasks: [
        { wbs: '1', fromDocument: true },
        { wbs: '2', deadlineText: 'Quý III/2024' },
      ],
    });
  });

  it('shows the placeholder "các đơn vị có liên quan" as the registry’s own, not as a new unit', async () => {
    // Kế hoạch 76, loaded at the first start, already holds the placeholder as a collective unit.
    const base64 = plan(
      '3/KH-C',
      '1. Vụ Tổng hợp chủ trì, phối hợp với các đơn vị có liên quan tổng hợp báo cáo; hoàn thành trong tháng 6/2024.\n',
    );
    const preview = await ok<ImportPreviewDto>('previewImport', { fileName: 'c.txt', base64 });
    const status = (name: string) =>
      preview.unitMatches.find(
        (m) => preview.document.units.find((u) => u.key === m.key)!.name.toLowerCase() === name.toLowerCase(),
      )?.status;
    expect(status('Vụ Tổng hợp')).toBe('matched');
    expect(status('các đơn vị có liên quan')).toBe('matched');
  });
});
