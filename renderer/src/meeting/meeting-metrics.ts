/**
 * Row sizes in meeting mode: tall enough for two lines of 24px text, and taller still when the plan
 * has few rows, so that the rows fill the screen instead of leaving its lower part empty.
 */
import { MEETING_METRICS, type RowMetrics, headerHeight } from '../timeline/row-metrics';

const MIN_ROW = MEETING_METRICS.barHeight + MEETING_METRICS.padding;
const MAX_ROW = 120;

export function meetingMetrics(rowCount: number, mainHeight: number): RowMetrics {
  const free = mainHeight - headerHeight(MEETING_METRICS) - 16;
  const fill = rowCount > 0 ? Math.floor(free / rowCount) : MIN_ROW;
  const row = Math.max(MIN_ROW, Math.min(MAX_ROW, fill));
  // The bar keeps to a readable share of the row; the rest is air around it.
  const barHeight = Math.round(Math.min(row * 0.6, 48));
  return { ...MEETING_METRICS, barHeight, padding: row - barHeight };
}
