/**
 * "Cần bổ sung": what the plan still lacks, as it is now. Each problem can be marked "Đã xem — giữ
 * nguyên" with a reason (and reopened); the import's own notes follow as history.
 */
import { useState } from 'react';
import type { ReviewProblem } from '../../../shared/api/review-contract';
import type { TaskView } from '../../../shared/plan-view/plan-view-schema';
import type { ReviewItem, ReviewList } from './needs-review';

type Props = {
  list: ReviewList;
  onOpenTask: (taskId: number, point: { x: number; y: number }) => void;
  /** Opens the task form to fill in what is missing; absent in meeting mode. */
  onEditTask?: ((taskId: number) => void) | undefined;
  /** Resolves true once stored; absent in meeting mode. */
  onDismiss?: ((taskId: number, problem: ReviewProblem, reason: string) => Promise<boolean>) | undefined;
  onReopen?: ((dismissalId: number) => void) | undefined;
};

function TaskButton({ task, onOpenTask }: { task: TaskView; onOpenTask: Props['onOpenTask'] }) {
  return (
    <button
      type="button"
      className="review-task"
      title={task.title}
      onClick={(event) => onOpenTask(task.id, { x: event.clientX, y: event.clientY })}
    >
      <strong>{task.wbs}</strong> {task.title}
    </button>
  );
}

function KeepAsIs({ onSave }: { onSave: (reason: string) => Promise<boolean> }) {
  const [reason, setReason] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (reason === null)
    return (
      <button type="button" className="button link" data-testid="review-keep" onClick={() => setReason('')}>
        Đã xem — giữ nguyên
      </button>
    );
  return (
    <form
      className="review-keep-form"
      onSubmit={async (event) => {
        event.preventDefault();
        if (busy || reason.trim() === '') return;
        setBusy(true);
        const saved = await onSave(reason.trim());
        setBusy(false);
        if (saved) setReason(null);
      }}
    >
      <input
        aria-label="Lý do giữ nguyên"
        data-testid="review-keep-reason"
        placeholder="Lý do giữ nguyên"
        value={reason}
        autoFocus
        onChange={(e) => setReason(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && setReason(null)}
      />
      <button
        type="submit"
        className="button"
        data-testid="review-keep-save"
        disabled={busy || !reason.trim()}
      >
        Lưu
      </button>
    </form>
  );
}

function ProblemItems({ item, ...props }: Props & { item: ReviewItem }) {
  return (
    <li className="review-item" data-testid="review-item" data-wbs={item.task.wbs}>
      <TaskButton task={item.task} onOpenTask={props.onOpenTask} />
      {props.onEditTask && item.problems.some((p) => !p.dismissal) && (
        <button
          type="button"
          className="button link"
          data-testid="review-fill"
          onClick={() => props.onEditTask?.(item.task.id)}
        >
          Bổ sung…
        </button>
      )}
      <ul className="review-notes">
        {item.problems.map((p) => (
          <li key={p.problem} data-problem={p.problem}>
            {p.message}
            {p.dismissal ? (
              <>
                <span className="muted"> — đã xem, giữ nguyên: {p.dismissal.reason}</span>{' '}
                {props.onReopen && (
                  <button
                    type="button"
                    className="button link"
                    data-testid="review-reopen"
                    onClick={() => p.dismissal && props.onReopen?.(p.dismissal.id)}
                  >
                    Mở lại
                  </button>
                )}
              </>
            ) : (
              props.onDismiss && (
                <KeepAsIs onSave={(reason) => props.onDismiss!(item.task.id, p.problem, reason)} />
              )
            )}
          </li>
        ))}
      </ul>
    </li>
  );
}

export function NeedsReviewList(props: Props) {
  const { list } = props;
  return (
    <div data-testid="needs-review">
      {list.open.length === 0 ? (
        <p className="panel-note">
          Không còn gì cần bổ sung: mọi nhiệm vụ đều có đơn vị chủ trì, thời hạn và kết quả thực hiện.
        </p>
      ) : (
        <>
          <p className="panel-note">
            Những gì kế hoạch còn thiếu, theo dữ liệu hiện tại; bổ sung xong thì mục tự mất khỏi danh sách.
          </p>
          <ul className="review-list">
            {list.open.map((item) => (
              <ProblemItems key={item.key} item={item} {...props} />
            ))}
          </ul>
        </>
      )}
      {list.kept.length > 0 && (
        <details className="review-section" data-testid="review-kept">
          <summary>Đã xem — giữ nguyên ({list.kept.reduce((n, i) => n + i.problems.length, 0)})</summary>
          <ul className="review-list">
            {list.kept.map((item) => (
              <ProblemItems key={item.key} item={item} {...props} />
            ))}
          </ul>
        </details>
      )}
      {list.importNotes.length > 0 && (
        <details className="review-section" data-testid="review-import-notes">
          <summary>Ghi chú từ lần nhập văn bản</summary>
          <ul className="review-list">
            {list.importNotes.map(({ task, notes }) => (
              <li key={task?.id ?? 'plan'} className="review-item is-history">
                {task ? (
                  <TaskButton task={task} onOpenTask={props.onOpenTask} />
                ) : (
                  <span className="review-task is-plan">Toàn văn bản</span>
                )}
                <ul className="review-notes">
                  {notes.map((note, i) => (
                    <li key={i}>
                      {note.message}
                      {note.line !== null && <span className="muted"> (dòng {note.line})</span>}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
