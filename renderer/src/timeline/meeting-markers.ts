/**
 * Recorded steering-committee meetings on the timeline: a dashed vertical line through the rows on
 * the meeting's day and a chip in the header, distinct from task milestones (diamonds on a row).
 */
import { type IsoDate, addDays } from '../../../shared/dates/iso-date';
import { formatDisplayDate } from '../../../shared/dates/vietnamese-date';
import { type ChartScale, dateToX } from './chart-geometry';
import { gridLayer } from './frappe/frappe-dom';

export type MeetingMarker = { id: number; date: IsoDate; title: string; time: string | null };

type Dom = {
  svg: SVGSVGElement;
  header: HTMLElement;
  scale: ChartScale;
  headerHeight: number;
  gridHeight: number;
};

const SVG = 'http://www.w3.org/2000/svg';

export function drawMeetingMarkers(dom: Dom, markers: readonly MeetingMarker[]): void {
  for (const old of dom.svg.querySelectorAll('.ecp-meeting-line')) old.remove();
  for (const old of dom.header.querySelectorAll('.ecp-meeting-chip')) old.remove();
  const grid = gridLayer(dom.svg) ?? dom.svg;
  for (const m of markers) {
    // The middle of the meeting's day, so the line never sits on a day boundary shared with a bar's end.
    const x = (dateToX(m.date, dom.scale) + dateToX(addDays(m.date, 1), dom.scale)) / 2;
    const line = document.createElementNS(SVG, 'line');
    line.setAttribute('class', 'ecp-meeting-line');
    line.setAttribute('data-meeting', String(m.id));
    line.setAttribute('x1', String(x));
    line.setAttribute('x2', String(x));
    line.setAttribute('y1', String(dom.headerHeight));
    line.setAttribute('y2', String(dom.gridHeight));
    grid.appendChild(line);
    const chip = document.createElement('div');
    chip.className = 'ecp-meeting-chip';
    chip.setAttribute('data-testid', 'meeting-marker');
    chip.textContent = `Họp ${formatDisplayDate(m.date).slice(0, 5)}`;
    chip.title = `${m.title} — ${formatDisplayDate(m.date)}${m.time ? `, ${m.time}` : ''}`;
    chip.style.left = `${x}px`;
    dom.header.appendChild(chip);
  }
}
