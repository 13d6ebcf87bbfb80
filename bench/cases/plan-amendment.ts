/**
 * Comparing a stored plan with a newer version of its document (shared/plan-amendment/plan-diff.ts):
 * the window does it again on every correction in the preview, so it must stay quick at thousands of
 * tasks for a realistic amendment (a tenth re-worded, a twentieth dropped). A wholly different
 * document of the same size, the worst case, is measured too, without a target.
 */
import type { AmendableTask } from '../../shared/plan-amendment/amendable-plan';
import { diffPlan } from '../../shared/plan-amendment/plan-diff';
import type { ParsedPlanDocument } from '../../shared/plan-document/parsed-plan';
import { generatePlan } from '../../shared/testing/generate-plan';
import { type BenchRow, measure, row } from '../measure';

function stored(doc: ParsedPlanDocument): AmendableTask[] {
  return doc.items.map((item, i) => ({
    id: i + 1,
    parentId: null,
    wbs: item.wbs,
    title: item.title,
    deadlineText: item.deadline?.wording ?? null,
    deadline: item.deadline?.ok ? item.deadline.deadline : null,
    leads: [],
    supports: [],
    deliverable: item.deliverable,
    fromDocument: true,
    removed: false,
  }));
}

export async function planAmendmentCases(size = 5000): Promise<BenchRow[]> {
  const plan = generatePlan(size);
  const tasks = stored(plan);
  const amended: ParsedPlanDocument = {
    ...plan,
    items: plan.items
      .filter((_, k) => k % 20 !== 5)
      .map((item, k) => (k % 10 === 3 ? { ...item, title: `${item.title} và báo cáo kết quả` } : item)),
  };
  const other = generatePlan(size, 77);
  const realistic = await measure(5, () => diffPlan(tasks, amended));
  const different = await measure(3, () => diffPlan(tasks, other));
  return [
    row('So sánh kế hoạch với bản sửa đổi, bổ sung (xem trước khi cập nhật)', size, realistic, null, {
      maxMs: 1000,
    }),
    row(
      'So sánh kế hoạch với một văn bản khác hẳn cùng cỡ (trường hợp xấu nhất)',
      size,
      different,
      null,
      {},
      'không đặt mục tiêu: chỉ để theo dõi',
    ),
  ];
}
