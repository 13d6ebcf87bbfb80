/** The per-unit lists and the meeting pack for Kế hoạch 76, read back from the .docx XML. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_REPORT_SETTINGS } from '../../shared/reports/report-schemas';
import { generateMeetingPack, generateUnitReport } from '../../services/reports/generate-reports';
import { findUnitByName } from '../../services/reports/unit-report';
import { openDocx, paragraphTexts, sections, tableRows } from './docx-xml';
import { kh76Repository, taskIdByWbs, viewOf } from './report-fixtures';

const read = (data: Buffer) => {
  const body = openDocx(data).xml('word/document.xml');
  return { body, texts: paragraphTexts(body), rows: tableRows(body) };
};

describe('unit task list', () => {
  const view = viewOf(kh76Repository(), '2021-07-20');

  it('lists what one unit leads and supports, with deadlines and status', async () => {
    const unit = findUnitByName(view, 'vụ tổng hợp');
    const file = await generateUnitReport(view, DEFAULT_REPORT_SETTINGS, unit.id);
    expect(file.fileName).toBe('danh-sach-nhiem-vu-vu-tong-hop-76-kh-bcd-tandtc-2021-07-20.docx');
    const { texts, rows, body } = read(file.data);
    const title = texts.indexOf('DANH SÁCH');
    expect(texts.slice(title, title + 4)).toEqual([
      'DANH SÁCH',
      'Nhiệm vụ của Vụ Tổng hợp Tòa án nhân dân tối cao',
      'theo Kế hoạch số 76/KH-BCĐ-TANDTC',
      '(Tình hình đến ngày 20 tháng 7 năm 2021)',
    ]);
    expect(texts).toContain('a) Nhiệm vụ chủ trì: 1');
    expect(texts).toContain('b) Nhiệm vụ phối hợp: 0');
    expect(texts).toContain('Đơn vị không phối hợp nhiệm vụ nào.');
    const table = rows.filter((r) => r.xml.includes('<w:tblHeader/>') || r.cells[0] === '1.1');
    expect(table.map((r) => r.cells)).toEqual([
      ['STT', 'Nhiệm vụ', 'Đơn vị phối hợp', 'Thời hạn', 'Tình trạng'],
      [
        '1.1',
        expect.stringMatching(/^Tổ chức điều tra, khảo sát/),
        'Các đơn vị có liên quan',
        'Trước ngày 15 tháng 7 năm 2021 (hạn cuối 14/07/2021)',
        'Quá hạn, 0%\nQuá hạn 6 ngày',
      ],
    ]);
    expect(texts).toContain('Danh sách gồm 1 nhiệm vụ chủ trì và 0 nhiệm vụ phối hợp của Vụ Tổng hợp./.');
    expect(rows.at(-1)!.cells[0]).toBe('Nơi nhận:\n- Vụ Tổng hợp Tòa án nhân dân tối cao;\n- Lưu: VT, TGV.');
    expect(sections(body)).toHaveLength(1);
  });

  it('puts every real unit in one document when no unit is named', async () => {
    const file = await generateUnitReport(view, DEFAULT_REPORT_SETTINGS, null);
    expect(file.fileName).toBe('danh-sach-nhiem-vu-cac-don-vi-76-kh-bcd-tandtc-2021-07-20.docx');
    const { texts } = read(file.data);
    expect(texts.filter((t) => /^\d\. /.test(t))).toEqual([
      '1. Vụ Tổng hợp Tòa án nhân dân tối cao',
      '2. Vụ Pháp chế và Quản lý khoa học Tòa án nhân dân tối cao',
      '3. Vụ Hợp tác quốc tế Tòa án nhân dân tối cao',
      '4. Tổ giúp việc',
    ]);
    expect(texts).toContain('Danh sách gồm nhiệm vụ của 4 đơn vị./.');
  });

  it('says so for a unit with no tasks', async () => {
    const lonely = {
      ...view.units[0]!,
      id: 999,
      name: 'Vụ Thi đua - Khen thưởng',
      fullName: 'Vụ Thi đua - Khen thưởng',
    };
    const file = await generateUnitReport(
      { ...view, units: [...view.units, lonely] },
      DEFAULT_REPORT_SETTINGS,
      999,
    );
    const { texts } = read(file.data);
    expect(texts).toContain('Đơn vị không chủ trì nhiệm vụ nào.');
    expect(texts).toContain('Đơn vị không phối hợp nhiệm vụ nào.');
    expect(texts).toContain(
      'Danh sách gồm 0 nhiệm vụ chủ trì và 0 nhiệm vụ phối hợp của Vụ Thi đua - Khen thưởng./.',
    );
  });

  it('refuses a unit the plan does not have, naming the ones it has', () => {
    expect(() => findUnitByName(view, 'Vụ Không Có')).toThrow(
      /Không có đơn vị “Vụ Không Có” trong kế hoạch\. Các đơn vị: Vụ Tổng hợp;/,
    );
  });
});

describe('meeting pack', () => {
  it('gives the agenda, counts, overdue items and items due before the next meeting', async () => {
    const repository = kh76Repository();
    repository.addProgressUpdate({
      taskId: taskIdByWbs(repository, '1.3'),
      reportedOn: '2021-07-16',
      percent: 60,
      achieved: null,
      difficulties: 'Chưa có tài liệu dịch',
      enteredBy: null,
    });
    const view = viewOf(repository, '2021-07-20');
    const file = await generateMeetingPack(view, DEFAULT_REPORT_SETTINGS, {
      nextMeetingOn: '2021-08-15',
      agenda: ['Báo cáo tình hình thực hiện Kế hoạch', 'Cho ý kiến về dự thảo Đề cương Đề án'],
    });
    expect(file.fileName).toBe('tai-lieu-hop-76-kh-bcd-tandtc-2021-07-20.docx');
    const { texts, rows } = read(file.data);
    const title = texts.indexOf('TÀI LIỆU PHỤC VỤ CUỘC HỌP');
    expect(texts.slice(title, title + 3)).toEqual([
      'TÀI LIỆU PHỤC VỤ CUỘC HỌP',
      'Cuộc họp Ban Chỉ đạo xây dựng Đề án Tòa án điện tử ngày 20/07/2021',
      '(Số liệu đến ngày 20 tháng 7 năm 2021)',
    ]);
    const agenda = texts.indexOf('I. CHƯƠNG TRÌNH HỌP');
    expect(texts.slice(agenda + 1, agenda + 3)).toEqual([
      '1. Báo cáo tình hình thực hiện Kế hoạch',
      '2. Cho ý kiến về dự thảo Đề cương Đề án',
    ]);
    const cells = rows.map((r) => r.cells);
    expect(cells).toContainEqual(['Quá hạn', '3', '60%']);
    expect(cells).toContainEqual(['Tổng số', '5', '']);
    expect(cells).toContainEqual(['Vụ Hợp tác quốc tế', '1', '0', '0', '0', '1', '0']);
    expect(cells).toContainEqual(['Chưa xác định đơn vị chủ trì', '1', '0', '0', '0', '0', '1']);
    const overdue = cells.filter((c) => c.length === 6 && /^1\.\d$/.test(c[0]!));
    expect(overdue.map((c) => [c[0], c[4], c[5]])).toEqual([
      ['1.1', '6', 'Chưa có báo cáo nguyên nhân'],
      ['1.2', '6', 'Chưa có báo cáo nguyên nhân'],
      ['1.3', '6', 'Chưa có tài liệu dịch'],
    ]);
    expect(texts).toContain(
      'Ngoài ra, 1 nhiệm vụ chưa xác định thời hạn (1.5): chưa xác định thời hạn — cần bổ sung.',
    );
    expect(texts).toContain('IV. NHIỆM VỤ ĐẾN HẠN TRƯỚC CUỘC HỌP TIẾP THEO');
    expect(texts).toContain(
      'Các nhiệm vụ có thời hạn hoàn thành trước cuộc họp tiếp theo (dự kiến ngày 15/08/2021):',
    );
    expect(cells.filter((c) => c.length === 5 && c[0] === '1.4')).toHaveLength(1);
    expect(texts).toContain(
      'Tài liệu do Tổ giúp việc tổng hợp từ số liệu theo dõi Kế hoạch số 76/KH-BCĐ-TANDTC đến ngày 20 tháng 7 năm 2021./.',
    );
  });

  it('leaves lines to fill when no agenda is given, and looks 30 days ahead without a next meeting', async () => {
    const view = viewOf(kh76Repository(), '2021-07-25');
    const { texts } = read(
      (await generateMeetingPack(view, DEFAULT_REPORT_SETTINGS, { nextMeetingOn: null, agenda: [] })).data,
    );
    const agenda = texts.indexOf('I. CHƯƠNG TRÌNH HỌP');
    expect(texts.slice(agenda + 1, agenda + 3).every((t) => /^…+$/.test(t))).toBe(true);
    expect(texts).toContain('IV. NHIỆM VỤ ĐẾN HẠN TRONG THỜI GIAN TỚI');
    expect(texts).toContain('Các nhiệm vụ có thời hạn hoàn thành trong 30 ngày tới (trước ngày 24/08/2021):');
  });
});
