/**
 * The due days of a recurring duty inside a span. Pure: the timeline draws them in the window,
 * the services mark them done one by one.
 */
import {
  addMonths,
  daysInMonth,
  isoParts,
  lastDayOfMonth,
  makeIsoDate,
  type IsoDate,
} from '../dates/iso-date';
import type { Recurrence } from '../model/schemas';

export type Span = { from: IsoDate; to: IsoDate };

/** Ten thousand occurrences is centuries of monthly meetings: a guard, not a limit anyone meets. */
const MAX_OCCURRENCES = 10_000;

/**
 * `anchor` is the first day the duty applies (the task's start, else the document's date).
 * - yearly with a day ("trước ngày 15 tháng 01 hằng năm"): that day of every `interval`-th year;
 * - yearly without one ("sơ kết hằng năm"): the last day of every `interval`-th year;
 * - monthly ("định kỳ 06 tháng/lần"): the last day of each period of `interval` months counted from
 *   the anchor's month, or the named day of that period's last month.
 * Only due days on or after the anchor and inside the span are listed, in order.
 */
export function listOccurrences(rule: Recurrence, anchor: IsoDate, span: Span): IsoDate[] {
  if (span.to < span.from) return [];
  const start = anchor > span.from ? anchor : span.from;
  const { year: anchorYear, month: anchorMonth } = isoParts(anchor);
  const result: IsoDate[] = [];
  const push = (due: IsoDate): boolean => {
    if (due > span.to) return false;
    if (due >= start) result.push(due);
    return result.length < MAX_OCCURRENCES;
  };

  if (rule.frequency === 'yearly') {
    const firstYear =
      anchorYear +
      Math.max(0, Math.ceil((isoParts(start).year - anchorYear) / rule.interval) - 1) * rule.interval;
    for (let y = firstYear; ; y += rule.interval) {
      const due =
        rule.month === null
          ? lastDayOfMonth(y, 12)
          : (makeIsoDate(
              y,
              rule.month,
              Math.min(rule.day ?? daysInMonth(y, rule.month), daysInMonth(y, rule.month)),
            ) as IsoDate);
      if (!push(due)) break;
    }
    return result;
  }

  // Skip whole periods before the span instead of walking through them.
  const startParts = isoParts(start);
  const monthsAhead = (startParts.year - anchorYear) * 12 + (startParts.month - anchorMonth);
  const skip = Math.max(0, Math.floor(monthsAhead / rule.interval) - 1);
  let periodStart = addMonths(makeIsoDate(anchorYear, anchorMonth, 1) as IsoDate, skip * rule.interval);
  for (;;) {
    const lastMonth = isoParts(addMonths(periodStart, rule.interval - 1));
    const due =
      rule.day === null
        ? lastDayOfMonth(lastMonth.year, lastMonth.month)
        : (makeIsoDate(
            lastMonth.year,
            lastMonth.month,
            Math.min(rule.day, daysInMonth(lastMonth.year, lastMonth.month)),
          ) as IsoDate);
    if (!push(due)) break;
    periodStart = addMonths(periodStart, rule.interval);
  }
  return result;
}
