/**
 * The look of the timeline picture. Meaning never rests on colour alone, so that a report printed
 * in black and white still reads: overdue bars are hatched and outlined thick, tasks without a
 * deadline are open dashed boxes, the report date is a dashed line.
 */
import { COLLECTIVE_UNIT_COLOR } from '../units/unit-colors';

/** The shipped font first (see services/timeline-picture), then fonts found on Windows and Debian. */
export const TIMELINE_FONT_FAMILY = "'Be Vietnam Pro', 'Segoe UI', Arial, 'DejaVu Sans', sans-serif";

export const INK = '#1a1a1a';
export const MUTED_INK = '#4d4d4d';
export const GRID_LINE = '#d4d4d4';
export const YEAR_LINE = '#7a7a7a';
export const ROW_SHADE = '#f3f3f3';
export const AS_OF_LINE = '#b71c1c';
/** Bars of tasks that no unit leads. */
export const NO_LEAD_COLOR = COLLECTIVE_UNIT_COLOR;

export const OVERDUE_PATTERN_ID = 'overdue-hatch';

export const FONT_SIZE = { title: 16, label: 13, axis: 12, note: 11, legend: 12 } as const;

export function patternDefs(): string {
  return (
    `<defs><pattern id="${OVERDUE_PATTERN_ID}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="#ffffff" fill-opacity="0"/>` +
    `<line x1="1.5" y1="0" x2="1.5" y2="6" stroke="${INK}" stroke-width="2"/></pattern></defs>`
  );
}
