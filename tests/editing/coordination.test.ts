/** The coordination documents: the exact duties and units read from each seed, and loading them as plans. */
import { afterEach, describe, expect, it } from 'vitest';
import { extractCoordinationDuties } from '../../services/coordination/extract-duties';
import { COORDINATION_DOCUMENTS } from '../../shared/default-plan/coordination-texts';
import { type EditingApp, openEditingApp } from './editing-fixtures';

const read = (prefix: string) => {
  const shipped = COORDINATION_DOCUMENTS.find((d) => d.fileName.startsWith(prefix));
  if (!shipped) throw new Error(prefix);
  return extractCoordinationDuties(shipped.text);
};
const summary = (prefix: string) => {
  const doc = read(prefix);
  return {
    header: doc.header,
    duties: doc.items.map((i) => ({
      kind: i.kind,
      starts: i.title.slice(0, 40),
      wording: i.deadline?.wording,
      deadline: i.deadline?.ok ? i.deadline.deadline : 'x',
      recurrence: i.deadline?.ok ? i.deadline.recurrence : 'x',
      lead: i.leadKeys[0] ?? null,
    })),
    units: doc.units.map((u) => [u.name, u.fullName, u.agency]),
    warnings: doc.warnings.map((w) => w.message),
  };
};
const noUnit = (n: number) =>
  `Mục ${n}: văn bản không ghi tên đơn vị thực hiện; hãy chọn đơn vị chủ trì nếu đã được phân công.`;

describe('extracting duties from the coordination documents', () => {
  it('reads the four duties of Chương trình 222 in part III, each as written', () => {
    const s = summary('ctr-222');
    expect(s.header).toEqual({
      code: '222/CTr-TANDTC-BTTTT',
      documentType: 'Chương trình',
      title:
        'Phối hợp giữa Tòa án nhân dân tối cao và Bộ Thông tin và Truyền thông trong công tác chuyển đổi số và xây dựng Tòa án điện tử',
      place: 'Hà Nội',
      issuedOn: '2021-07-14',
    });
    expect(s.duties).toEqual([
      {
        kind: 'task',
        starts: 'Hai đơn vị đầu mối có trách nhiệm xây dự',
        wording: 'trước ngày 15 tháng 01 hằng năm',
        deadline: null,
        recurrence: { frequency: 'yearly', interval: 1, month: 1, day: 14 },
        lead: null,
      },
      {
        kind: 'task',
        starts: 'xây dựng và trình Lãnh đạo hai Bên phê d',
        wording: 'trong vòng 30 ngày kể từ ngày ký Chương trình này',
        deadline: '2021-08-13',
        recurrence: null,
        lead: null,
      },
      {
        kind: 'meeting',
        starts: 'Định kỳ 06 tháng/lần, Thủ trưởng các đơn',
        wording: 'Định kỳ 06 tháng/lần',
        deadline: null,
        recurrence: { frequency: 'monthly', interval: 6, month: null, day: null },
        lead: null,
      },
      {
        kind: 'meeting',
        starts: 'Lãnh đạo Tòa án nhân dân tối cao và Lãnh',
        wording: 'hằng năm',
        deadline: null,
        recurrence: { frequency: 'yearly', interval: 1, month: null, day: null },
        lead: null,
      },
    ]);
    expect(s.units).toEqual([
      ['Cục Tin học hóa', 'Cục Tin học hóa – Bộ Thông tin và Truyền thông', 'Bộ TTTT'],
    ]);
    expect(s.warnings).toEqual([noUnit(1), noUnit(2), noUnit(3), noUnit(4)]);
    // III.4 also says "theo Kế hoạch hằng năm" and IV.1 "được cấp hằng năm": neither is a duty (four, not six).
    expect(read('ctr-222').items.map((i) => i.notes)).toEqual([
      'Trích Mục III, khoản 2 của văn bản.',
      'Trích Mục III, khoản 2 của văn bản.',
      'Trích Mục III, khoản 4 của văn bản.',
      'Trích Mục III, khoản 5 của văn bản.',
    ]);
  });

  it('reads the monthly meeting and the yearly evaluation of Quy chế 02', () => {
    const s = summary('qc-02');
    expect([s.header.code, s.header.documentType, s.header.issuedOn]).toEqual([
      '02/QC-VPCP-BTTTT',
      'Quy chế',
      '2018-09-20',
    ]);
    expect(s.duties.map((d) => [d.kind, d.wording, d.recurrence])).toEqual([
      ['meeting', 'Định kỳ hàng tháng', { frequency: 'monthly', interval: 1, month: null, day: null }],
      ['task', 'Hàng năm', { frequency: 'yearly', interval: 1, month: null, day: null }],
    ]);
    expect(s.units).toEqual([
      ['Cục Kiểm soát thủ tục hành chính', 'Cục Kiểm soát thủ tục hành chính, Văn phòng Chính phủ', 'VPCP'],
      ['Cục Tin học hóa', 'Cục Tin học hóa, Bộ Thông tin và Truyền thông', 'Bộ TTTT'],
    ]);
    expect(s.warnings).toEqual([noUnit(1), noUnit(2)]);
  });

  it('reads the yearly cooperation plan and evaluation of Quy chế 01, joining its hard-wrapped lines', () => {
    const doc = read('qc-01');
    expect(doc.header).toEqual({
      code: '01/QCPH-VPCP-TANDTC',
      documentType: 'Quy chế',
      title:
        'Phối hợp giữa Văn phòng Chính phủ và Tòa án nhân dân tối cao trong công tác xây dựng Chính phủ điện tử, Tòa án điện tử phục vụ chỉ đạo, điều hành và cải cách thủ tục hành chính',
      place: 'Hà Nội',
      issuedOn: '2021-01-13',
    });
    expect(doc.items.map((i) => [i.title, i.notes])).toEqual([
      [
        'Hàng năm ban hành Kế hoạch hợp tác và tiến hành đánh giá hoạt động phối hợp giữa hai cơ quan trong việc triển khai xây dựng Chính phủ điện tử, Tòa án điện tử phục vụ chỉ đạo, điều hành và cải cách thủ tục hành chính',
        'Trích Chương III, Điều 6, khoản 2 của văn bản.',
      ],
    ]);
    expect(doc.units.map((u) => [u.name, u.agency])).toEqual([
      ['Cục Kiểm soát thủ tục hành chính', 'VPCP'],
      ['Vụ Tổng hợp', 'TANDTC'],
    ]);
  });

  it('finds no duty in the news item on the signing, and says so', () => {
    const doc = read('tin-ky-ket');
    expect(doc.items).toEqual([]);
    expect(doc.header.issuedOn).toBe('2021-01-12');
    expect(doc.warnings.map((w) => w.message)).toEqual([
      'Văn bản không có điều khoản nào giao nhiệm vụ kèm thời hạn hoặc định kỳ; không tạo nhiệm vụ.',
    ]);
  });
});

describe('loading the shipped documents as plans', () => {
  let app: EditingApp;
  afterEach(() => app.close());

  it('loads them in one click after Kế hoạch 76, once, with occurrences of the recurring duties', async () => {
    app = openEditingApp();
    expect((await app.call('listShippedPlans', {})).map((p) => [p.code, p.dutyCount, p.loaded])).toEqual([
      ['222/CTr-TANDTC-BTTTT', 4, false],
      ['02/QC-VPCP-BTTTT', 2, false],
      ['01/QCPH-VPCP-TANDTC', 1, false],
      ['tin-ky-ket-VPCP-TANDTC-2021', 0, false],
    ]);
    const loaded = await app.call('loadShippedPlans', {});
    expect(loaded.map((l) => l.taskCount)).toEqual([4, 2, 1, 0]);
    expect(await app.call('loadShippedPlans', {})).toEqual([]);
    const plans = await app.call('listPlans', {});
    expect(plans.map((p) => p.code)).toEqual([
      '76/KH-BCĐ-TANDTC',
      '222/CTr-TANDTC-BTTTT',
      '02/QC-VPCP-BTTTT',
      '01/QCPH-VPCP-TANDTC',
      'tin-ky-ket-VPCP-TANDTC-2021',
    ]);
    const occurrences = await app.call('listOccurrences', {
      planId: plans[1]!.id,
      from: '2021-01-01',
      to: '2023-12-31',
    });
    expect(occurrences.map((o) => `${o.wbs}:${o.dueOn}`)).toEqual([
      '1:2022-01-14',
      '1:2023-01-14',
      '3:2021-12-31',
      '3:2022-06-30',
      '3:2022-12-31',
      '3:2023-06-30',
      '3:2023-12-31',
      '4:2021-12-31',
      '4:2022-12-31',
      '4:2023-12-31',
    ]);
    const units = await app.call('listUnits', {});
    expect(units.map((u) => u.fullName)).toEqual(
      expect.arrayContaining([
        'Cục Tin học hóa – Bộ Thông tin và Truyền thông',
        'Cục Kiểm soát thủ tục hành chính, Văn phòng Chính phủ',
        'Vụ Tổng hợp Tòa án nhân dân tối cao',
      ]),
    );
    expect((await app.call('getUndoState', {})).canUndo).toBe(false);
    // A recurring duty is judged by its occurrences, not shown as lacking a deadline.
    const statusOn = async (asOf: string) =>
      (await app.call('getPlanView', { planId: plans[1]!.id, asOf })).tasks.map(
        (t) => `${t.wbs}:${t.status}`,
      );
    expect(await statusOn('2021-12-01')).toEqual([
      '1:in-progress',
      // The 2021 plan, due 30 days after signing (13/08/2021), is a one-off and was not reported done.
      '2:overdue',
      '3:in-progress',
      '4:in-progress',
    ]);
    expect(await statusOn('2022-01-10')).toEqual(['1:due-soon', '2:overdue', '3:overdue', '4:overdue']);
    await app.call('setOccurrenceDone', {
      taskId: occurrences[2]!.taskId,
      dueOn: '2021-12-31',
      doneOn: '2021-12-20',
    });
    expect((await statusOn('2022-01-10'))[2]).toBe('3:in-progress');
  });
});
