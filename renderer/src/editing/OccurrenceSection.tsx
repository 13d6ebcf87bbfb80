/** The occurrences of a recurring duty in the plan's span, each marked done on its own. */
import { addDays, todayIso } from '../../../shared/dates/iso-date';
import { formatDisplayDate } from '../../../shared/dates/vietnamese-date';
import type { PlanView, TaskView } from '../../../shared/plan-view/plan-view-schema';
import { useApiQuery } from '../api/useApiQuery';
import { describeRecurrence } from './task-form';
import type { Editing } from './useEditing';

type Props = { editing: Editing; task: TaskView; view: PlanView };

/** From the document's date to three years after the status date: the duties the secretariat follows. */
export function occurrenceSpan(view: PlanView): { from: string; to: string } {
  const from = view.plan.issuedOn ?? view.span?.start ?? view.asOf;
  return { from, to: addDays(view.asOf > from ? view.asOf : from, 3 * 365) };
}

export function OccurrenceSection({ editing, task, view }: Props) {
  const all = useApiQuery(editing.client, 'listOccurrences', {
    planId: view.plan.id,
    ...occurrenceSpan(view),
  });
  const list = (all.data ?? []).filter((o) => o.taskId === task.id);

  return (
    <section className="editor-section" data-testid="occurrence-section">
      <h3>Các lần thực hiện ({task.recurrence ? describeRecurrence(task.recurrence) : ''})</h3>
      <ul className="occurrence-list">
        {list.map((o) => (
          <li key={o.dueOn}>
            <label>
              <input
                type="checkbox"
                data-testid={`occurrence-${o.dueOn}`}
                checked={o.doneOn !== null}
                onChange={(e) => {
                  const doneOn = e.target.checked ? (todayIso() < o.dueOn ? todayIso() : o.dueOn) : null;
                  void editing.run(() =>
                    editing.client.setOccurrenceDone({ taskId: task.id, dueOn: o.dueOn, doneOn }),
                  );
                }}
              />
              Hạn {formatDisplayDate(o.dueOn)}
              {o.doneOn && <span className="muted"> — đã thực hiện ngày {formatDisplayDate(o.doneOn)}</span>}
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
