import { type RefObject, useEffect } from 'react';
import type { IsoDate } from '../../../shared/dates/iso-date';
import type { VisibleRow } from '../filters/visible-rows';
import { rangeOf } from '../timeline/chart-frame';
import type { GanttHandle } from '../timeline/GanttChart';

/** Brings the spotlit unit's first row to the top of the chart and its earliest work into view. */
export function useSpotlightScroll(
  gantt: RefObject<GanttHandle | null>,
  rows: readonly VisibleRow[],
  highlighted: ReadonlySet<string> | null,
  rowHeight: number,
): void {
  useEffect(() => {
    if (highlighted === null) return;
    const index = rows.findIndex((row) => highlighted.has(row.key));
    if (index < 0) return;
    gantt.current?.setScrollTop(index * rowHeight);
    const starts = rows
      .filter((row) => highlighted.has(row.key))
      .map((row) => (row.kind === 'task' ? row.task.spanStart : row.spanStart))
      .filter((d): d is IsoDate => d !== null);
    const first = rangeOf(starts)?.start;
    if (first) gantt.current?.scrollToDate(first, 'start');
  }, [gantt, rows, highlighted, rowHeight]);
}
