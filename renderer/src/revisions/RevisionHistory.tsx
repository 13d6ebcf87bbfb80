/** A task's revisions of dates, newest first, each with its reason and decision, and a way to take it back. */
import './revisions.css';
import { useEffect, useState } from 'react';
import type { TaskView } from '../../../shared/plan-view/plan-view-schema';
import type { TaskRevision } from '../../../shared/revisions/revision-schema';
import type { Editing } from '../editing/useEditing';
import { planDeadlineLabel, revisedDeadlineLabel, revisionGrounds, revisionSummary } from './deadline-labels';

type Props = { editing: Editing; task: TaskView };

export function RevisionHistory({ editing, task }: Props) {
  const [revisions, setRevisions] = useState<TaskRevision[]>([]);
  useEffect(() => {
    let current = true;
    editing.client.listRevisions({ taskId: task.id }).then(
      (list) => current && setRevisions(list),
      () => undefined,
    );
    return () => {
      current = false;
    };
    // The task view is new after every edit: the list follows it.
  }, [editing.client, task]);
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
