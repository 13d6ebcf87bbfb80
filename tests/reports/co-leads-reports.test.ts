/**
 * Reports on a plan with a co-led task ("đồng chủ trì"): each lead answers for it, so it is counted and
 * listed under each, named with the other; the plan-wide totals count it once.
 */
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPlanText } from '../../services/import/import-plan';
import { loadPlanView } from '../../services/interop/export-plan';
import { generateStatusReport, generateUnitReport } from '../../services/reports/generate-reports';
import { findUnitByName } from '../../services/reports/unit-report';
import { createTestDatabase } from '../../services/testing/test-database';
import { DEFAULT_REPORT_SETTINGS } from '../../shared/reports/report-schemas';
import { openDocx, paragraphTexts, tableRows } from './docx-xml';

const PLAN = `Số: 27/KH-TANDTC

Hà Nội, ngày 02 tháng 01 năm 2024

KẾ HOẠCH
Triển khai hồ sơ vụ án điện tử

II. NỘI DUNG

1. Xây dựng Quy chế lưu trữ hồ sơ điện tử
- Chủ trì: Vụ Pháp chế và Quản lý khoa học
- Đồng chủ trì: Cục Công nghệ thông tin
- Phối hợp: Văn phòng
- Thời hạn: Quý I/2024
- Sản phẩm: Quy chế

2. Cục Công nghệ thông tin chủ trì nâng cấp phần mềm quản lý án; hoàn thành trong quý IV/2024.

3. Rà soát danh mục hồ sơ
- Chủ trì: Văn phòng
- Thời hạn: Tháng 3/2024
- Sản phẩm: Danh mục
`;

const AS_OF = '2024-05-02';
const BOTH = 'Vụ Pháp chế và Quản lý khoa học, Cục Công nghệ thông tin (đồng chủ trì)';

function view() {
  const { repository } = createTestDatabase();
  const { planId } = importPlanText(repository, PLAN, 'ke-hoach-27.txt', { now: new Date('2024-01-03') });
  return loadPlanView(repository, planId, AS_OF);
}

const read = (data: Buffer) => {
  const body = openDocx(data).xml('word/document.xml');
  return { texts: paragraphTexts(body), rows: tableRows(body).map((r) => r.cells) };
};

/** Set REPORT_OUT to a folder to keep the files (to look at them rendered with LibreOffice). */
const keep = (name: string, data: Buffer) => {
  if (process.env.REPORT_OUT) writeFileSync(`${process.env.REPORT_OUT}/${name}`, data);
};

describe('a status report on a plan with a co-led task', () => {
  it('counts the task for each lead, lists it under each overdue lead, and names both in the appendix', async () => {
    const file = await generateStatusReport(view(), DEFAULT_REPORT_SETTINGS, {
      horizonDays: 30,
      recommendations: '',
    });
    keep('bao-cao-dong-chu-tri.docx', file.data);
    const { texts, rows } = read(file.data);
    // Summary per lead unit: 1.1 counts for both of its leads; the total counts each task once.
    expect(rows).toContainEqual(['Vụ Pháp chế và Quản lý khoa học', '1', '0', '0', '1', '0']);
    expect(rows).toContainEqual(['Cục Công nghệ thông tin', '2', '0', '0', '1', '0']);
    expect(rows).toContainEqual(['Tổng cộng', '3', '0', '0', '2', '0']);
    expect(rows).toContainEqual([
      'Có 1 nhiệm vụ do nhiều đơn vị đồng chủ trì, được tính ở dòng của từng đơn vị; dòng Tổng cộng tính mỗi nhiệm vụ một lần.',
    ]);
    // Overdue: two tasks, under three lead units; the co-led one under each of its leads.
    expect(texts).toContain(
      'Đến ngày 02 tháng 5 năm 2024, có 2 nhiệm vụ quá hạn chưa hoàn thành, thuộc 3 đơn vị chủ trì (xếp theo số ngày quá hạn):',
    );
    const headings = texts.filter((t) => /^[a-z]\) .* \(\d+ nhiệm vụ\):$/.test(t));
    expect(headings).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Vụ Pháp chế và Quản lý khoa học (1 nhiệm vụ)'),
        expect.stringContaining('Cục Công nghệ thông tin (1 nhiệm vụ)'),
        expect.stringContaining('Văn phòng (1 nhiệm vụ)'),
      ]),
    );
    // Appendix I: the row of 1 names both leads in the "Chủ trì" column.
    expect(rows.find((r) => r[0] === '1')!.slice(0, 4)).toEqual([
      '1',
      'Xây dựng Quy chế lưu trữ hồ sơ điện tử',
      BOTH,
      'Văn phòng',
    ]);
  });
});

describe('the unit report of each lead of a co-led task', () => {
  it('lists the task among the tasks each lead leads, naming the other lead', async () => {
    const v = view();
    for (const [name, other, count] of [
      ['Cục Công nghệ thông tin', 'Vụ Pháp chế và Quản lý khoa học', 2],
      ['Vụ Pháp chế và Quản lý khoa học', 'Cục Công nghệ thông tin', 1],
    ] as const) {
      const unit = findUnitByName(v, name);
      const file = await generateUnitReport(v, DEFAULT_REPORT_SETTINGS, unit.id, 5);
      keep(`danh-sach-${unit.id}.docx`, file.data);
      const { texts, rows } = read(file.data);
      expect(texts).toContain(`a) Nhiệm vụ chủ trì: ${count}`);
      expect(texts.some((t) => t.includes(`${name} chủ trì ${count} nhiệm vụ`))).toBe(true);
      expect(rows.find((r) => r[0] === '1')).toEqual([
        '1',
        `Xây dựng Quy chế lưu trữ hồ sơ điện tử\nĐồng chủ trì với ${other}`,
        'Văn phòng',
        expect.stringContaining('Quý I/2024'),
        expect.stringContaining('Quá hạn'),
      ]);
    }
    // A supporting unit sees both leads in its "Đơn vị chủ trì" column.
    const office = await generateUnitReport(v, DEFAULT_REPORT_SETTINGS, findUnitByName(v, 'Văn phòng').id, 6);
    const { rows } = read(office.data);
    expect(rows.find((r) => r[0] === '1' && r[2] === BOTH)).toBeDefined();
  });
});
