/** Row and header sizes shared by the task grid and the chart, so their rows line up exactly. */
export type RowMetrics = {
  barHeight: number;
  /** Vertical space around a bar; frappe-gantt's row is bar height plus this. */
  padding: number;
  /** Tall enough for the status-date chip above the month or year headings. */
  upperHeader: number;
  lowerHeader: number;
};

export const NORMAL_METRICS: RowMetrics = { barHeight: 22, padding: 14, upperHeader: 36, lowerHeader: 26 };
/** Meeting mode: larger rows for a projector at the far end of the room. */
export const MEETING_METRICS: RowMetrics = { barHeight: 36, padding: 28, upperHeader: 60, lowerHeader: 40 };

export const rowHeight = (m: RowMetrics): number => m.barHeight + m.padding;
/** frappe-gantt adds 10px under its two header rows. */
export const headerHeight = (m: RowMetrics): number => m.upperHeader + m.lowerHeader + 10;
