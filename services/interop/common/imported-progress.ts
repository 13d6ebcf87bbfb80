/**
 * Percentages read from a file → progress updates. A file holds one percentage per task as of one
 * day, not the history: each becomes one update on that day. A task's progress with no update is 0 %,
 * and a parent's is its children's mean: such values add no update, so a round trip adds nothing.
 * A file that also gives the report itself (its date, what was achieved, the difficulties) has it kept.
 */
import type { IsoDate } from '../../../shared/dates/iso-date';
import type { ParsedItem } from '../../../shared/plan-document/parsed-plan';
import type { ImportSchedule } from '../../storage/plan-repository';

export type ReportDetails = {
  reportedOn: IsoDate | null;
  achieved: string | null;
  difficulties: string | null;
};

export function progressUpdatesFromFile(
  items: ParsedItem[],
  percentByWbs: ReadonlyMap<string, number>,
  reportedOn: IsoDate,
  enteredBy: string,
  detailsByWbs: ReadonlyMap<string, ReportDetails> = new Map(),
): ImportSchedule['progress'] {
  const children = new Map<string, string[]>();
  for (const item of items) {
    if (item.parentWbs === null) continue;
    const siblings = children.get(item.parentWbs);
    if (siblings) siblings.push(item.wbs);
    else children.set(item.parentWbs, [item.wbs]);
  }
  const updates: ImportSchedule['progress'] = [];
  for (const item of items) {
    const percent = percentByWbs.get(item.wbs);
    if (percent === undefined) continue;
    const kids = children.get(item.wbs) ?? [];
    const implied =
      kids.length === 0
        ? 0
        : Math.round(kids.reduce((sum, wbs) => sum + (percentByWbs.get(wbs) ?? 0), 0) / kids.length);
    const details = detailsByWbs.get(item.wbs);
    if (percent === implied && details === undefined) continue;
    updates.push({
      wbs: item.wbs,
      reportedOn: details?.reportedOn ?? reportedOn,
      percent,
      achieved: details?.achieved ?? null,
      difficulties: details?.difficulties ?? null,
      enteredBy,
    });
  }
  return updates;
}
