import { COUNTED_STATUSES, STATUS_LABELS, type TaskStatus } from '../../../shared/status/task-status';
import { StatusChip } from '../grid/StatusChip';

type Props = {
  counts: Record<TaskStatus, number>;
  selected: readonly TaskStatus[];
  onSelected: (statuses: TaskStatus[]) => void;
  /** Meeting mode: the figures stay, the filter does not. */
  readOnly: boolean;
};

/** How many tasks are in each status, each one a checkbox that filters by it. */
export function StatusStrip({ counts, selected, onSelected, readOnly }: Props) {
  const toggle = (status: TaskStatus, on: boolean) =>
    onSelected(on ? [...selected, status] : selected.filter((s) => s !== status));
  return (
    <fieldset className="status-strip" data-testid="status-filter" disabled={readOnly}>
      <legend className="status-strip-legend">Trạng thái</legend>
      {/* A task dropped from the plan is shown, greyed, but not counted. */}
      {COUNTED_STATUSES.map((status) => (
        <label
          key={status}
          className={`status-toggle${selected.includes(status) ? ' is-checked' : ''}${counts[status] === 0 ? ' is-zero' : ''}`}
          title={`${STATUS_LABELS[status]}: ${counts[status]} nhiệm vụ`}
        >
          <input
            type="checkbox"
            className="visually-hidden"
            data-testid={`status-filter-${status}`}
            checked={selected.includes(status)}
            onChange={(event) => toggle(status, event.target.checked)}
          />
          <StatusChip status={status} count={counts[status]} />
        </label>
      ))}
    </fieldset>
  );
}
