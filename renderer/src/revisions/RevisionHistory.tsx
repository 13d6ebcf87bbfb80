/** A task's revisions of dates, newest first, each with its reason and decision, and a way to take it back. */
import './revisions.css';
import type { TaskView } from '../../../shared/plan-view/plan-view-schema';
import { useApiQuery } from '../api/useApiQuery';
import type { Editing } from '../editing/useEditing';
import { planDeadlineLabel, revisedDeadlineLabel, revisionGrounds, revisionSummary } from './deadline-labels';

type Props = { editing: Editing; task: TaskView };

export function RevisionHistory({ editing, task }: Props) {
  // Read again after every edit (a revision taken back or recorded elsewhere), like every view.
  const revisions = useApiQuery(editing.client, 'listRevisions', { taskId: task.id }).data ?? [];
  const revised = revisedDeadlineLabel(task);
  return (
    <section className="editor-section" data-testid="revision-history">
      <h3>Thời hạn và các lần điều chỉnh</h3>
      <dl className="revision-dates">
        <dt>Thời hạn theo kế hoạch</dt>
        <dd data-testid="history-plan-deadline">{planDeadlineLabel(task)}</dd>
        <dt>Thời hạn điều chỉnh</dt>
        <dd data-testid="history-revised-deadline">{revised ?? 'Chưa điều chỉnh'}</dd>
      </dl>
      {revisions.length > 0 && (
        <ol className="revision-list">
          {[...revisions].reverse().map((r) => {
            const grounds = revisionGrounds(r);
            return (
              <li key={r.id} data-testid="revision-item">
                <div>
                  <span>{revisionSummary(r)}</span>
                  {grounds && <span className="muted"> — {grounds}</span>}
                </div>
                <button
                  type="button"
                  className="button"
                  data-testid="revision-undo"
                  title="Bỏ lần điều chỉnh này; thời hạn trở về theo các lần còn lại hoặc theo kế hoạch"
                  onClick={() => void editing.run(() => editing.client.undoRevision({ revisionId: r.id }))}
                >
                  Bỏ điều chỉnh này
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
