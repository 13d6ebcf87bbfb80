/** The task grid's columns: labels and how they share the width (minimums keep words readable). */
export type GridColumn = { id: string; label: string; track: string; align?: 'end' | 'center' };

export const GRID_COLUMNS: readonly GridColumn[] = [
  { id: 'wbs', label: 'STT', track: '52px' },
  { id: 'title', label: 'Nhiệm vụ', track: 'minmax(184px, 3fr)' },
  { id: 'lead', label: 'Chủ trì', track: 'minmax(124px, 1.3fr)' },
  { id: 'supports', label: 'Phối hợp', track: 'minmax(108px, 1.1fr)' },
  // Wide enough for a plan's wording ("Tháng 7 năm 2021") or a whole dd/mm/yyyy date on one line.
  { id: 'deadline', label: 'Thời hạn', track: 'minmax(128px, 1.1fr)' },
  { id: 'progress', label: 'Tiến độ', track: '76px', align: 'end' },
  { id: 'status', label: 'Trạng thái', track: '168px' },
];

export const GRID_TEMPLATE = GRID_COLUMNS.map((c) => c.track).join(' ');

/** Below this the grid scrolls sideways instead of squeezing words. */
export const GRID_MIN_WIDTH = 52 + 184 + 124 + 108 + 128 + 76 + 168;
