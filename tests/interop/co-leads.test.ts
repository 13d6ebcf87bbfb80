/**
 * A task with two lead units ("đồng chủ trì") through every file: a Word appendix table, an Excel grid
 * typed by hand, the app's own Excel and MS Project files read back, and the calendar's lead filter.
 * Both leads stay leads, in order; none becomes a support.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { importPlanText } from '../../services/import/import-plan';
import { exportPlan, loadPlanView } from '../../services/interop/export-plan';
import { exportIcal } from '../../services/interop/ical/export-ical';
import { importPlanBytes } from '../../services/interop/import-plan-bytes';
import { exportMsProject } from '../../services/interop/mspdi/export-mspdi';
import type { PlanRepository } from '../../services/storage/plan-repository';
import { createTestDatabase } from '../../services/testing/test-database';
import { NOW } from './helpers/interop-fixtures';

const AS_OF = '2024-05-01';

/** Each task's units as stored, in the order they are read back: "lead:…" first, then "support:…". */
function unitsByWbs(repository: PlanRepository, planId: number): Record<string, string[]> {
  const view = loadPlanView(repository, planId, AS_OF);
  return Object.fromEntries(
    view.tasks.map((t) => [
      t.wbs,
      [...t.leads.map((u) => `lead:${u.name}`), ...t.supports.map((u) => `support:${u.name}`)],
    ]),
  );
}

const CO_LED_PLAN = `Số: 27/KH-TANDTC

Hà Nội, ngày 02 tháng 4 năm 2024

KẾ HOẠCH
Triển khai hồ sơ vụ án điện tử

II. NỘI DUNG

1. Xây dựng Quy chế lưu trữ hồ sơ điện tử
- Chủ trì: Vụ Pháp chế và Quản lý khoa học
- Đồng chủ trì: Cục Công nghệ thông tin
- Phối hợp: Văn phòng, Vụ Tổ chức - Cán bộ
- Thời hạn: Quý III/2024
- Sản phẩm: Quy chế

2. Vụ Tổ chức - Cán bộ và Học viện Tòa án đồng chủ trì bồi dưỡng kỹ năng số cho Thẩm phán; hoàn thành trong quý IV/2024.

3. Rà soát danh mục hồ sơ
- Chủ trì: Văn phòng
- Thời hạn: Tháng 6/2024
- Sản phẩm: Danh mục
`;

const EXPECTED = {
  '1': [
    'lead:Vụ Pháp chế và Quản lý khoa học',
    'lead:Cục Công nghệ thông tin',
    'support:Văn phòng',
    'support:Vụ Tổ chức - Cán bộ',
  ],
  '2': ['lead:Vụ Tổ chức - Cán bộ', 'lead:Học viện Tòa án'],
  '3': ['lead:Văn phòng'],
};

function coLedDatabase() {
  const { db, repository } = createTestDatabase();
  const { planId } = importPlanText(repository, CO_LED_PLAN, 'ke-hoach-27.txt', { now: NOW });
  return { db, repository, planId };
}

describe('co-leads read from a document are stored as leads, in order', () => {
  it('keeps both lead units of a text plan, none as a support', () => {
    const { repository, planId } = coLedDatabase();
    expect(unitsByWbs(repository, planId)).toEqual(EXPECTED);
    const units = loadPlanView(repository, planId, AS_OF).units;
    expect(units.find((u) => u.name === 'Vụ Tổ chức - Cán bộ')).toMatchObject({
      leadCount: 1,
      supportCount: 1,
    });
  });

  it('reads "Đơn vị chủ trì" cells of a Word appendix table naming two units', async () => {
    const cell = (text: string) =>
      new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })] });
    const row = (cells: string[]) => new TableRow({ children: cells.map(cell) });
    const bytes = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Paragraph('Số: 30/KH-TANDTC'),
              new Paragraph('Hà Nội, ngày 05 tháng 4 năm 2024'),
              new Paragraph('KẾ HOẠCH'),
              new Paragraph('Số hóa hồ sơ vụ án'),
              new Paragraph('Phụ lục'),
              new Table({
                rows: [
                  row([
                    'STT',
                    'Nội dung công việc',
                    'Đơn vị chủ trì',
                    'Đơn vị phối hợp',
                    'Thời hạn',
                    'Sản phẩm',
                  ]),
                  row([
                    '1',
                    'Xây dựng kho hồ sơ số',
                    'Cục Công nghệ thông tin; Vụ Pháp chế và Quản lý khoa học',
                    'Văn phòng',
                    'Quý IV/2024',
                    'Kho hồ sơ số',
                  ]),
                  row([
                    '2',
                    'Đào tạo sử dụng kho hồ sơ số',
                    'Học viện Tòa án và Vụ Tổ chức - Cán bộ',
                    '',
                    'Quý I/2025',
                    'Khóa đào tạo',
                  ]),
                  row(['3', 'Báo cáo kết quả', 'Văn phòng', '', 'Tháng 3/2025', 'Báo cáo']),
                ],
              }),
            ],
          },
        ],
      }),
    );
    const { repository } = createTestDatabase();
    const { planId, warningCount } = await importPlanBytes(repository, bytes, 'phu-luc.docx', { now: NOW });
    expect(unitsByWbs(repository, planId)).toEqual({
      '1': ['lead:Cục Công nghệ thông tin', 'lead:Vụ Pháp chế và Quản lý khoa học', 'support:Văn phòng'],
      '2': ['lead:Học viện Tòa án', 'lead:Vụ Tổ chức - Cán bộ'],
      '3': ['lead:Văn phòng'],
    });
    expect(warningCount).toBe(0);
  });

  it('reads a "Chủ trì" column typed by hand in Excel: "Vụ A, Cục B" and "Vụ A; Cục B"', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Nhiệm vụ');
    sheet.addRow(['STT', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Thời gian hoàn thành', 'Sản phẩm']);
    sheet.addRow([
      '1',
      'Kết nối dữ liệu án',
      'Cục Công nghệ thông tin, Vụ Tổng hợp',
      'Văn phòng',
      'Quý III/2024',
      'Hệ thống',
    ]);
    sheet.addRow([
      '2',
      'Hướng dẫn nghiệp vụ',
      'Vụ Pháp chế và Quản lý khoa học; Vụ Giám đốc kiểm tra I',
      '',
      'Quý IV/2024',
      'Công văn',
    ]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const { repository } = createTestDatabase();
    const { planId } = await importPlanBytes(repository, bytes, 'tu-nhap.xlsx', { now: NOW });
    expect(unitsByWbs(repository, planId)).toEqual({
      '1': ['lead:Cục Công nghệ thông tin', 'lead:Vụ Tổng hợp', 'support:Văn phòng'],
      '2': ['lead:Vụ Pháp chế và Quản lý khoa học', 'lead:Vụ Giám đốc kiểm tra I'],
    });
  });
});

describe('a column of its own for co-leads ("Đồng chủ trì")', () => {
  it('reads it in a Word appendix table and in an Excel grid, after the "Chủ trì" column’s units', async () => {
    const cell = (text: string) =>
      new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })] });
    const row = (cells: string[]) => new TableRow({ children: cells.map(cell) });
    const word = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Paragraph('Số: 31/KH-TANDTC'),
              new Paragraph('Hà Nội, ngày 08 tháng 4 năm 2024'),
              new Paragraph('KẾ HOẠCH'),
              new Paragraph('Kết nối dữ liệu'),
              new Table({
                rows: [
                  row(['TT', 'Nhiệm vụ', 'Chủ trì', 'Đồng chủ trì', 'Phối hợp', 'Thời hạn']),
                  row([
                    '1',
                    'Kết nối dữ liệu án',
                    'Cục Công nghệ thông tin',
                    'Vụ Tổng hợp',
                    'Văn phòng',
                    'Quý III/2024',
                  ]),
                  row(['2', 'Công bố bản án', 'Văn phòng', '', '', 'Quý IV/2024']),
                ],
              }),
            ],
          },
        ],
      }),
    );
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Bảng');
    sheet.addRow([
      'STT',
      'Nội dung',
      'Đơn vị chủ trì',
      'Đơn vị đồng chủ trì',
      'Phối hợp',
      'Thời gian hoàn thành',
    ]);
    sheet.addRow([
      '1',
      'Kết nối dữ liệu án',
      'Cục Công nghệ thông tin',
      'Vụ Tổng hợp',
      'Văn phòng',
      'Quý III/2024',
    ]);
    sheet.addRow(['2', 'Công bố bản án', 'Văn phòng', null, null, 'Quý IV/2024']);
    const excel = Buffer.from(await workbook.xlsx.writeBuffer());
    for (const [bytes, name] of [
      [word, 'phu-luc.docx'],
      [excel, 'bang.xlsx'],
    ] as const) {
      const { repository } = createTestDatabase();
      const { planId } = await importPlanBytes(repository, bytes, name, { now: NOW });
      expect(unitsByWbs(repository, planId), name).toEqual({
        '1': ['lead:Cục Công nghệ thông tin', 'lead:Vụ Tổng hợp', 'support:Văn phòng'],
        '2': ['lead:Văn phòng'],
      });
    }
  });
});

describe('co-leads through the app’s own files', () => {
  it('writes "Vụ A, Cục B (đồng chủ trì)" in the Excel "Chủ trì" cell and reads both back', async () => {
    const { repository, planId } = coLedDatabase();
    const file = await exportPlan(repository, { planId, asOf: AS_OF, format: 'xlsx' }, NOW);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.data as unknown as ExcelJS.Buffer);
    const tasks = workbook.getWorksheet('Nhiệm vụ')!;
    expect(tasks.getRow(2).getCell(4).value).toBe(
      'Vụ Pháp chế và Quản lý khoa học, Cục Công nghệ thông tin (đồng chủ trì)',
    );
    expect(tasks.getRow(4).getCell(4).value).toBe('Văn phòng');
    const target = createTestDatabase();
    const back = await importPlanBytes(target.repository, file.data, 'nhiem-vu.xlsx', { now: NOW });
    expect(unitsByWbs(target.repository, back.planId)).toEqual(EXPECTED);
  });

  it('writes one MS Project assignment per lead with the role "Chủ trì" and reads both back', async () => {
    const { repository, planId } = coLedDatabase();
    const xml = exportMsProject(loadPlanView(repository, planId, AS_OF), NOW);
    const task1 = xml.slice(xml.indexOf('<Assignments>'));
    const leadAssignments = task1.match(/<Value>Chủ trì<\/Value>/g) ?? [];
    // 1: two leads; 2: two leads; 3: one lead.
    expect(leadAssignments).toHaveLength(5);
    const target = createTestDatabase();
    const back = await importPlanBytes(target.repository, Buffer.from(xml), 'ms-project.xml', { now: NOW });
    expect(unitsByWbs(target.repository, back.planId)).toEqual(EXPECTED);

    // A file without roles on its assignments: the "Đơn vị chủ trì" text column names the leads.
    const withoutRoles = xml.replace(
      /<Assignment>([\s\S]*?)<ExtendedAttribute>[\s\S]*?<\/ExtendedAttribute>/g,
      '<Assignment>$1',
    );
    expect(withoutRoles).not.toContain('<Value>Chủ trì</Value>');
    const third = createTestDatabase();
    const again = await importPlanBytes(third.repository, Buffer.from(withoutRoles), 'khong-vai-tro.xml', {
      now: NOW,
    });
    expect(unitsByWbs(third.repository, again.planId)).toEqual(EXPECTED);
  });

  it('puts a co-led task in the calendar of each lead when filtering by lead', () => {
    const { repository, planId } = coLedDatabase();
    const view = loadPlanView(repository, planId, AS_OF);
    const idOf = (name: string) => view.units.find((u) => u.name === name)!.id;
    const wbsFor = (name: string, role: 'lead' | 'support') => {
      const calendar = new ICAL.Component(
        ICAL.parse(exportIcal(view, { unitIds: [idOf(name)], role, now: NOW }).text),
      );
      return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).summary.split(' ')[1]);
    };
    expect(wbsFor('Cục Công nghệ thông tin', 'lead')).toEqual(['1']);
    expect(wbsFor('Học viện Tòa án', 'lead')).toEqual(['2']);
    expect(wbsFor('Vụ Tổ chức - Cán bộ', 'lead')).toEqual(['2']);
    expect(wbsFor('Vụ Tổ chức - Cán bộ', 'support')).toEqual(['1']);
    const event = new ICAL.Component(
      ICAL.parse(exportIcal(view, { unitIds: [], role: 'any', now: NOW }).text),
    )
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
      .find((e) => e.summary.startsWith('Hạn 1 ') || e.summary.split(' ')[1] === '1')!;
    expect(event.description).toContain(
      'Chủ trì: Vụ Pháp chế và Quản lý khoa học, Cục Công nghệ thông tin (đồng chủ trì)',
    );
  });
});
