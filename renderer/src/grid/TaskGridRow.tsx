import type { KeyboardEvent, MouseEvent } from 'react';
import type { TaskRow } from '../filters/visible-rows';
import { formatDisplayDate } from '../../../shared/dates/vietnamese-date';
import { isRevised } from '../revisions/deadline-labels';
import '../revisions/revisions.css';
import { deadlineTitle } from './deadline-title';
import { GRID_TEMPLATE } from './grid-columns';
import { StatusChip } from './StatusChip';
import { LeadNames } from './UnitName';

type Props = {
  row: TaskRow;
  height: number;
  /** aria-rowindex: the row's place in the whole list, header included. */
  index: number;
  /** Every other row is shaded, counted over the whole list. */
  striped: boolean;
  selected: boolean;
  dimmed: boolean;
  spotlit: boolean;
  onToggle: () => void;
  onOpen: (event: MouseEvent<HTMLDivElement>) => void;
  /** Absent in meeting mode: the percentage is then only a figure. */
  onRecordProgress?: (() => void) | undefined;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
};

const INDENT_PX = 18;
const DATE = /(\d{1,2}\/\d{1,2}\/\d{2,4})/;

/** The wording as written, each date in it kept on one line (browsers may break after "/"). */
function KeepDatesWhole({ text }: { text: string }) {
  return text.split(DATE).map((part, i) =>
    i % 2 === 1 ? (
      <span key={i} className="nobr">
        {part}
      </span>
    ) : (
      part
    ),
  );
}
const KIND_LABELS = { milestone: 'Mốc', meeting: 'Cuộc họp' } as const;

export function TaskGridRow(props: Props) {
  const { row, height, index, striped, selected, dimmed, spotlit, onToggle, onOpen, onKeyDown } = props;
  const { onRecordProgress } = props;
  const { task } = row;
  const supports = task.supports.map((u) => u.name).join(', ');
  const isGroup = task.childIds.length > 0;
  const revised = isRevised(task) && task.deadline !== null;
  const classes = [
    'task-grid-row',
    striped && 'is-striped',
    isGroup && 'is-group',
    selected && 'is-selected',
    dimmed && 'is-dimmed',
    spotlit && 'is-spotlit',
    task.status === 'overdue' && 'is-overdue',
    task.status === 'removed' && 'is-removed',
  ].filter(Boolean);
  return (
    <div
      role="row"
      tabIndex={0}
      aria-rowindex={index}
      aria-level={row.indent + 1}
      aria-expanded={row.collapsible ? !row.collapsed : undefined}
      aria-selected={selected}
      className={classes.join(' ')}
      style={{ height, gridTemplateColumns: GRID_TEMPLATE }}
      data-testid="task-row"
      data-key={row.key}
      data-wbs={task.wbs}
      data-status={task.status}
      onClick={onOpen}
      onKeyDown={onKeyDown}
    >
      <div role="gridcell" className="task-grid-cell col-wbs">
        {task.wbs}
      </div>
      <div
        role="gridcell"
        className="task-grid-cell col-title"
        style={{ paddingLeft: 8 + row.indent * INDENT_PX }}
      >
        {row.collapsible ? (
          <button
            type="button"
            className="row-toggle"
            data-testid="row-toggle"
            aria-label={row.collapsed ? `Mở rộng ${task.wbs}` : `Thu gọn ${task.wbs}`}
            title={row.collapsed ? 'Mở rộng' : 'Thu gọn'}
            onClick={(event) => {
              event.stopPropagation();
              onToggle();
            }}
          >
            {row.collapsed ? '▸' : '▾'}
          </button>
        ) : (
          <span className="row-toggle-space" aria-hidden="true" />
        )}
        {task.kind !== 'task' && !isGroup && (
          <span className="kind-mark" title={KIND_LABELS[task.kind]} aria-label={KIND_LABELS[task.kind]}>
            ◆
          </span>
        )}
        <span className="cell-text two-lines" title={task.title}>
          {task.title}
        </span>
      </div>
      <div role="gridcell" className="task-grid-cell col-lead">
        {task.leads.length > 0 ? (
          <LeadNames leads={task.leads} compact />
        ) : (
          // A group has no lead of its own: its children have.
          <span className="muted">{isGroup ? '—' : 'Chưa xác định'}</span>
        )}
      </div>
      <div role="gridcell" className="task-grid-cell col-supports">
        <span className="cell-text two-lines" title={supports}>
          {supports || '—'}
        </span>
      </div>
      <div role="gridcell" className="task-grid-cell col-deadline">
        {revised ? (
          // Both deadlines: the plan's wording, then the day in force and how many revisions.
          <span className="deadline-pair" title={deadlineTitle(task)} data-testid="deadline-cell">
            <span className="deadline-plan">
              {task.deadlineText ? <KeepDatesWhole text={task.deadlineText} /> : '—'}
            </span>
            <span className="deadline-revised" data-testid="deadline-revised">
              → {formatDisplayDate(task.deadline!)}
              <span className="revision-count" aria-label={`điều chỉnh ${task.revisionCount} lần`}>
                {task.revisionCount}
              </span>
            </span>
          </span>
        ) : (
          <span className="cell-text two-lines" title={deadlineTitle(task)} data-testid="deadline-cell">
            {task.deadlineText ? <KeepDatesWhole text={task.deadlineText} /> : '—'}
          </span>
        )}
      </div>
      <div role="gridcell" className="task-grid-cell col-progress align-end">
        {onRecordProgress && !isGroup ? (
          <button
            type="button"
            className="progress-record"
            data-testid="row-record-progress"
            title="Ghi tiến độ (phím T)"
            aria-label={`Ghi tiến độ ${task.wbs}, hiện ${task.progress}%`}
            onClick={(event) => {
              event.stopPropagation();
              onRecordProgress();
            }}
          >
            {task.progress}%<span aria-hidden="true"> ✎</span>
          </button>
        ) : (
          <span className="progress-figure">{task.progress}%</span>
        )}
      </div>
      <div role="gridcell" className="task-grid-cell col-status">
        <StatusChip status={task.status} />
      </div>
    </div>
  );
}
