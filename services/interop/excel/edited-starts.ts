/**
 * Which starts written as derived in the grid's "Bắt đầu" column a user changed afterwards. The export
 * fills every start by the shared rule and says why in "Căn cứ ngày bắt đầu"; on the way back, a
 * derived start is not the task's own, unless it no longer is what the rule gives: then someone typed
 * it, and it is theirs. A start after a predecessor cannot be worked out again (the grid has no links),
 * so it is taken as written: derived.
 */
import type { IsoDate } from '../../../shared/dates/iso-date';
import type { ParsedPlanDocument } from '../../../shared/plan-document/parsed-plan';
import { planStarts } from '../../../shared/schedule/task-start';

export type WrittenStart = { wbs: string; start: IsoDate; afterPredecessor: boolean };

export function editedDerivedStarts(
  document: ParsedPlanDocument,
  ownStarts: readonly { wbs: string; start: IsoDate }[],
  written: readonly WrittenStart[],
): { wbs: string; start: IsoDate }[] {
  const index = new Map(document.items.map((item, i) => [item.wbs, i]));
  const own = new Map(ownStarts.map((s) => [s.wbs, s.start]));
  const tasks = document.items.map((item, i) => ({
    id: i,
    parentId: item.parentWbs === null ? null : (index.get(item.parentWbs) ?? null),
    start: own.get(item.wbs) ?? null,
    deadline: item.deadline?.ok ? item.deadline.deadline : null,
  }));
  const { starts } = planStarts(tasks, [], document.header.issuedOn);
  return written
    .filter((w) => {
      const i = index.get(w.wbs);
      return i !== undefined && !w.afterPredecessor && starts[i]!.date !== w.start;
    })
    .map(({ wbs, start }) => ({ wbs, start }));
}
