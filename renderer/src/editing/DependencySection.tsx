/** The tasks this one waits for (finish-to-start, with a lag in days); a cycle is refused by the services. */
import { useState } from 'react';
import type { TaskView } from '../../../shared/plan-view/plan-view-schema';
import type { Editing } from './useEditing';

type Props = { editing: Editing; task: TaskView; tasks: readonly TaskView[] };

export function DependencySection({ editing, task, tasks }: Props) {
  const [predecessor, setPredecessor] = useState('');
  const [lag, setLag] = useState('0');
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const candidates = tasks.filter((t) => t.id !== task.id && !task.dependsOn.some((d) => d.taskId === t.id));

  return (
    <section className="editor-section" data-testid="dependency-section">
      <h3>Thực hiện sau khi xong</h3>
      {task.dependsOn.length === 0 ? (
        <p className="muted">Không phụ thuộc nhiệm vụ nào.</p>
      ) : (
        <ul className="plain-list">
          {task.dependsOn.map((d) => {
            const other = byId.get(d.taskId);
            return (
              <li key={d.taskId}>
                {other ? `${other.wbs} ${other.title}` : `Nhiệm vụ ${d.taskId}`}
                {d.lagDays !== 0 && <span className="muted"> (cách {d.lagDays} ngày)</span>}
                <button
                  type="button"
                  className="button link"
                  onClick={() =>
                    void editing.run(() =>
                      editing.client.removeDependency({ predecessorId: d.taskId, successorId: task.id }),
                    )
                  }
                >
                  Bỏ liên kết
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="button-row">
        <select
          aria-label="Nhiệm vụ phải xong trước"
          data-testid="dependency-select"
          value={predecessor}
          onChange={(e) => setPredecessor(e.target.value)}
        >
          <option value="">— Chọn nhiệm vụ phải xong trước —</option>
          {candidates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.wbs} {t.title.length > 70 ? `${t.title.slice(0, 69)}…` : t.title}
            </option>
          ))}
        </select>
        <label className="inline-field">
          Cách (ngày)
          <input
            data-testid="dependency-lag"
            inputMode="numeric"
            value={lag}
            size={4}
            onChange={(e) => setLag(e.target.value)}
          />
        </label>
        <button
          type="button"
          className="button"
          data-testid="add-dependency"
          disabled={predecessor === '' || !/^-?\d+$/.test(lag.trim())}
          onClick={async () => {
            const added = await editing.run(() =>
              editing.client.addDependency({
                predecessorId: Number(predecessor),
                successorId: task.id,
                lagDays: Number(lag.trim()),
              }),
            );
            if (added) setPredecessor('');
          }}
        >
          Thêm liên kết
        </button>
      </div>
    </section>
  );
}
