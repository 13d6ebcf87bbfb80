/**
 * Assignments written as sentences (Chỉ thị, many Kế hoạch): the title is the work, the units come
 * out as lead and supporting, the deadline keeps its wording. Five documents written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { header, parseOk, readTasks } from './test-documents';

describe('inline assignments', () => {
  it('reads a Chỉ thị of numbered paragraphs "Giao … chủ trì, phối hợp với …; hoàn thành trong …"', () => {
    const doc = parseOk(
      header(
        '05/CT-TANDTC',
        'CHỈ THỊ',
        'ngày 12 tháng 01 năm 2024',
        'Về đẩy mạnh chuyển đổi số trong hoạt động của Tòa án nhân dân năm 2024',
        'TÒA ÁN NHÂN DÂN TỐI CAO',
      ) +
        'Để triển khai hiệu quả các nhiệm vụ chuyển đổi số, Chánh án Tòa án nhân dân tối cao yêu cầu:\n\n' +
        '1. Giao Cục Công nghệ thông tin chủ trì, phối hợp với Vụ Tổng hợp, Văn phòng Tòa án nhân dân tối cao xây dựng Kế hoạch chuyển đổi số năm 2024; hoàn thành trong quý I/2024.\n\n' +
        '2. Giao Vụ Pháp chế và Quản lý khoa học chủ trì, phối hợp với Cục Công nghệ thông tin rà soát, đề xuất sửa đổi các quy định về hồ sơ điện tử; hoàn thành trước ngày 30/6/2024.\n\n' +
        '3. Học viện Tòa án chủ trì, phối hợp với các đơn vị có liên quan tổ chức tập huấn kỹ năng số cho Thẩm phán; thời hạn: Quý II - Quý III/2024.\n\n' +
        '4. Văn phòng Tòa án nhân dân tối cao có trách nhiệm theo dõi, đôn đốc việc thực hiện Chỉ thị này, báo cáo Chánh án hằng quý.\n\n' +
        'Nơi nhận:\n- Như trên;\n',
    );
    expect(doc.header).toMatchObject({
      code: '05/CT-TANDTC',
      documentType: 'Chỉ thị',
      issuedOn: '2024-01-12',
    });
    expect(readTasks(doc)).toEqual([
      {
        wbs: '1',
        title: 'Xây dựng Kế hoạch chuyển đổi số năm 2024',
        lead: 'Cục Công nghệ thông tin',
        support: ['Vụ Tổng hợp', 'Văn phòng'],
        deadline: 'Hoàn thành trong quý I/2024',
        due: '2024-03-31',
      },
      {
        wbs: '2',
        title: 'Rà soát, đề xuất sửa đổi các quy định về hồ sơ điện tử',
        lead: 'Vụ Pháp chế và Quản lý khoa học',
        support: ['Cục Công nghệ thông tin'],
        deadline: 'Hoàn thành trước ngày 30/6/2024',
        due: '2024-06-29',
      },
      {
        wbs: '3',
        title: 'Tổ chức tập huấn kỹ năng số cho Thẩm phán',
        lead: 'Học viện Tòa án',
        support: ['các đơn vị có liên quan'],
        deadline: 'Quý II - Quý III/2024',
        due: '2024-09-30',
        start: '2024-04-01',
      },
      {
        wbs: '4',
        title: 'Theo dõi, đôn đốc việc thực hiện Chỉ thị này, báo cáo Chánh án',
        lead: 'Văn phòng',
        support: [],
        deadline: 'Hằng quý',
        due: null,
      },
    ]);
    // A Chỉ thị names no deliverable: its absence is no problem to report.
    expect(doc.warnings).toEqual([]);
    expect(doc.items[3]!.deadline).toMatchObject({
      ok: true,
      recurrence: { frequency: 'monthly', interval: 3 },
    });
  });

  it('reads lettered points under Arabic items, a sentence with a labelled deadline, and co-leads', () => {
    const doc = parseOk(
      header(
        '118/KH-TANDTC',
        'KẾ HOẠCH',
        'ngày 20 tháng 3 năm 2024',
        'Triển khai thi hành Luật Tổ chức Tòa án nhân dân năm 2024',
      ) +
        'I. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm triển khai kịp thời, đồng bộ, hiệu quả.\n\n' +
        'II. NHIỆM VỤ CỤ THỂ\n1. Công tác tuyên truyền, phổ biến\n' +
        'a) Giao Báo Công lý chủ trì, phối hợp với Tạp chí Tòa án nhân dân tổ chức tuyên truyền nội dung cơ bản của Luật trên các phương tiện thông tin đại chúng.\n' +
        'Thời gian thực hiện: Thường xuyên.\n' +
        'b) Giao Học viện Tòa án chủ trì biên soạn tài liệu và tổ chức tập huấn chuyên sâu về Luật cho Thẩm phán, Thư ký Tòa án; hoàn thành trong 6 tháng đầu năm 2024.\n' +
        '2. Công tác rà soát, xây dựng văn bản\n' +
        'a) Vụ Pháp chế và Quản lý khoa học chủ trì, phối hợp với Vụ Tổ chức - Cán bộ, Văn phòng rà soát các văn bản quy phạm pháp luật do Hội đồng Thẩm phán ban hành, đề xuất sửa đổi, bổ sung; thời hạn hoàn thành: tháng 9/2024.\n' +
        'b) Vụ Tổ chức - Cán bộ và Văn phòng đồng chủ trì xây dựng Đề án sắp xếp tổ chức bộ máy Tòa án nhân dân theo Luật mới, trình Ban cán sự đảng trong quý IV/2024.\n',
    );
    expect(readTasks(doc)).toEqual([
      {
        wbs: '1',
        title: 'Công tác tuyên truyền, phổ biến',
        lead: null,
        support: [],
        deadline: null,
        due: null,
      },
      {
        wbs: '1.a',
        title: 'Tổ chức tuyên truyền nội dung cơ bản của Luật trên các phương tiện thông tin đại chúng',
        lead: 'Báo Công lý',
        support: ['Tạp chí Tòa án nhân dân'],
        deadline: 'Thường xuyên',
        due: null,
      },
      {
        wbs: '1.b',
        title: 'Biên soạn tài liệu và tổ chức tập huấn chuyên sâu về Luật cho Thẩm phán, Thư ký Tòa án',
        lead: 'Học viện Tòa án',
        support: [],
        deadline: 'Hoàn thành trong 6 tháng đầu năm 2024',
        due: '2024-06-30',
      },
      {
        wbs: '2',
        title: 'Công tác rà soát, xây dựng văn bản',
        lead: null,
        support: [],
        deadline: null,
        due: null,
      },
      {
        wbs: '2.a',
        title:
          'Rà soát các văn bản quy phạm pháp luật do Hội đồng Thẩm phán ban hành, đề xuất sửa đổi, bổ sung',
        lead: 'Vụ Pháp chế và Quản lý khoa học',
        support: ['Vụ Tổ chức - Cán bộ', 'Văn phòng'],
        deadline: 'Tháng 9/2024',
        due: '2024-09-30',
      },
      {
        wbs: '2.b',
        title: 'Xây dựng Đề án sắp xếp tổ chức bộ máy Tòa án nhân dân theo Luật mới, trình Ban cán sự đảng',
        lead: 'Vụ Tổ chức - Cán bộ',
        coLeads: ['Văn phòng'],
        support: [],
        deadline: 'Trong quý IV/2024',
        due: '2024-12-31',
      },
    ]);
    expect(doc.items.map((i) => i.parentWbs)).toEqual([null, '1', '1', null, '2', '2']);
    // The second lead is kept as a lead, not demoted: nothing to warn about.
    expect(doc.warnings).toEqual([]);
  });

  it('reads "có trách nhiệm", "Giao … <việc>" without "chủ trì", "trước ngày" at the end and "phối hợp với" after the work', () => {
    const doc = parseOk(
      header(
        '09/KH-BCĐ',
        'KẾ HOẠCH',
        'ngày 02 tháng 02 năm 2025',
        'Sơ kết một năm thực hiện Đề án Tòa án điện tử',
      ) +
        'II. NỘI DUNG\n' +
        '1. Cục Công nghệ thông tin có trách nhiệm tổng hợp số liệu về giải quyết án trực tuyến của các Tòa án trước ngày 15/3/2025.\n' +
        '2. Giao Văn phòng Tòa án nhân dân tối cao chuẩn bị địa điểm, tài liệu phục vụ Hội nghị sơ kết; thời gian: tháng 4/2025.\n' +
        '3. Tòa án nhân dân cấp cao tại Hà Nội, Tòa án nhân dân cấp cao tại Đà Nẵng và Tòa án nhân dân cấp cao tại Thành phố Hồ Chí Minh chủ trì tự đánh giá kết quả thực hiện tại đơn vị, gửi Tổ giúp việc trước ngày 01 tháng 3 năm 2025.\n' +
        '4. Tổ giúp việc chủ trì xây dựng Báo cáo sơ kết, phối hợp với Vụ Tổng hợp; hoàn thành chậm nhất ngày 20/4/2025.\n' +
        './.\n',
    );
    expect(readTasks(doc)).toEqual([
      {
        wbs: '1',
        title: 'Tổng hợp số liệu về giải quyết án trực tuyến của các Tòa án',
        lead: 'Cục Công nghệ thông tin',
        support: [],
        deadline: 'Trước ngày 15/3/2025',
        due: '2025-03-14',
      },
      {
        wbs: '2',
        title: 'Chuẩn bị địa điểm, tài liệu phục vụ Hội nghị sơ kết',
        lead: 'Văn phòng',
        support: [],
        deadline: 'Tháng 4/2025',
        due: '2025-04-30',
      },
      {
        wbs: '3',
        title: 'Tự đánh giá kết quả thực hiện tại đơn vị, gửi Tổ giúp việc',
        lead: 'Tòa án nhân dân cấp cao tại Hà Nội',
        coLeads: ['Tòa án nhân dân cấp cao tại Đà Nẵng', 'Tòa án nhân dân cấp cao tại Thành phố Hồ Chí Minh'],
        support: [],
        deadline: 'Trước ngày 01 tháng 3 năm 2025',
        due: '2025-02-28',
      },
      {
        wbs: '4',
        title: 'Xây dựng Báo cáo sơ kết',
        lead: 'Tổ giúp việc',
        support: ['Vụ Tổng hợp'],
        deadline: 'Hoàn thành chậm nhất ngày 20/4/2025',
        due: '2025-04-20',
      },
    ]);
  });

  it('reads lettered points straight under a Roman part, a deadline before the work, in brackets, recurring and a range', () => {
    const doc = parseOk(
      header(
        '02/CT-BTP',
        'CHỈ THỊ',
        'ngày 05 tháng 01 năm 2024',
        'Về tăng cường phối hợp với Tòa án nhân dân trong thi hành án dân sự',
        'BỘ TƯ PHÁP',
      ) +
        'II. NHIỆM VỤ, GIẢI PHÁP\n' +
        'a) Trong quý I/2024, Tổng cục Thi hành án dân sự chủ trì, phối hợp với Vụ Pháp luật dân sự - kinh tế ban hành hướng dẫn về trao đổi văn bản điện tử với Tòa án.\n' +
        'b) Cục Công nghệ thông tin chủ trì nâng cấp hệ thống quản lý thi hành án để kết nối với Tòa án nhân dân tối cao (thời hạn: tháng 10/2024).\n' +
        'c) Thanh tra Bộ chủ trì kiểm tra việc thực hiện Chỉ thị này tại các Cục Thi hành án dân sự; định kỳ hằng năm.\n' +
        'd) Văn phòng Bộ chủ trì, phối hợp với Vụ Kế hoạch - Tài chính bảo đảm kinh phí thực hiện; thời gian thực hiện: 2024 - 2025.\n',
    );
    expect(readTasks(doc)).toEqual([
      {
        wbs: 'a',
        title: 'Ban hành hướng dẫn về trao đổi văn bản điện tử với Tòa án',
        lead: 'Tổng cục Thi hành án dân sự',
        support: ['Vụ Pháp luật dân sự - kinh tế'],
        deadline: 'Trong quý I/2024',
        due: '2024-03-31',
      },
      {
        wbs: 'b',
        title: 'Nâng cấp hệ thống quản lý thi hành án để kết nối với Tòa án nhân dân tối cao',
        lead: 'Cục Công nghệ thông tin',
        support: [],
        deadline: 'Tháng 10/2024',
        due: '2024-10-31',
      },
      {
        wbs: 'c',
        title: 'Kiểm tra việc thực hiện Chỉ thị này tại các Cục Thi hành án dân sự',
        lead: 'Thanh tra Bộ',
        support: [],
        deadline: 'Định kỳ hằng năm',
        due: null,
      },
      {
        wbs: 'd',
        title: 'Bảo đảm kinh phí thực hiện',
        lead: 'Văn phòng Bộ',
        support: ['Vụ Kế hoạch - Tài chính'],
        deadline: '2024 - 2025',
        due: '2025-12-31',
        start: '2024-01-01',
      },
    ]);
    expect(doc.warnings).toEqual([]);
  });

  it('reads bullets that are assignments as tasks under their item, and keeps other bullets as notes', () => {
    const doc = parseOk(
      header(
        '45/KH-TANDTC',
        'KẾ HOẠCH',
        'ngày 15 tháng 5 năm 2024',
        'Số hóa hồ sơ vụ án giai đoạn 2024 - 2025',
      ) +
        'III. TỔ CHỨC THỰC HIỆN\n' +
        '1. Các đơn vị thuộc Tòa án nhân dân tối cao\n' +
        '- Cục Công nghệ thông tin chủ trì xây dựng phần mềm quản lý hồ sơ số hóa; hoàn thành tháng 3 - tháng 6/2024.\n' +
        '- Việc số hóa phải bảo đảm an toàn, bảo mật thông tin.\n' +
        '- Cục Kế hoạch - Tài chính chủ trì bố trí kinh phí thực hiện Kế hoạch; thời hạn: thường xuyên.\n' +
        '- Văn phòng Tòa án nhân dân tối cao làm đầu mối theo dõi, tổng hợp kết quả số hóa, báo cáo Chánh án hằng tháng.\n' +
        '2. Các Tòa án nhân dân cấp tỉnh\n' +
        '- Tòa án nhân dân các tỉnh, thành phố trực thuộc trung ương chủ trì số hóa hồ sơ các vụ án đã giải quyết từ năm 2020; hoàn thành trước ngày 31/12/2025.\n',
    );
    expect(readTasks(doc)).toEqual([
      {
        wbs: '1',
        title: 'Các đơn vị thuộc Tòa án nhân dân tối cao',
        lead: null,
        support: [],
        deadline: null,
        due: null,
      },
      {
        wbs: '1.1',
        title: 'Xây dựng phần mềm quản lý hồ sơ số hóa',
        lead: 'Cục Công nghệ thông tin',
        support: [],
        deadline: 'Hoàn thành tháng 3 - tháng 6/2024',
        due: '2024-06-30',
        start: '2024-03-01',
      },
      {
        wbs: '1.2',
        title: 'Bố trí kinh phí thực hiện Kế hoạch',
        lead: 'Cục Kế hoạch - Tài chính',
        support: [],
        deadline: 'Thường xuyên',
        due: null,
      },
      {
        wbs: '1.3',
        title: 'Theo dõi, tổng hợp kết quả số hóa, báo cáo Chánh án',
        lead: 'Văn phòng',
        support: [],
        deadline: 'Hằng tháng',
        due: null,
      },
      { wbs: '2', title: 'Các Tòa án nhân dân cấp tỉnh', lead: null, support: [], deadline: null, due: null },
      {
        wbs: '2.1',
        title: 'Số hóa hồ sơ các vụ án đã giải quyết từ năm 2020',
        lead: 'Tòa án nhân dân các tỉnh, thành phố trực thuộc trung ương',
        support: [],
        deadline: 'Hoàn thành trước ngày 31/12/2025',
        due: '2025-12-30',
      },
    ]);
    expect(doc.items[0]!.notes).toBe('- Việc số hóa phải bảo đảm an toàn, bảo mật thông tin.');
    expect(doc.warnings).toEqual([]);
  });

  it('reads the work on the numbered line and "Giao … chủ trì, phối hợp với …; hoàn thành …" on the next', () => {
    const doc = parseOk(
      header(
        '15/KH-BCĐ',
        'KẾ HOẠCH',
        'ngày 02 tháng 3 năm 2025',
        'Triển khai hồ sơ điện tử tại Tòa án nhân dân các cấp năm 2025',
        'TÒA ÁN NHÂN DÂN TỐI CAO',
      ) +
        '1. Xây dựng quy chế quản lý hồ sơ điện tử\n' +
        'Giao Vụ Pháp chế và Quản lý khoa học chủ trì, phối hợp với Cục Công nghệ thông tin; hoàn thành trong tháng 6 năm 2025.\n' +
        '2. Tổ chức tập huấn sử dụng hồ sơ điện tử cho Thẩm phán,\n' +
        'Thư ký Tòa án\n' +
        'Giao Học viện Tòa án chủ trì; hoàn thành trong quý III/2025.\n',
    );
    expect(readTasks(doc)).toEqual([
      {
        wbs: '1',
        title: 'Xây dựng quy chế quản lý hồ sơ điện tử',
        lead: 'Vụ Pháp chế và Quản lý khoa học',
        support: ['Cục Công nghệ thông tin'],
        deadline: 'Hoàn thành trong tháng 6 năm 2025',
        due: '2025-06-30',
      },
      {
        wbs: '2',
        title: 'Tổ chức tập huấn sử dụng hồ sơ điện tử cho Thẩm phán, Thư ký Tòa án',
        lead: 'Học viện Tòa án',
        support: [],
        deadline: 'Hoàn thành trong quý III/2025',
        due: '2025-09-30',
      },
    ]);
  });

  it('never takes a sentence without a unit in charge for an assignment', () => {
    const outcome = parseOk(
      header('07/KH-X', 'KẾ HOẠCH', 'ngày 01 tháng 02 năm 2024', 'Thử') +
        'II. NỘI DUNG\n1. Tổ chức hội nghị tổng kết năm 2024.\n- Chủ trì: Văn phòng.\n- Thời hạn: Tháng 12/2024.\n- Sản phẩm: Báo cáo.\n' +
        '2. Việc xây dựng Đề án phải bảo đảm tiến độ, chất lượng trong năm 2024.\n',
    );
    expect(readTasks(outcome).map((t) => [t.wbs, t.title, t.lead])).toEqual([
      ['1', 'Tổ chức hội nghị tổng kết năm 2024', 'Văn phòng'],
      ['2', 'Việc xây dựng Đề án phải bảo đảm tiến độ, chất lượng trong năm 2024', null],
    ]);
  });
});
