/**
 * "Sửa đổi theo văn bản": what newer versions of the plan changed in this task, each change with the
 * amending document and the plan's wording before → after. Nothing when no amendment touched it.
 */
import './amendments.css';
import { AMENDMENT_FIELD_LABELS } from '../../../shared/plan-amendment/amendment-history';
import type { TaskView } from '../../../shared/plan-view/plan-view-schema';
import { useApiQuery } from '../api/useApiQuery';
import type { Editing } from '../editing/useEditing';

/** Changes to the task as a whole: the label says it all. */
const WHOLE_TASK = new Set(['added', 'removed', 'restored']);

export function AmendmentHistory({ editing, task }: { editing: Editing; task: TaskView }) {
  const changes = useApiQuery(editing.client, 'listTaskAmendments', { taskId: task.id }).data ?? [];
  if (changes.length === 0) return null;
  return (
    <section className="editor-section" data-testid="amendment-history">
      <h3>Sửa đổi theo văn bản</h3>
      <ul className="amendment-history">
        {changes.map((c) => (
          <li key={c.id} data-testid="amendment-history-item">
            <span className="muted">{c.document}: </span>
            <strong>{AMENDMENT_FIELD_LABELS[c.field]}</strong>
            {c.before !== null && c.after !== null ? (
              <>
                {' '}
                <del>{c.before}</del> → <ins>{c.after}</ins>
              </>
            ) : (
              !WHOLE_TASK.has(c.field) && ` ${c.before ?? 'không ghi'} → ${c.after ?? 'không ghi'}`
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
