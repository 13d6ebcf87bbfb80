/**
 * The "Tình hình đến ngày" the window opens with: today while the plan is running; otherwise the
 * nearest end of the plan's span, so the chart never opens on an empty stretch of time.
 */
import type { IsoDate } from '../../../shared/dates/iso-date';
import { formatDisplayDate } from '../../../shared/dates/vietnamese-date';

export type AsOfReason = 'today' | 'plan-end' | 'plan-start' | 'no-span';
export type DefaultAsOf = { date: IsoDate; reason: AsOfReason };

export function defaultAsOf(span: { start: IsoDate; end: IsoDate } | null, today: IsoDate): DefaultAsOf {
  if (span === null) return { date: today, reason: 'no-span' };
  if (today > span.end) return { date: span.end, reason: 'plan-end' };
  // Before the plan starts nothing can be late yet; its first day shows that honestly.
  if (today < span.start) return { date: span.start, reason: 'plan-start' };
  return { date: today, reason: 'today' };
}

/**
 * Beside the date picker, what the default date is, in words short enough for the toolbar at
 * 1366 px ("(cuối kế hoạch)"); the full reason (describeDefaultAsOf) is its tooltip.
 */
export function shortDefaultAsOf({ reason }: DefaultAsOf): string {
  switch (reason) {
    case 'today':
    case 'no-span':
      return '(hôm nay)';
    case 'plan-end':
      return '(cuối kế hoạch)';
    case 'plan-start':
      return '(đầu kế hoạch)';
  }
}

/** Why this date was chosen, in full. */
export function describeDefaultAsOf({ date, reason }: DefaultAsOf): string {
  switch (reason) {
    case 'today':
    case 'no-span':
      return `Mặc định: hôm nay (${formatDisplayDate(date)}).`;
    case 'plan-end':
      return 'Mặc định: ngày cuối kế hoạch — hôm nay đã qua thời gian thực hiện.';
    case 'plan-start':
      return 'Mặc định: ngày đầu kế hoạch — kế hoạch chưa bắt đầu.';
  }
}
