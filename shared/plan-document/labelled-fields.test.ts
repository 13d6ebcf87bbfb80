/**
 * The labelled form in its common variants: other label words, any order, with or without the dash,
 * one per line or several on one line, values running over several lines. Five documents.
 */
import { describe, expect, it } from 'vitest';
import { header, parseOk, readTasks } from './test-documents';

describe('labelled fields', () => {
  it('reads "Đơn vị chủ trì", "Thời hạn hoàn thành", "Sản phẩm" without a dash', () => {
    const doc = parseOk(
      header('21/KH-TANDTC', 'KẾ HOẠCH', 'ngày 08 tháng 02 năm 2024', 'Công tác pháp chế năm 2024') +
        'II. NHIỆM VỤ\n\n' +
        '1. Xây dựng Nghị quyết hướng dẫn áp dụng một số quy định về án phí\n' +
        'Đơn vị chủ trì: Vụ Pháp chế và Quản lý khoa học\n' +
        'Đơn vị phối hợp: Vụ Giám đốc kiểm tra I, Vụ Giám đốc kiểm tra II\n' +
        'Thời hạn hoàn thành: Quý III/2024\n' +
        'Sản phẩm: Nghị quyết của Hội đồng Thẩm phán\n\n' +
        '2. Tổng kết thực tiễn xét xử án hành chính\n' +
        'Đơn vị chủ trì: Vụ Giám đốc kiểm tra I\n' +
        'Thời hạn hoàn thành: Tháng 11/2024\n' +
        'Sản phẩm: Báo cáo tổng kết\n',
    );
    expect(readTasks(doc)).toEqual([
      {
        wbs: '1',
        title: 'Xây dựng Nghị quyết hướng dẫn áp dụng một số quy định về án phí',
        lead: 'Vụ Pháp chế và Quản lý khoa học',
        support: ['Vụ Giám đốc kiểm tra I', 'Vụ Giám đốc kiểm tra II'],
        deadline: 'Quý III/2024',
        due: '2024-09-30',
      },
      {
        wbs: '2',
        title: 'Tổng kết thực tiễn xét xử án hành chính',
        lead: 'Vụ Giám đốc kiểm tra I',
        support: [],
        deadline: 'Tháng 11/2024',
        due: '2024-11-30',
      },
    ]);
    expect(doc.items.map((i) => i.deliverable)).toEqual([
      'Nghị quyết của Hội đồng Thẩm phán',
      'Báo cáo tổng kết',
    ]);
    expect(doc.warnings).toEqual([]);
  });

  it('reads several labels on one line: "Cơ quan chủ trì: …; Cơ quan phối hợp: …; Thời hạn: …; Sản phẩm đầu ra: …"', () => {
    const doc = parseOk(
      header('14/KH-BTTTT', 'KẾ HOẠCH', 'ngày 10 tháng 4 năm 2024', 'Hỗ trợ Tòa án nhân dân chuyển đổi số') +
        'II. NHIỆM VỤ\n' +
        '1. Hướng dẫn kết nối Cổng dịch vụ công quốc gia với hệ thống của Tòa án\n' +
        '- Cơ quan chủ trì: Cục Chuyển đổi số quốc gia; Cơ quan phối hợp: Văn phòng Chính phủ, Tòa án nhân dân tối cao; Thời hạn: Tháng 3 - tháng 6/2024; Sản phẩm đầu ra: Văn bản hướng dẫn.\n' +
        '2. Đánh giá an toàn thông tin hệ thống Tòa án điện tử\n' +
        '- Cơ quan chủ trì: Cục An toàn thông tin. Thời hạn: Thường xuyên. Sản phẩm đầu ra: Báo cáo đánh giá hằng năm.\n',
    );
    expect(readTasks(doc)).toEqual([
      {
        wbs: '1',
        title: 'Hướng dẫn kết nối Cổng dịch vụ công quốc gia với hệ thống của Tòa án',
        lead: 'Cục Chuyển đổi số quốc gia',
        support: ['Văn phòng Chính phủ', 'Tòa án nhân dân tối cao'],
        deadline: 'Tháng 3 - tháng 6/2024',
        due: '2024-06-30',
        start: '2024-03-01',
      },
      {
        wbs: '2',
        title: 'Đánh giá an toàn thông tin hệ thống Tòa án điện tử',
        lead: 'Cục An toàn thông tin',
        support: [],
        deadline: 'Thường xuyên',
        due: null,
      },
    ]);
    expect(doc.items.map((i) => i.deliverable)).toEqual(['Văn bản hướng dẫn', 'Báo cáo đánh giá hằng năm']);
    expect(doc.warnings).toEqual([]);
  });

  it('reads "+ Đơn vị thực hiện", "+ Tiến độ", "+ Kết quả" in any order, values over several lines', () => {
    const doc = parseOk(
      header('03/KH-HVTA', 'KẾ HOẠCH', 'ngày 03 tháng 01 năm 2025', 'Đào tạo, bồi dưỡng năm 2025') +
        'II. NỘI DUNG\n' +
        '1. Bồi dưỡng kỹ năng giải quyết vụ án trực tuyến\n' +
        '+ Kết quả: 500 Thẩm phán, Thư ký được bồi dưỡng,\n' +
        'có chứng chỉ hoàn thành khóa học\n' +
        '+ Tiến độ: Từ tháng 4 đến tháng 6 năm 2025\n' +
        '+ Đơn vị thực hiện: Học viện Tòa án\n' +
        '2. Biên soạn tài liệu bồi dưỡng\n' +
        '+ Đơn vị thực hiện: Học viện Tòa án\n' +
        '+ Tiến độ: Quý I/2025\n' +
        '+ Kết quả: Bộ tài liệu\n',
    );
    expect(readTasks(doc)).toEqual([
      {
        wbs: '1',
        title: 'Bồi dưỡng kỹ năng giải quyết vụ án trực tuyến',
        lead: 'Học viện Tòa án',
        support: [],
        deadline: 'Từ tháng 4 đến tháng 6 năm 2025',
        due: '2025-06-30',
        start: '2025-04-01',
      },
      {
        wbs: '2',
        title: 'Biên soạn tài liệu bồi dưỡng',
        lead: 'Học viện Tòa án',
        support: [],
        deadline: 'Quý I/2025',
        due: '2025-03-31',
      },
    ]);
    expect(doc.items[0]!.deliverable).toBe(
      '500 Thẩm phán, Thư ký được bồi dưỡng, có chứng chỉ hoàn thành khóa học',
    );
  });

  it('reads "Chủ trì" with "Đồng chủ trì", "Thời gian thực hiện" and "Kết quả/sản phẩm" under lettered points', () => {
    const doc = parseOk(
      header('33/KH-TANDTC', 'KẾ HOẠCH', 'ngày 12 tháng 6 năm 2024', 'Hợp tác quốc tế về Tòa án điện tử') +
        'II. NHIỆM VỤ CỤ THỂ\n' +
        '1. Hội thảo quốc tế\n' +
        'a) Tổ chức Hội thảo quốc tế về Tòa án điện tử\n' +
        '- Chủ trì: Vụ Hợp tác quốc tế; Đồng chủ trì: Học viện Tòa án\n' +
        '- Thời gian thực hiện: Quý II - Quý III/2024\n' +
        '- Kết quả/sản phẩm: Kỷ yếu Hội thảo\n' +
        'b) Dịch, xuất bản tài liệu nước ngoài về Tòa án điện tử\n' +
        '- Thời gian thực hiện: 2024 - 2025\n' +
        '- Chủ trì: Tạp chí Tòa án nhân dân\n' +
        '- Kết quả/sản phẩm: Sách chuyên khảo\n',
    );
    expect(readTasks(doc).slice(1)).toEqual([
      {
        wbs: '1.a',
        title: 'Tổ chức Hội thảo quốc tế về Tòa án điện tử',
        lead: 'Vụ Hợp tác quốc tế',
        coLeads: ['Học viện Tòa án'],
        support: [],
        deadline: 'Quý II - Quý III/2024',
        due: '2024-09-30',
        start: '2024-04-01',
      },
      {
        wbs: '1.b',
        title: 'Dịch, xuất bản tài liệu nước ngoài về Tòa án điện tử',
        lead: 'Tạp chí Tòa án nhân dân',
        support: [],
        deadline: '2024 - 2025',
        due: '2025-12-31',
        start: '2024-01-01',
      },
    ]);
    expect(doc.items[1]!.kind).toBe('meeting');
    // "Đồng chủ trì" adds a lead; it is never demoted to a support, so there is nothing to warn about.
    expect(doc.warnings).toEqual([]);
  });

  it('reads "Thời hạn", "Kết quả thực hiện" and "Cơ quan, đơn vị phối hợp", and reports what is missing at its line', () => {
    const text =
      header('50/KH-VPCP', 'KẾ HOẠCH', 'ngày 20 tháng 8 năm 2024', 'Phối hợp trao đổi văn bản điện tử') +
      'II. NỘI DUNG\n' +
      '1. Kết nối Trục liên thông văn bản quốc gia với Tòa án nhân dân tối cao\n' +
      '- Chủ trì: Cục Kiểm soát thủ tục hành chính\n' +
      '- Cơ quan, đơn vị phối hợp: Cục Công nghệ thông tin Tòa án nhân dân tối cao\n' +
      '- Thời hạn: Sau khi có ý kiến của Lãnh đạo\n' +
      '- Kết quả thực hiện: Hệ thống được kết nối\n' +
      '2. Thống nhất mẫu văn bản điện tử\n' +
      '- Chủ trì: Văn phòng Chính phủ\n';
    const doc = parseOk(text);
    expect(readTasks(doc).map((t) => [t.wbs, t.lead, t.support, t.deadline, t.due])).toEqual([
      [
        '1',
        'Cục Kiểm soát thủ tục hành chính',
        ['Cục Công nghệ thông tin'],
        'Sau khi có ý kiến của Lãnh đạo',
        null,
      ],
      ['2', 'Văn phòng Chính phủ', [], null, null],
    ]);
    const lineOf = (start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;
    expect(doc.warnings.map((w) => [w.wbs, w.line, w.message])).toEqual([
      ['1', lineOf('- Thời hạn:'), expect.stringMatching(/^Mục 1: Không hiểu thời hạn “Sau khi có ý kiến/)],
      ['2', lineOf('2. Thống nhất'), 'Mục 2 thiếu thời gian hoàn thành và kết quả thực hiện: cần bổ sung.'],
    ]);
  });
});
