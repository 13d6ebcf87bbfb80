/** A meeting's agenda items or conclusions: each correctable and removable, with the task it is about. */
import { useReportUnsaved } from '../ui/unsaved-input';
import { useState } from 'react';
import type { Meeting, RegistryUnit } from '../../../shared/editing/editing-schemas';
import type { PlanView } from '../../../shared/plan-view/plan-view-schema';
import type { Editing } from '../editing/useEditing';
import { ConclusionActions } from './ConclusionActions';

type Props = {
  editing: Editing;
  meeting: Meeting;
  kind: 'agenda' | 'conclusion';
  view: PlanView;
  units: readonly RegistryUnit[];
};

export function MeetingItems({ editing, meeting, kind, view, units }: Props) {
  const [editingId, setEditingId] = useState<number | null>(null);
  const [text, setText] = useState('');
  const [taskId, setTaskId] = useState('');
  useReportUnsaved(editingId !== null);
  const taskName = (id: number | null) => {
    const t = id === null ? undefined : view.tasks.find((x) => x.id === id);
    return t ? `${t.wbs} ${t.title}` : null;
  };
  const after = async <T,>(edit: () => Promise<T>) => {
    // The meetings list is read again by the edit's one invalidation step.
    await editing.run(edit);
  };
  const items = meeting.items.filter((i) => i.kind === kind);
  return (
    <div className="meeting-items" data-testid={`meeting-${kind}`}>
      <h4>{kind === 'agenda' ? 'Nội dung họp' : 'Kết luận'}</h4>
      {items.length === 0 && <p className="muted">Chưa có.</p>}
      <ol>
        {items.map((i) => (
          <li key={i.id} data-testid="meeting-item">
            {editingId === i.id ? (
              <div className="button-row">
                <input aria-label="Nội dung" value={text} onChange={(e) => setText(e.target.value)} />
                <select
                  aria-label="Nhiệm vụ liên quan"
                  value={taskId}
                  onChange={(e) => setTaskId(e.target.value)}
                >
                  <option value="">— Không gắn nhiệm vụ —</option>
                  {view.tasks.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.wbs} {t.title.slice(0, 50)}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  className="button primary"
                  disabled={text.trim() === ''}
                  onClick={async () => {
                    await after(() =>
                      editing.client.updateMeetingItem({
                        itemId: i.id,
                        text: text.trim(),
                        taskId: taskId === '' ? null : Number(taskId),
                      }),
                    );
                    setEditingId(null);
                  }}
                >
                  Lưu
                </button>
                <button type="button" className="button" onClick={() => setEditingId(null)}>
                  Hủy
                </button>
              </div>
            ) : (
              <div className="meeting-item-line">
                <span>
                  {i.text}
                  {taskName(i.taskId) && <span className="muted"> — nhiệm vụ {taskName(i.taskId)}</span>}
                </span>
                <button
                  type="button"
                  className="button link"
                  onClick={() => {
                    setEditingId(i.id);
                    setText(i.text);
                    setTaskId(i.taskId === null ? '' : String(i.taskId));
                  }}
                >
                  Sửa
                </button>
                <button
                  type="button"
                  className="button link"
                  onClick={() => void after(() => editing.client.removeMeetingItem({ itemId: i.id }))}
                >
                  Xóa
                </button>
              </div>
            )}
            {kind === 'conclusion' && editingId !== i.id && (
              <ConclusionActions editing={editing} meeting={meeting} item={i} view={view} units={units} />
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
