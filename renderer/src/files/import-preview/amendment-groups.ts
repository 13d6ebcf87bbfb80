/**
 * The difference list of an update, grouped as a reader checks it: what is added, what is dropped,
 * then each kind of change to the tasks kept, every entry with the task's number and old → new.
 */
import type { ChangeField, PlanDiff } from '../../../../shared/plan-amendment/plan-diff';

export type DiffEntry = { wbs: string; title: string; before: string | null; after: string | null };
export type DiffGroup = {
  kind: 'added' | 'removed' | 'kept-own' | ChangeField;
  label: string;
  /** What applying does with these, when it is not plain from the label. */
  note?: string;
  entries: DiffEntry[];
};

const CHANGE_LABELS: Record<ChangeField, string> = {
  restored: 'Đưa trở lại kế hoạch (nhiệm vụ đã bỏ trước đây, giữ tiến độ đã có)',
  title: 'Sửa tên nhiệm vụ',
  deadline: 'Đổi thời hạn',
  lead: 'Đổi đơn vị chủ trì',
  support: 'Đổi đơn vị phối hợp',
  deliverable: 'Đổi sản phẩm',
  wbs: 'Đánh số lại',
};

const ORDER: ChangeField[] = ['restored', 'title', 'deadline', 'lead', 'support', 'deliverable', 'wbs'];

export function diffGroups(diff: PlanDiff): DiffGroup[] {
  const groups: DiffGroup[] = [
    {
      kind: 'added',
      label: 'Thêm mới',
      entries: diff.added.map((a) => ({
        wbs: a.wbs,
        title: a.title,
        before: null,
        after: [a.lead && `Chủ trì: ${a.lead}`, a.deadline && `Thời hạn: ${a.deadline}`]
          .filter(Boolean)
          .join('; '),
      })),
    },
    {
      kind: 'removed',
      label: 'Bỏ khỏi kế hoạch',
      note: 'Không xóa: nhiệm vụ được giữ lại cùng tiến độ, cuộc họp đã ghi, với ghi chú “Đã bỏ khỏi kế hoạch”.',
      entries: diff.removed.map((r) => ({ wbs: r.wbs, title: r.title, before: null, after: null })),
    },
    ...ORDER.map((field) => ({
      kind: field,
      label: CHANGE_LABELS[field],
      entries: diff.matched.flatMap((m) =>
        m.changes
          .filter((c) => c.field === field)
          .map((c) => ({ wbs: m.wbs, title: m.title, before: c.before, after: c.after })),
      ),
    })),
    {
      kind: 'kept-own',
      label: 'Nhiệm vụ thêm trong ứng dụng',
      note: 'Văn bản không có các nhiệm vụ này; chúng được giữ nguyên.',
      entries: diff.keptOwn.map((r) => ({ wbs: r.wbs, title: r.title, before: null, after: null })),
    },
  ];
  return groups.filter((g) => g.entries.length > 0);
}

/** "2 nhiệm vụ thêm mới, 1 bỏ khỏi kế hoạch, 4 thay đổi, 2 giữ nguyên." */
export function diffSummary(diff: PlanDiff): string {
  const changed = diff.matched.length - diff.unchangedCount;
  const parts = [
    diff.added.length > 0 && `${diff.added.length} nhiệm vụ thêm mới`,
    diff.removed.length > 0 && `${diff.removed.length} bỏ khỏi kế hoạch`,
    changed > 0 && `${changed} có thay đổi`,
    `${diff.unchangedCount} không thay đổi`,
    diff.unmentioned.length > 0 && `${diff.unmentioned.length} văn bản không nhắc tới (giữ nguyên)`,
  ].filter(Boolean);
  return `${parts.join(', ')}.`;
}
