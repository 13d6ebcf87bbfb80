/**
 * What the chart needs to be edited: drags of dates (whole days, read at every zoom, reported once
 * when the drag ends: `onDatesChange` is the one seam after a drag) and progress reported back by row key, and the
 * occurrences of recurring duties drawn as markers on their rows.
 */
import type { IsoDate } from '../../../shared/dates/iso-date';
import { formatDisplayDate } from '../../../shared/dates/vietnamese-date';
import { type ChartScale, dateToX } from '../timeline/chart-geometry';
import { barRectOf, insertUnderBars } from '../timeline/frappe/frappe-dom';

export type OccurrenceMarker = { rowKey: string; dueOn: IsoDate; done: boolean; label: string };

export type ChartEditing = {
  onDatesChange: (rowKey: string, start: IsoDate, end: IsoDate) => void;
  onProgressChange: (rowKey: string, percent: number) => void;
  markers: readonly OccurrenceMarker[];
};

const SVG = 'http://www.w3.org/2000/svg';

/** Draws one diamond per occurrence on its task's row, replacing the markers drawn before. */
export function drawOccurrenceMarkers(
  svg: SVGSVGElement,
  scale: ChartScale,
  markers: readonly OccurrenceMarker[],
): void {
  svg.querySelector('.occurrence-layer')?.remove();
  if (markers.length === 0) return;
  const layer = document.createElementNS(SVG, 'g');
  layer.setAttribute('class', 'occurrence-layer');
  for (const m of markers) {
    const bar = barRectOf(svg, m.rowKey);
    if (!bar) continue;
    const y = Number(bar.getAttribute('y')) + Number(bar.getAttribute('height')) / 2;
    const x = dateToX(m.dueOn, scale);
    const r = Math.max(5, Number(bar.getAttribute('height')) / 2 - 1);
    const diamond = document.createElementNS(SVG, 'polygon');
    diamond.setAttribute('points', `${x},${y - r} ${x + r},${y} ${x},${y + r} ${x - r},${y}`);
    diamond.setAttribute('class', m.done ? 'occurrence-marker is-done' : 'occurrence-marker');
    diamond.setAttribute('data-occurrence', `${m.rowKey}:${m.dueOn}`);
    const title = document.createElementNS(SVG, 'title');
    title.textContent = `${m.label} — hạn ${formatDisplayDate(m.dueOn)}${m.done ? ' (đã thực hiện)' : ''}`;
    diamond.appendChild(title);
    layer.appendChild(diamond);
  }
  // Under the bars and their labels, so a label stays readable where a marker falls on it.
  insertUnderBars(svg, layer);
}
