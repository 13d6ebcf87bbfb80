/** The month columns of the timeline, with the Vietnamese labels "Th6/2021" or "Tháng 6/2021". */
import { type IsoDate, addMonths, isoParts, makeIsoDate } from '../dates/iso-date';

export type MonthTick = {
  /** First day of the month. */
  start: IsoDate;
  month: number;
  year: number;
};

export function firstOfMonth(date: IsoDate): IsoDate {
  const { year, month } = isoParts(date);
  return makeIsoDate(year, month, 1) as IsoDate;
}

/** Every month from the one holding `from` to the one holding `to`, both included. */
export function monthTicks(from: IsoDate, to: IsoDate): MonthTick[] {
  const ticks: MonthTick[] = [];
  for (let start = firstOfMonth(from); start <= to; start = addMonths(start, 1)) {
    const { year, month } = isoParts(start);
    ticks.push({ start, month, year });
  }
  return ticks;
}

/** How many months one label covers, so that labels never overlap: 1, 2, 3, 6 or 12. */
export function monthLabelStep(monthWidth: number, labelWidth: number): number {
  for (const step of [1, 2, 3, 6]) if (monthWidth * step >= labelWidth) return step;
  return 12;
}

export function monthLabel(tick: MonthTick, monthWidth: number, step: number): string | null {
  if (step === 12) return tick.month === 1 ? `Năm ${tick.year}` : null;
  if ((tick.month - 1) % step !== 0) return null;
  return monthWidth * step >= 90 ? `Tháng ${tick.month}/${tick.year}` : `Th${tick.month}/${tick.year}`;
}
