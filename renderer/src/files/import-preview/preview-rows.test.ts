import { describe, expect, it } from 'vitest';
import type { ImportPreviewDto } from '../../../../shared/api/import-preview-contract';
import { parsePlanDocument } from '../../../../shared/plan-document/parse-plan-document';
import { buildPreviewRows, preferRegistryUnit, withEdit } from './preview-rows';

function preview(): ImportPreviewDto {
  const outcome = parsePlanDocument(
    'Số: 7/KH-X\n\nHà Nội, ngày 02 tháng 01 năm 2024\n\nKẾ HOẠCH\nThử\n\nII. NỘI DUNG\n' +
      '1. Giao Vụ Tổng hợp chủ trì, phối hợp với Học viện Tòa án rà soát quy chế; thường xuyên.\n' +
      '2. Việc B\n- Chủ trì: Vu Tong hop\n- Thời hạn: Khi có kinh phí\n- Sản phẩm: Báo cáo\n',
  );
  if (!outcome.ok) throw new Error(outcome.message);
  const [same, fresh, near] = outcome.document.units;
  const registry = [{ id: 9, name: 'Vụ Tổng hợp', agency: 'TANDTC' }];
  return {
    fileName: 'x.txt',
    document: outcome.document,
    unitMatches: [
      { key: same!.key, status: 'matched', unit: registry[0]!, alternatives: [] },
      { key: fresh!.key, status: 'new', unit: null, alternatives: [] },
      { key: near!.key, status: 'near', unit: registry[0]!, alternatives: [] },
    ],
    registry,
    amendable: null,
    sourceText: '',
  };
}

describe('the import preview rows', () => {
  it('marks units, reads deadlines and puts problems on their rows with the line', () => {
    const { rows } = buildPreviewRows(preview(), new Map());
    expect(
      rows.map((r) => [r.wbs, r.leads[0]?.name, r.leads[0]?.status, r.supports.map((s) => s.status)]),
    ).toEqual([
      ['1', 'Vụ Tổng hợp', 'matched', ['new']],
      ['2', 'Vu Tong hop', 'near', []],
    ]);
    expect(rows[0]!.deadlineReading).toBe('Hiểu là: nhiệm vụ thường xuyên, không có hạn cuối.');
    expect(rows[1]!.deadlineOk).toBe(false);
    expect(rows[1]!.problems).toEqual([
      expect.stringMatching(/^Dòng 12: Mục 2: Không hiểu thời hạn “Khi có kinh phí”/),
    ]);
  });

  it('uses the registry unit for every row naming a near one, and shows a dropped row struck out with its units', () => {
    const shown = preview();
    let edits = withEdit(new Map(), { wbs: '1', dropped: true });
    edits = preferRegistryUnit(
      buildPreviewRows(shown, edits),
      edits,
      shown.unitMatches[2]!.key,
      'Vụ Tổng hợp',
    );
    const { rows, document } = buildPreviewRows(shown, edits);
    expect(rows.map((r) => [r.wbs, r.dropped, r.leads[0]?.name, r.leads[0]?.status])).toEqual([
      ['1', true, 'Vụ Tổng hợp', 'matched'],
      ['2', false, 'Vụ Tổng hợp', 'matched'],
    ]);
    expect(document.items.map((i) => i.wbs)).toEqual(['2']);
  });

  it('shows every co-lead on the row and lets the user swap the near one for the registry unit', () => {
    const outcome = parsePlanDocument(
      'Số: 8/KH-X\n\nHà Nội, ngày 02 tháng 01 năm 2024\n\nKẾ HOẠCH\nThử\n\nII. NỘI DUNG\n' +
        '1. Vụ Tổ chức - Cán bộ và Cục Ke hoach Tai chinh đồng chủ trì rà soát quy chế; quý II/2024.\n',
    );
    if (!outcome.ok) throw new Error(outcome.message);
    const registry = [{ id: 9, name: 'Cục Kế hoạch - Tài chính', agency: 'TANDTC' }];
    const [, near] = outcome.document.units;
    const shown: ImportPreviewDto = {
      fileName: 'x.txt',
      document: outcome.document,
      unitMatches: [{ key: near!.key, status: 'near', unit: registry[0]!, alternatives: [] }],
      registry,
      amendable: null,
      sourceText: '',
    };
    const before = buildPreviewRows(shown, new Map());
    expect(before.rows[0]!.leads.map((u) => [u.name, u.status])).toEqual([
      ['Vụ Tổ chức - Cán bộ', 'new'],
      ['Cục Ke hoach Tai chinh', 'near'],
    ]);
    const edits = preferRegistryUnit(before, new Map(), near!.key, 'Cục Kế hoạch - Tài chính');
    const { rows, document } = buildPreviewRows(shown, edits);
    expect(rows[0]!.leads.map((u) => u.name)).toEqual(['Vụ Tổ chức - Cán bộ', 'Cục Kế hoạch - Tài chính']);
    expect(document.items[0]!.leadKeys).toHaveLength(2);
    expect(document.items[0]!.supportKeys).toEqual([]);
  });
});
