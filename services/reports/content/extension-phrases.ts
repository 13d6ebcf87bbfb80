/**
 * What the reports say about deadlines changed since the plan: how many tasks were extended and by
 * how much, read from the baseline and the current deadline (see shared/revisions).
 */
import { extensionDays, summarizeExtensions } from '../../../shared/revisions/revision-rules';
import type { TaskView } from '../../../shared/plan-view/plan-view-schema';

/**
 * "Có 2 nhiệm vụ được gia hạn so với thời hạn theo kế hoạch (1.4 thêm 61 ngày; 1.3 thêm 47 ngày),
 * tổng cộng 108 ngày, lâu nhất 61 ngày." Null when no deadline moved, so a report says nothing then.
 */
export function extensionSentence(tasks: readonly TaskView[]): string | null {
  const leaves = tasks.filter((t) => t.childIds.length === 0);
  const summary = summarizeExtensions(leaves);
  if (summary.extendedCount === 0 && summary.advancedCount === 0) return null;
  const parts: string[] = [];
  if (summary.extendedCount > 0) {
    const extended = leaves
      .map((t) => ({ t, days: extensionDays(t) ?? 0 }))
      .filter((e) => e.days > 0)
      .sort((a, b) => b.days - a.days);
    const named = extended
      .slice(0, 5)
      .map((e) => `${e.t.wbs} thêm ${e.days} ngày`)
      .join('; ');
    const more = extended.length > 5 ? `; và ${extended.length - 5} nhiệm vụ khác` : '';
    parts.push(
      `Có ${summary.extendedCount} nhiệm vụ được gia hạn so với thời hạn theo kế hoạch (${named}${more}), ` +
        `tổng cộng ${summary.totalDays} ngày, lâu nhất ${summary.longestDays} ngày`,
    );
  }
  if (summary.advancedCount > 0) parts.push(`${summary.advancedCount} nhiệm vụ được rút ngắn thời hạn`);
  return `${parts.join('; ')}.`;
}
