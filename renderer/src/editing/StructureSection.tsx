/** Moving a task in the tree (up, down, indent, outdent) and deleting it, children handled explicitly. */
import { useState } from 'react';
import type { TaskView } from '../../../shared/plan-view/plan-view-schema';
import type { Editing } from './useEditing';

type Props = { editing: Editing; task: TaskView; onDeleted: () => void };

const MOVES = [
  ['up', '↑ Lên trên'],
  ['down', '↓ Xuống dưới'],
  ['indent', '→ Lùi vào (thành mục con)'],
  ['outdent', '← Lùi ra (lên một cấp)'],
] as const;

export function StructureSection({ editing, task, onDeleted }: Props) {
  const [confirming, setConfirming] = useState(false);
  const hasChildren = task.childIds.length > 0;
  const remove = async (children: 'delete' | 'promote') => {
    const done = await editing.run(() => editing.client.deleteTask({ taskId: task.id, children }));
    if (done) onDeleted();
  };
  return (
    <section className="editor-section" data-testid="structure-section">
      <h3>Vị trí trong kế hoạch</h3>
      <div className="button-row">
        {MOVES.map(([move, label]) => (
          <button
            key={move}
            type="button"
            className="button"
            data-testid={`move-${move}`}
            onClick={() => void editing.run(() => editing.client.moveTask({ taskId: task.id, move }))}
          >
            {label}
          </button>
        ))}
        <span className="toolbar-spacer" />
        {!confirming ? (
          <button
            type="button"
            className="button danger"
            data-testid="delete-task"
            onClick={() => setConfirming(true)}
          >
            Xóa nhiệm vụ
          </button>
        ) : (
          <span className="confirm-delete" role="group" aria-label="Xác nhận xóa">
            <span>
              {hasChildren ? `Nhiệm vụ có ${task.childIds.length} mục con:` : `Xóa mục ${task.wbs}?`}
            </span>
            {hasChildren ? (
              <>
                <button
                  type="button"
                  className="button danger"
                  data-testid="delete-with-children"
                  onClick={() => void remove('delete')}
                >
                  Xóa cả mục con
                </button>
                <button
                  type="button"
                  className="button"
                  data-testid="delete-promote"
                  onClick={() => void remove('promote')}
                >
                  Giữ mục con, đưa lên một cấp
                </button>
              </>
            ) : (
              <button
                type="button"
                className="button danger"
                data-testid="delete-confirm"
                onClick={() => void remove('delete')}
              >
                Xóa
              </button>
            )}
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              Thôi
            </button>
          </span>
        )}
      </div>
    </section>
  );
}
