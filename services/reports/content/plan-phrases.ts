/** Sentences about the plan as a whole, shared by the report and the meeting pack. */
import { formatLongDate } from '../../../shared/dates/vietnamese-date';
import type { PlanView } from '../../../shared/plan-view/plan-view-schema';
import { STATUS_LABELS } from '../../../shared/status/task-status';
import { lowerFirst } from './task-phrases';
import { countByStatus, leafTasks } from './task-selections';

/** What a report calls the plan: "Kế hoạch số 76/KH-BCĐ-TANDTC". */
export function planReference(view: PlanView): string {
  return `${view.plan.documentType} số ${view.plan.code}`;
}

/** "Kế hoạch số … gồm 5 nhiệm vụ thuộc 1 nhóm. Đến ngày …, số nhiệm vụ đang thực hiện: 1; quá hạn: 3; …" */
export function overviewSentence(view: PlanView): string {
  const leaves = leafTasks(view);
  if (leaves.length === 0) return `${planReference(view)} chưa có nhiệm vụ nào được ghi nhận trong dữ liệu.`;
  const groups = view.tasks.length - leaves.length;
  const counts = countByStatus(leaves)
    .filter((c) => c.count > 0)
    .map((c) => `${lowerFirst(STATUS_LABELS[c.status])}: ${c.count}`);
  return (
    `${planReference(view)} gồm ${leaves.length} nhiệm vụ${groups > 0 ? ` thuộc ${groups} nhóm` : ''}. ` +
    `Đến ${formatLongDate(view.asOf)}, số nhiệm vụ ${counts.join('; ')}.`
  );
}
