/**
 * The task card shown on a click in the chart or the grid. Built with React elements only, so
 * task and unit names are always text, never markup.
 */
import { type ReactNode, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { IsoDate } from '../../../shared/dates/iso-date';
import { formatDisplayDate } from '../../../shared/dates/vietnamese-date';
import { isContinuousDuty } from '../../../shared/deadline/parse-deadline';
import type { ProgressUpdate } from '../../../shared/model/schemas';
import type { TaskView } from '../../../shared/plan-view/plan-view-schema';
import { startBasisLabel } from '../../../shared/schedule/start-basis-label';
import { StatusChip } from '../grid/StatusChip';
import { LeadNames } from '../grid/UnitName';
import { revisedDeadlineLabel } from '../revisions/deadline-labels';
import { type Point, placePopup } from './popup-position';
import { ProgressHistory } from './ProgressHistory';

type Props = {
  task: TaskView;
  taskById: ReadonlyMap<number, TaskView>;
  asOf: IsoDate;
  anchor: Point;
  onClose: () => void;
  /** Opens the task form; absent in meeting mode. */
  onEdit?: ((taskId: number) => void) | undefined;
  /** The task's progress reports, oldest first. */
  history: readonly ProgressUpdate[];
  unitName: (unitId: number) => string | undefined;
  /** "Ghi tiến độ", a correction of a report (null: a new one); absent in meeting mode. */
  onRecordProgress?: ((taskId: number, update: ProgressUpdate | null) => void) | undefined;
  onDeleteProgress?: ((update: ProgressUpdate) => void) | undefined;
};

const KIND_NAMES = { task: 'Nhiệm vụ', milestone: 'Mốc', meeting: 'Cuộc họp' } as const;

function Field({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </>
  );
}

function deadlineAsDate(task: TaskView): string {
  if (task.deadline !== null) return `hạn cuối ${formatDisplayDate(task.deadline)}`;
  if (task.recurrence !== null) return 'nhiệm vụ định kỳ';
  if (isContinuousDuty(task.deadlineText)) return 'nhiệm vụ thường xuyên, không có hạn cuối';
  return 'chưa xác định được ngày';
}

function baselineAsDate(task: TaskView): string {
  return task.baselineDeadline
    ? `hạn cuối ${formatDisplayDate(task.baselineDeadline)}`
    : 'chưa xác định được ngày';
}

export function TaskPopup(props: Props) {
  const { task, taskById, asOf, anchor, onClose, onEdit, onRecordProgress } = props;
  const isGroup = task.childIds.length > 0;
  const record = !isGroup && onRecordProgress ? onRecordProgress : undefined;
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<Point | null>(null);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const rect = el.getBoundingClientRect();
    setPosition(
      placePopup(
        anchor,
        { width: rect.width, height: rect.height },
        { width: window.innerWidth, height: window.innerHeight },
      ),
    );
  }, [anchor, task]);

  useEffect(() => {
    ref.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        onClose();
      } else if (record && event.key.toLowerCase() === 't' && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        record(task.id, null);
      }
    };
    const onPointer = (event: PointerEvent) => {
      if (ref.current && event.target instanceof Node && !ref.current.contains(event.target)) onClose();
    };
    // Capture phase: Esc closes the card before meeting mode sees it and leaves full screen.
    window.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onPointer, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onPointer, true);
    };
  }, [onClose, record, task.id]);

  const dependsOn = task.dependsOn
    .map((d) => taskById.get(d.taskId))
    .filter((t): t is TaskView => t !== undefined);
  const update = task.latestUpdate;
  const startNote = startBasisLabel(
    task.startBasis,
    task.startFromTaskId === null ? null : (taskById.get(task.startFromTaskId)?.wbs ?? null),
  );
  const revised = revisedDeadlineLabel(task);

  return (
    <div
      ref={ref}
      className="task-popup"
      role="dialog"
      aria-modal="false"
      aria-labelledby="task-popup-title"
      tabIndex={-1}
      data-testid="task-popup"
      style={
        position
          ? { left: position.x, top: position.y }
          : { left: anchor.x, top: anchor.y, visibility: 'hidden' }
      }
    >
      <div className="task-popup-head">
        <span className="task-popup-wbs">{task.wbs}</span>
        <h2 id="task-popup-title" data-testid="popup-title">
          {task.title}
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label="Đóng"
          title="Đóng (Esc)"
          data-testid="popup-close"
          onClick={onClose}
        >
          ×
        </button>
      </div>
      {(record || onEdit) && (
        <div className="task-popup-actions">
          {record && (
            <button
              type="button"
              className="button primary"
              data-testid="popup-record-progress"
              title="Ghi tiến độ (phím T)"
              onClick={() => record(task.id, null)}
            >
              Ghi tiến độ
            </button>
          )}
          {onEdit && (
            <button type="button" className="button" data-testid="popup-edit" onClick={() => onEdit(task.id)}>
              Sửa
            </button>
          )}
        </div>
      )}
      <dl className="task-popup-fields">
        {task.kind !== 'task' && <Field label="Loại">{KIND_NAMES[task.kind]}</Field>}
        <Field label="Chủ trì" testId="popup-lead">
          {task.leads.length > 0 ? (
            <LeadNames leads={task.leads} />
          ) : (
            <span className="muted">Chưa xác định</span>
          )}
        </Field>
        <Field label="Phối hợp" testId="popup-supports">
          {task.supports.length > 0 ? (
            task.supports.map((u) => u.name).join(', ')
          ) : (
            <span className="muted">Không ghi</span>
          )}
        </Field>
        <Field label={revised ? 'Thời hạn theo kế hoạch' : 'Thời hạn'} testId="popup-deadline">
          {task.deadlineText ?? <span className="muted">Văn bản không ghi</span>}
          <span className="muted"> ({revised ? baselineAsDate(task) : deadlineAsDate(task)})</span>
        </Field>
        {revised && (
          <Field label="Thời hạn điều chỉnh" testId="popup-revised-deadline">
            {revised}
          </Field>
        )}
        {task.spanStart !== null && (
          <Field label="Bắt đầu" testId="popup-start">
            {formatDisplayDate(task.spanStart)}
            {startNote && <span className="muted"> ({startNote})</span>}
          </Field>
        )}
        <Field label="Kết quả thực hiện">
          {task.deliverable ?? <span className="muted">Không ghi</span>}
        </Field>
        <Field label="Tiến độ">
          <span className="popup-progress">
            <span className="progress-track wide" aria-hidden="true">
              <span className="progress-fill" style={{ width: `${task.progress}%` }} />
            </span>
            {task.progress}%
          </span>
          {update && <span className="muted"> — báo cáo ngày {formatDisplayDate(update.reportedOn)}</span>}
        </Field>
        {update?.achieved && <Field label="Kết quả đạt được">{update.achieved}</Field>}
        {update?.difficulties && <Field label="Khó khăn, vướng mắc">{update.difficulties}</Field>}
        <Field label={`Trạng thái đến ${formatDisplayDate(asOf)}`} testId="popup-status">
          <StatusChip status={task.status} />
        </Field>
        {task.removedOn && (
          <Field label="Đã bỏ khỏi kế hoạch" testId="popup-removed">
            từ ngày {formatDisplayDate(task.removedOn)} (văn bản sửa đổi, bổ sung kế hoạch); tiến độ đã ghi
            được giữ lại.
          </Field>
        )}
        {dependsOn.length > 0 && (
          <Field label="Sau khi xong">{dependsOn.map((t) => `${t.wbs} ${t.title}`).join('; ')}</Field>
        )}
        {task.notes && <Field label="Ghi chú">{task.notes}</Field>}
      </dl>
      {!isGroup && (
        <section className="task-popup-progress" aria-label="Lịch sử tiến độ">
          <h3>Lịch sử tiến độ</h3>
          <ProgressHistory
            history={props.history}
            unitName={props.unitName}
            onCorrect={record && ((u) => record(task.id, u))}
            onDelete={props.onDeleteProgress}
          />
        </section>
      )}
      {task.warnings.length > 0 && (
        <div className="task-popup-warnings" data-testid="popup-warnings">
          <h3>Lưu ý từ lần nhập văn bản</h3>
          <ul>
            {task.warnings.map((w, i) => (
              <li key={i}>
                {w.message} <span className="muted">(dòng {w.line})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
