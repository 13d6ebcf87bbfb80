import { describe, expect, it } from 'vitest';
import { leadsClause, leadsText, splitLeadList } from '../units/lead-units';
import { header, parseOk, readTasks } from './test-documents';

describe('several lead units for one task (đồng chủ trì)', () => {
  it('keeps "Vụ A và Cục B đồng chủ trì …" as two leads, in order, and the supports apart', () => {
    const doc = parseOk(
      header('21/KH-BCĐ', 'KẾ HOẠCH', 'ngày 04 tháng 3 năm 2024', 'Triển khai hồ sơ điện tử') +
        'II. NHIỆM VỤ\n' +
        '1. Vụ Pháp chế và Quản lý khoa học và Cục Công nghệ thông tin đồng chủ trì, phối hợp với Văn phòng xây dựng Quy chế lưu trữ hồ sơ điện tử; hoàn thành trong quý III/2024.\n' +
        '2. Vụ Tổ chức - Cán bộ chủ trì rà soát chức danh; hoàn thành trong tháng 6/2024.\n',
    );
    expect(readTasks(doc)).toEqual([
      {
        wbs: '1',
        title: 'Xây dựng Quy chế lưu trữ hồ sơ điện tử',
        lead: 'Vụ Pháp chế và Quản lý khoa học',
        coLeads: ['Cục Công nghệ thông tin'],
        support: ['Văn phòng'],
        deadline: 'Hoàn thành trong quý III/2024',
        due: '2024-09-30',
      },
      {
        wbs: '2',
        title: 'Rà soát chức danh',
        lead: 'Vụ Tổ chức - Cán bộ',
        support: [],
        deadline: 'Hoàn thành trong tháng 6/2024',
        due: '2024-06-30',
      },
    ]);
    expect(doc.warnings).toEqual([]);
  });

  it('keeps "Giao Vụ A, Cục B chủ trì …" of a Chỉ thị as two leads', () => {
    const doc = parseOk(
      header('05/CT-CA', 'CHỈ THỊ', 'ngày 15 tháng 01 năm 2025', 'Về đẩy mạnh xét xử trực tuyến') +
        '1. Giao Vụ Tổng hợp, Cục Kế hoạch - Tài chính chủ trì, phối hợp với Văn phòng Tòa án nhân dân tối cao bảo đảm kinh phí phòng xử án trực tuyến; hoàn thành trong quý II/2025.\n',
    );
    expect(readTasks(doc)).toEqual([
      {
        wbs: '1',
        title: 'Bảo đảm kinh phí phòng xử án trực tuyến',
        lead: 'Vụ Tổng hợp',
        coLeads: ['Cục Kế hoạch - Tài chính'],
        support: ['Văn phòng'],
        deadline: 'Hoàn thành trong quý II/2025',
        due: '2025-06-30',
      },
    ]);
    expect(doc.warnings).toEqual([]);
  });

  it('reads "Vụ A chủ trì, Cục B đồng chủ trì, phối hợp với …" without taking the co-lead for the work', () => {
    const doc = parseOk(
      header('06/CT-CA', 'CHỈ THỊ', 'ngày 20 tháng 01 năm 2025', 'Về bảo đảm kinh phí chuyển đổi số') +
        '1. Giao Vụ Tổng hợp chủ trì, Cục Kế hoạch - Tài chính đồng chủ trì, phối hợp với Văn phòng xây dựng dự toán kinh phí; hoàn thành trong quý II/2025.\n' +
        '2. Vụ Pháp chế và Quản lý khoa học chủ trì, Vụ Tổ chức - Cán bộ đồng chủ trì rà soát quy chế; hoàn thành trong quý III/2025.\n',
    );
    expect(readTasks(doc).map((t) => [t.title, t.lead, t.coLeads, t.support])).toEqual([
      ['Xây dựng dự toán kinh phí', 'Vụ Tổng hợp', ['Cục Kế hoạch - Tài chính'], ['Văn phòng']],
      ['Rà soát quy chế', 'Vụ Pháp chế và Quản lý khoa học', ['Vụ Tổ chức - Cán bộ'], []],
    ]);
    expect(doc.warnings).toEqual([]);
  });

  it('reads "Chủ trì: …" then "Đồng chủ trì: …" on their own lines, and a lead named again as support is only a lead', () => {
    const doc = parseOk(
      header('40/KH-TANDTC', 'KẾ HOẠCH', 'ngày 01 tháng 4 năm 2024', 'Số hóa hồ sơ vụ án') +
        'II. NỘI DUNG\n' +
        '1. Số hóa hồ sơ vụ án đã giải quyết\n' +
        '- Chủ trì: Cục Công nghệ thông tin\n' +
        '- Đồng chủ trì: Văn phòng Tòa án nhân dân tối cao, Vụ Giám đốc kiểm tra I\n' +
        '- Phối hợp: Văn phòng, Tòa án nhân dân cấp cao tại Hà Nội\n' +
        '- Thời hạn: Năm 2025\n' +
        '- Sản phẩm: Kho hồ sơ số\n',
    );
    const [task] = readTasks(doc);
    expect(task).toMatchObject({
      lead: 'Cục Công nghệ thông tin',
      coLeads: ['Văn phòng', 'Vụ Giám đốc kiểm tra I'],
      support: ['Tòa án nhân dân cấp cao tại Hà Nội'],
      due: '2025-12-31',
    });
    expect(doc.warnings).toEqual([]);
  });

  it('reads "Đơn vị chủ trì: Vụ A; Cục B" and "Vụ A (chủ trì), Cục B (đồng chủ trì)"', () => {
    const doc = parseOk(
      header('41/KH-TANDTC', 'KẾ HOẠCH', 'ngày 02 tháng 4 năm 2024', 'Đào tạo kỹ năng số') +
        'II. NỘI DUNG\n' +
        '1. Bồi dưỡng kỹ năng số cho Thẩm phán\n' +
        'Đơn vị chủ trì: Học viện Tòa án; Vụ Tổ chức - Cán bộ\n' +
        'Thời hạn hoàn thành: Quý IV/2024\n' +
        'Sản phẩm: Khóa bồi dưỡng\n' +
        '2. Biên soạn tài liệu hướng dẫn\n' +
        'Đơn vị chủ trì: Vụ Pháp chế và Quản lý khoa học (chủ trì), Tạp chí Tòa án nhân dân (đồng chủ trì)\n' +
        'Thời hạn hoàn thành: Quý I/2025\n' +
        'Sản phẩm: Tài liệu\n',
    );
    expect(readTasks(doc).map((t) => [t.lead, t.coLeads, t.support])).toEqual([
      ['Học viện Tòa án', ['Vụ Tổ chức - Cán bộ'], []],
      ['Vụ Pháp chế và Quản lý khoa học', ['Tạp chí Tòa án nhân dân'], []],
    ]);
    expect(doc.units.map((u) => u.name)).toEqual([
      'Học viện Tòa án',
      'Vụ Tổ chức - Cán bộ',
      'Vụ Pháp chế và Quản lý khoa học',
      'Tạp chí Tòa án nhân dân',
    ]);
  });

  it('never splits one unit whose name holds "và" or "-"', () => {
    const doc = parseOk(
      header('42/KH-TANDTC', 'KẾ HOẠCH', 'ngày 03 tháng 4 năm 2024', 'Một đơn vị') +
        'II. NỘI DUNG\n' +
        '1. Vụ Pháp chế và Quản lý khoa học chủ trì xây dựng danh mục; quý II/2024.\n' +
        '2. Vụ Tổ chức - Cán bộ chủ trì rà soát biên chế; quý III/2024.\n' +
        '3. Bộ Thông tin và Truyền thông chủ trì hướng dẫn kết nối; quý IV/2024.\n',
    );
    expect(readTasks(doc).map((t) => [t.lead, t.coLeads])).toEqual([
      ['Vụ Pháp chế và Quản lý khoa học', undefined],
      ['Vụ Tổ chức - Cán bộ', undefined],
      ['Bộ Thông tin và Truyền thông', undefined],
    ]);
  });
});

describe('splitLeadList', () => {
  it('reads back the wording the app writes, and role marks after each name', () => {
    expect(splitLeadList('Vụ Tổng hợp, Cục Kế hoạch - Tài chính (đồng chủ trì)')).toEqual([
      'Vụ Tổng hợp',
      'Cục Kế hoạch - Tài chính',
    ]);
    expect(splitLeadList('Vụ Pháp chế và Quản lý khoa học (chủ trì); Văn phòng (đồng chủ trì)')).toEqual([
      'Vụ Pháp chế và Quản lý khoa học',
      'Văn phòng',
    ]);
    expect(splitLeadList('Vụ Tổ chức - Cán bộ và Học viện Tòa án')).toEqual([
      'Vụ Tổ chức - Cán bộ',
      'Học viện Tòa án',
    ]);
    expect(splitLeadList('Vụ Tổng hợp')).toEqual(['Vụ Tổng hợp']);
  });

  it('is the wording the app writes, in a cell and in a sentence', () => {
    const a = { name: 'Vụ Tổng hợp' };
    const b = { name: 'Cục Kế hoạch - Tài chính' };
    const c = { name: 'Văn phòng' };
    expect(leadsText([])).toBe('');
    expect(leadsText([a])).toBe('Vụ Tổng hợp');
    expect(leadsText([a, b])).toBe('Vụ Tổng hợp, Cục Kế hoạch - Tài chính (đồng chủ trì)');
    expect(leadsClause([a])).toBe('Vụ Tổng hợp chủ trì');
    expect(leadsClause([a, b, c])).toBe('Vụ Tổng hợp, Cục Kế hoạch - Tài chính và Văn phòng đồng chủ trì');
    // Both read back as the same leads.
    expect(splitLeadList(leadsText([a, b, c]))).toEqual([a.name, b.name, c.name]);
  });
});
