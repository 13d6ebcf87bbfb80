import { STATUS_LABELS, type TaskStatus } from '../../../shared/status/task-status';

/** Symbols repeat the colour's meaning, for colour-blind readers and greyscale print. */
const STATUS_SYMBOLS: Record<TaskStatus, string> = {
  'not-started': '○',
  'in-progress': '◐',
  'due-soon': '◔',
  overdue: '!',
  done: '✓',
  'done-late': '✓',
  'deadline-unknown': '?',
  removed: '−',
};

/**
 * Shorter words where the full label does not fit the grid's status column (sized for "Hoàn thành
 * muộn"); the full label stays in the tooltip, the popup and every document.
 */
const CHIP_LABELS: Partial<Record<TaskStatus, string>> = { removed: 'Đã bỏ' };

export function StatusChip({ status, count }: { status: TaskStatus; count?: number }) {
  return (
    <span className={`status-chip status-${status}`} data-status={status} title={STATUS_LABELS[status]}>
      <span className="status-chip-symbol" aria-hidden="true">
        {STATUS_SYMBOLS[status]}
      </span>
      <span className="status-chip-label">{CHIP_LABELS[status] ?? STATUS_LABELS[status]}</span>
      {count !== undefined && <span className="status-chip-count">{count}</span>}
    </span>
  );
}
