import { describe, expect, it } from 'vitest';
import type { ParsedPlanDocument } from '../plan-document/parsed-plan';
import { parseOk } from '../plan-document/test-documents';
import type { AmendableTask } from './amendable-plan';
import { PLAN_V1, PLAN_V1_PARTIAL_AMENDMENT, PLAN_V2_AMENDMENT } from './amendment-test-documents';
import { findAmendedPlan, preambleOf } from './amended-plan';
import { diffIsEmpty, diffPlan } from './plan-diff';
import { titleSimilarity } from './wording';

/** A parsed document as the plan stored from it (ids from 101, in document order). */
function stored(doc: ParsedPlanDocument): AmendableTask[] {
  const ids = new Map(doc.items.map((item, i) => [item.wbs, 101 + i]));
  const unit = (key: string) => ({ key, name: doc.units.find((u) => u.key === key)!.name });
  return doc.items.map((item) => ({
    id: ids.get(item.wbs)!,
    parentId: item.parentWbs === null ? null : ids.get(item.parentWbs)!,
    wbs: item.wbs,
    title: item.title,
    deadlineText: item.deadline?.wording ?? null,
    deadline: item.deadline?.ok ? item.deadline.deadline : null,
    leads: item.leadKeys.map(unit),
    supports: item.supportKeys.map(unit),
    deliverable: item.deliverable,
    fromDocument: true,
    removed: false,
  }));
}

/** A plan text with its items' lines replaced (a tiny edit of a realistic document). */
const edited = (text: string, ...pairs: [string, string][]) =>
  pairs.reduce((t, [from, to]) => {
    if (!t.includes(from)) throw new Error(`not in the text: ${from}`);
    return t.replace(from, to);
  }, text);

describe('comparing a stored plan with a newer version of its document', () => {
  const v1 = parseOk(PLAN_V1);
  const tasks = stored(v1);
  const idOf = (wbs: string) => tasks.find((t) => t.wbs === wbs)!.id;

  it('finds nothing to change in the same document read again', () => {
    const diff = diffPlan(tasks, parseOk(PLAN_V1));
    expect(diffIsEmpty(diff)).toBe(true);
    expect(diff.unchangedCount).toBe(7);
  });

  it('sees in an amendment: a re-worded title, a moved deadline, a removed task, two added, a new lead, a renumbered task', () => {
    const diff = diffPlan(tasks, parseOk(PLAN_V2_AMENDMENT));
    const changesOf = (wbs: string) => diff.matched.find((m) => m.wbs === wbs)?.changes;

    expect(changesOf('1.1')).toEqual([
      {
        field: 'title',
        before: 'Khảo sát hạ tầng công nghệ thông tin tại các Tòa án nhân dân cấp tỉnh',
        after: 'Khảo sát hạ tầng công nghệ thông tin tại các Tòa án nhân dân cấp tỉnh và cấp huyện',
      },
    ]);
    expect(changesOf('1.2')).toEqual([
      { field: 'deadline', before: 'Quý III/2024 (hạn 30/09/2024)', after: 'Tháng 12/2024 (hạn 31/12/2024)' },
    ]);
    expect(changesOf('2.1')).toEqual([
      { field: 'lead', before: 'Vụ Pháp chế và Quản lý khoa học', after: 'Vụ Tổng hợp' },
    ]);
    // The pilot moved from 2.2 to 2.3 and is still the same task.
    expect(diff.matched.find((m) => m.wbs === '2.3')).toMatchObject({
      taskId: idOf('2.2'),
      previousWbs: '2.2',
      changes: [{ field: 'wbs', before: '2.2', after: '2.3' }],
    });
    // The old 1.3 (a workshop) is not the new 1.3 (criteria): one removed, one added.
    expect(diff.removed).toEqual([
      { taskId: idOf('1.3'), wbs: '1.3', title: 'Tổ chức hội thảo lấy ý kiến chuyên gia quốc tế' },
    ]);
    expect(diff.added).toEqual([
      {
        wbs: '1.3',
        title: 'Xây dựng bộ tiêu chí đánh giá mức độ sẵn sàng chuyển đổi số',
        deadline: 'Quý III/2024 (hạn 30/09/2024)',
        lead: 'Vụ Tổng hợp',
      },
      {
        wbs: '2.2',
        title: 'Đào tạo, tập huấn sử dụng hồ sơ điện tử cho thẩm phán, thư ký',
        deadline: 'Tháng 11/2024 (hạn 30/11/2024)',
        lead: 'Học viện Tòa án',
      },
    ]);
    // The two headings are unchanged; every kept task is paired with its own id.
    expect(diff.unchangedCount).toBe(2);
    expect(new Set(diff.matched.map((m) => m.taskId)).size).toBe(diff.matched.length);
  });

  it('does not take spelling, case, spacing or punctuation for a change of wording', () => {
    const doc = parseOk(
      edited(
        PLAN_V1,
        ['Đánh giá nhu cầu số hóa hồ sơ vụ án', 'Đánh giá nhu cầu số hoá  hồ sơ vụ án.'],
        ['Thời hạn: Quý II/2024', 'Thời hạn: quý II/2024'],
        ['Sản phẩm: Báo cáo khảo sát', 'Sản phẩm: Báo cáo khảo sát;'],
      ),
    );
    expect(diffIsEmpty(diffPlan(tasks, doc))).toBe(true);
  });

  it('keeps a renumbered, slightly re-worded task as the same task when a new section comes first', () => {
    const doc = parseOk(
      edited(
        PLAN_V1,
        [
          '1. Khảo sát, đánh giá hiện trạng\n',
          '1. Kiện toàn tổ chức\n1.1. Thành lập Tổ công tác triển khai hồ sơ điện tử\n- Chủ trì: Văn phòng\n- Thời hạn: Tháng 4/2024\n- Sản phẩm: Quyết định thành lập\n2. Khảo sát, đánh giá hiện trạng\n',
        ],
        ['1.1. Khảo sát hạ tầng', '2.1. Khảo sát hạ tầng'],
        ['1.2. Đánh giá nhu cầu số hóa hồ sơ vụ án', '2.2. Đánh giá nhu cầu số hóa hồ sơ các vụ án'],
        ['1.3. Tổ chức', '2.3. Tổ chức'],
        ['2. Xây dựng và thí điểm', '3. Xây dựng và thí điểm'],
        ['2.1. Xây dựng Quy chế', '3.1. Xây dựng Quy chế'],
        ['2.2. Triển khai thí điểm', '3.2. Triển khai thí điểm'],
      ),
    );
    const diff = diffPlan(tasks, doc);
    expect(diff.removed).toEqual([]);
    expect(diff.added.map((a) => a.wbs)).toEqual(['1', '1.1']);
    const evaluation = diff.matched.find((m) => m.wbs === '2.2')!;
    expect(evaluation.taskId).toBe(idOf('1.2'));
    expect(evaluation.changes.map((c) => c.field)).toEqual(['wbs', 'title']);
    expect(diff.matched.find((m) => m.wbs === '3.2')!.taskId).toBe(idOf('2.2'));
  });

  it('sees a change of support units, of the deliverable, and a date written differently', () => {
    const doc = parseOk(
      edited(
        PLAN_V1,
        ['- Phối hợp: Cục Công nghệ thông tin', '- Phối hợp: Cục Công nghệ thông tin, Vụ Tổ chức - Cán bộ'],
        ['Sản phẩm: Quy chế được ban hành', 'Sản phẩm: Quyết định ban hành Quy chế'],
        ['Thời hạn: Tháng 8/2024', 'Thời hạn: Trước ngày 15/8/2024'],
      ),
    );
    const diff = diffPlan(tasks, doc);
    const fields = Object.fromEntries(diff.matched.map((m) => [m.wbs, m.changes]));
    expect(fields['1.2']).toEqual([
      {
        field: 'support',
        before: 'Cục Công nghệ thông tin',
        after: 'Cục Công nghệ thông tin, Vụ Tổ chức - Cán bộ',
      },
    ]);
    expect(fields['2.1']).toEqual([
      { field: 'deliverable', before: 'Quy chế được ban hành', after: 'Quyết định ban hành Quy chế' },
    ]);
    expect(fields['1.3']).toEqual([
      {
        field: 'deadline',
        before: 'Tháng 8/2024 (hạn 31/08/2024)',
        after: 'Trước ngày 15/8/2024 (hạn 14/08/2024)',
      },
    ]);
  });

  it('takes a completely different task under the same number for a removed one and an added one', () => {
    const doc = parseOk(
      edited(PLAN_V1, [
        '2.1. Xây dựng Quy chế quản lý hồ sơ điện tử',
        '2.1. Mua sắm máy quét tài liệu cho các đơn vị',
      ]),
    );
    const diff = diffPlan(tasks, doc);
    expect(diff.removed.map((r) => r.wbs)).toEqual(['2.1']);
    expect(diff.added.map((a) => a.wbs)).toEqual(['2.1']);
  });

  it('keeps a task added in the app that the document never had, without calling it removed', () => {
    const own: AmendableTask = {
      ...tasks.find((t) => t.wbs === '1.3')!,
      id: 999,
      wbs: '1.4',
      title: 'Theo dõi kết luận cuộc họp Ban Chỉ đạo',
      fromDocument: false,
    };
    const diff = diffPlan([...tasks, own], parseOk(PLAN_V2_AMENDMENT));
    expect(diff.removed.map((r) => r.wbs)).toEqual(['1.3']);
    expect(diff.keptOwn).toEqual([{ taskId: 999, wbs: '1.4', title: own.title }]);
  });

  it('keeps the tasks an amendment listing only its changes does not mention, when asked to', () => {
    const partial = parseOk(PLAN_V1_PARTIAL_AMENDMENT);
    const whole = diffPlan(tasks, partial);
    expect(whole.removed).toHaveLength(6);
    const diff = diffPlan(tasks, partial, { keepUnmentioned: true });
    expect(diff.removed).toEqual([]);
    expect(diff.unmentioned.map((u) => u.wbs)).toEqual(['1', '1.1', '1.3', '2', '2.1', '2.2']);
    expect(diff.matched).toEqual([
      {
        taskId: idOf('1.2'),
        wbs: '1.2',
        previousWbs: '1.2',
        title: 'Đánh giá nhu cầu số hóa hồ sơ vụ án',
        changes: [
          {
            field: 'deadline',
            before: 'Quý III/2024 (hạn 30/09/2024)',
            after: 'Quý I/2025 (hạn 31/03/2025)',
          },
        ],
      },
    ]);
    expect(diff.added.map((a) => a.wbs)).toEqual(['1.4']);
  });

  it('brings back a task an earlier version dropped when a newer one has it again', () => {
    const dropped = tasks.map((t) => (t.wbs === '1.3' ? { ...t, wbs: '(1.3)', removed: true } : t));
    const diff = diffPlan(dropped, parseOk(PLAN_V1));
    expect(diff.removed).toEqual([]);
    expect(diff.added).toEqual([]);
    expect(diff.matched.find((m) => m.taskId === idOf('1.3'))!.changes).toEqual([
      { field: 'restored', before: null, after: null },
      { field: 'wbs', before: '(1.3)', after: '1.3' },
    ]);
    // Still dropped, and not dropped again, when the newer version does not have it either.
    const still = diffPlan(dropped, parseOk(PLAN_V2_AMENDMENT));
    expect(still.removed.map((r) => r.wbs)).toEqual([]);
    expect(still.matched.some((m) => m.taskId === idOf('1.3'))).toBe(false);
  });

  it('scores titles by the words they share, not by common syllables', () => {
    expect(
      titleSimilarity('Xây dựng Đề án Tòa án điện tử', 'Xây dựng, hoàn thiện Đề án Tòa án điện tử'),
    ).toBeGreaterThan(0.72);
    expect(titleSimilarity('Xây dựng Đề án', 'Xây dựng cơ sở dữ liệu')).toBeLessThan(0.5);
    expect(titleSimilarity('TÒA ÁN ĐIỆN TỬ', 'toa an dien tu')).toBe(1);
  });
});

describe('which stored plan a document is a newer version of', () => {
  const plans = [
    { id: 1, code: '76/KH-BCĐ-TANDTC' },
    { id: 2, code: '12/KH-TANDTC' },
  ];

  it('is the plan with the same number', () => {
    expect(findAmendedPlan('12/KH-TANDTC', '', plans)).toEqual({
      id: 2,
      code: '12/KH-TANDTC',
      reason: 'same-code',
    });
  });

  it('is the plan a "sửa đổi, bổ sung" names in its title', () => {
    const doc = parseOk(PLAN_V2_AMENDMENT);
    expect(findAmendedPlan('30/KH-TANDTC', preambleOf(doc, PLAN_V2_AMENDMENT), plans)).toEqual({
      id: 2,
      code: '12/KH-TANDTC',
      reason: 'amends',
    });
    expect(
      findAmendedPlan('5/KH-BCĐ', 'Về việc điều chỉnh Kế hoạch số 76/KH-BCĐ-TANDTC ngày 10/6/2021', plans),
    ).toMatchObject({ id: 1, reason: 'amends' });
  });

  it('is none for a plan that only mentions another one, or amends one not stored', () => {
    expect(
      findAmendedPlan('9/KH', 'Triển khai Kế hoạch số 76/KH-BCĐ-TANDTC ngày 10/6/2021', plans),
    ).toBeNull();
    expect(findAmendedPlan('9/KH', 'Sửa đổi, bổ sung Kế hoạch số 176/KH-BCĐ-TANDTC', plans)).toBeNull();
  });
});
