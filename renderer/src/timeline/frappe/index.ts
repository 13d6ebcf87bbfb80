/**
 * The window's one door to frappe-gantt. The chart is frappe-gantt 1.2.2 (pinned in package.json),
 * used beyond its public API: WindowedGantt overrides some of its drawing steps to draw only the rows
 * in sight, bar-duration.ts replaces how its Bar counts days, and frappe-dom.ts reads the SVG it
 * draws. All of that lives in this folder, and nothing outside it imports frappe-gantt (ESLint
 * refuses it). Code that only reads the drawn SVG imports frappe-dom.ts alone (no chart, no styles).
 * frappe-internals.test.ts fails, without a browser, when the installed package is
 * another version or lacks one of the internals used here: an upgrade starts by reading this folder.
 */
import 'frappe-gantt/dist/frappe-gantt.css';

export type { FrappeOptions, FrappeTask } from 'frappe-gantt';
export { type DrawnRows, WindowedGantt, frappeDate } from './windowed-gantt';
export {
  barGroups,
  barParts,
  barRectOf,
  constructReleasable,
  gridLayer,
  insertUnderBars,
  isLabelOutside,
  isProgressHandle,
  placeLabelOutside,
  rowKeyAt,
  stopBarAnimations,
} from './frappe-dom';
