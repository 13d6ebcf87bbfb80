/** Sentences about the plan as a whole, shared by the report and the meeting pack. */
import { formatDocumentDate } from '../../../shared/dates/vietnamese-date';
import type { PlanView } from '../../../shared/plan-view/plan-view-schema';
import { STATUS_LABELS } from '../../../shared/status/task-status';
import { lowerFirst } from './task-phrases';
import { countByStatus, workItems } from './task-selections';

/** What a report calls the plan: "Kế hoạch số 76/KH-BCĐ-TANDTC". */
export function planReference(view: PlanView): string {
  return `${view.plan.documentType} số ${view.plan.code}`;
}

/** The one way the body of a report writes a date: "ngày 05 tháng 01 năm 2022", as on the date line. */
export const bodyDate = formatDocumentDate;

/** "Kế hoạch số … gồm 5 nhiệm vụ thuộc 1 nhóm. Đến ngày …, số nhiệm vụ đang thực hiện: 1; quá hạn: 3; …" */
export function overviewSentence(view: PlanView): string {
  const items = workItems(view);
  if (items.length === 0) return `${planReference(view)} chưa có nhiệm vụ nào được ghi nhận trong dữ liệu.`;
  const headings = view.tasks.filter((t) => t.childIds.length > 0);
  const ownTasks = headings.filter((t) => items.includes(t)).length;
  const counts = countByStatus(items)
    .filter((c) => c.count > 0)
    .map((c) => `${lowerFirst(STATUS_LABELS[c.status])}: ${c.count}`);
  const groups =
    headings.length === 0
      ? ''
      : ` thuộc ${headings.length} nhóm` +
        (ownTasks > 0 ? ` (kể cả ${ownTasks} nhóm có đơn vị chủ trì và thời hạn riêng)` : '');
  return (
    `${planReference(view)} gồm ${items.length} nhiệm vụ${groups}. ` +
    `Đến ${bodyDate(view.asOf)}, số nhiệm vụ ${counts.join('; ')}.`
  );
}

/**
 * When the imported document stopped short (Kế hoạch 76 ends at item 1.5), the sentence that says
 * so, so that no one reads the report as covering the whole plan; null for a complete document.
 */
export function incompleteDocumentNote(view: PlanView): string | null {
  // Said of the plan as a whole, or of the item where the text stops.
  const warnings = [...view.planWarnings, ...view.tasks.flatMap((t) => t.warnings)];
  for (const warning of warnings) {
    const endsAt = /kết thúc tại mục\s+([\p{L}\d.]+?)\.?:/iu.exec(warning.message);
    if (endsAt)
      return (
        `Văn bản ${planReference(view)} được cập nhật vào dữ liệu theo dõi chỉ đến mục ${endsAt[1]}; ` +
        `các nội dung sau mục ${endsAt[1]} chưa có trong dữ liệu, nên số liệu trong báo cáo này chỉ phản ánh ` +
        `các nhiệm vụ đến mục ${endsAt[1]}, chưa phải toàn bộ kế hoạch.`
      );
  }
  if (warnings.some((w) => /chưa được nhập/i.test(w.message)))
    return (
      `Văn bản ${planReference(view)} chưa được cập nhật đầy đủ vào dữ liệu theo dõi, ` +
      `nên số liệu trong báo cáo này chưa phản ánh toàn bộ kế hoạch.`
    );
  return null;
}

/**
 * When documents amended the plan ("sửa đổi, bổ sung"), the sentence naming them, so that a reader
 * comparing the figures with the first version knows why they differ; null for a plan never amended.
 * `droppedListedIn` names where the document lists the dropped tasks ("Phụ lục I"), when it does.
 */
export function amendmentNote(view: PlanView, droppedListedIn: string | null): string | null {
  if (view.amendments.length === 0) return null;
  const documents = view.amendments.map((a) => {
    const type = a.documentType ?? 'văn bản';
    const number = a.code === null ? '' : ` số ${a.code}`;
    return `${type}${number}${a.issuedOn === null ? '' : ` ${bodyDate(a.issuedOn)}`}`;
  });
  const dropped = view.tasks.filter((t) => t.status === 'removed').length;
  return (
    `${planReference(view)} đã được sửa đổi, bổ sung theo ${documents.join('; ')}; ` +
    `số liệu trong báo cáo này theo kế hoạch đã sửa đổi, bổ sung` +
    (dropped === 0
      ? '.'
      : `, không tính ${dropped} nhiệm vụ đã bỏ khỏi kế hoạch` +
        (droppedListedIn === null ? '.' : ` (ghi tại ${droppedListedIn}).`))
  );
}
