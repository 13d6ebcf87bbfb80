/**
 * Which rows the grid and the chart draw. A plan of thousands of rows would take seconds to draw
 * in full (frappe-gantt redraws its whole SVG), so only the rows in sight plus a margin above and
 * below are drawn. The margin is in steps, so small scrolls keep the same window and redraw nothing.
 */
export type RowWindow = {
  /** First drawn row. */
  first: number;
  /** One past the last drawn row. */
  last: number;
};

/** Where the chart's viewport is: its scroll offset and its height, both in pixels. */
export type Viewport = { top: number; height: number };

/** Rows drawn beyond the viewport on each side, and the step the window moves by. */
export const WINDOW_STEP = 10;

export function rowWindow(
  viewport: Viewport,
  total: number,
  rowHeight: number,
  headerHeight: number,
): RowWindow {
  if (total <= 0) return { first: 0, last: 0 };
  // Rows the viewport can show, the header's height included (it covers the first rows at the top).
  const inSight = Math.ceil((Math.max(viewport.height, 0) + headerHeight) / rowHeight);
  // A position past the end (the rows just shrank) shows the last rows once the browser clamps it.
  const firstSeen = Math.min(
    Math.floor(Math.max(0, viewport.top - headerHeight) / rowHeight),
    Math.max(0, total - inSight),
  );
  // Only the first row in sight moves the window, one step at a time.
  const first = Math.max(0, (Math.floor(firstSeen / WINDOW_STEP) - 1) * WINDOW_STEP);
  const last = Math.min(total, (Math.floor(firstSeen / WINDOW_STEP) + 2) * WINDOW_STEP + inSight);
  return { first, last };
}

/**
 * The drawn window already has every row of the wanted one: nothing to redraw. A chart that grew
 * shorter (a bar of controls above it took another line) keeps its rows, rather than drawing the
 * whole chart again for one row fewer out of sight.
 */
export const holdsWindow = (drawn: RowWindow, wanted: RowWindow): boolean =>
  wanted.first >= drawn.first && wanted.last <= drawn.last;
