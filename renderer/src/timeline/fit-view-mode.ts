/** The first zoom level: the finest one that shows the whole plan in the chart's width. */
import { type IsoDate, daysBetween } from '../../../shared/dates/iso-date';
import { VIEW_MODE_NAMES, type ViewModeName, modeUnit } from './view-modes';

const DAYS_PER_COLUMN: Record<ViewModeName, number> = {
  Ngày: 1,
  Tuần: 7,
  Tháng: 30.44,
  Quý: 91.31,
  Năm: 365.25,
};

export function fitViewMode(span: { start: IsoDate; end: IsoDate } | null, chartWidth: number): ViewModeName {
  if (span === null) return 'Tháng';
  const days = daysBetween(span.start, span.end) + 1;
  for (const name of VIEW_MODE_NAMES) {
    // One spare column on each side, so the first and last bars are not flush with the edges.
    const columns = Math.ceil(days / DAYS_PER_COLUMN[name]) + 2;
    if (columns * modeUnit(name).columnWidth <= chartWidth) return name;
  }
  return 'Năm';
}
