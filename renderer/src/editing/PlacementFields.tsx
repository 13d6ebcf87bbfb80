/**
 * Where a new task goes: under which item ("Thuộc mục") and after which of its children ("Vị trí"),
 * so that it lands in place instead of at the end of the top level.
 */
import type { TaskView } from '../../../shared/plan-view/plan-view-schema';
import { Field } from '../ui/Field';

export type Placement = { parentId: number | null; afterTaskId: number | null };

type Props = { tasks: readonly TaskView[]; placement: Placement; onPlacement: (p: Placement) => void };

const short = (t: TaskView) => `${t.wbs} ${t.title.length > 60 ? `${t.title.slice(0, 60)}…` : t.title}`;

export function PlacementFields({ tasks, placement, onPlacement }: Props) {
  const siblings = tasks.filter((t) => t.parentId === placement.parentId);
  return (
    <div className="editor-row">
      <Field label="Thuộc mục">
        <select
          data-testid="field-parent"
          value={placement.parentId ?? ''}
          onChange={(e) =>
            onPlacement({
              parentId: e.target.value === '' ? null : Number(e.target.value),
              afterTaskId: null,
            })
          }
        >
          <option value="">— Cấp cao nhất —</option>
          {tasks.map((t) => (
            <option key={t.id} value={t.id}>
              {short(t)}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Vị trí">
        <select
          data-testid="field-position"
          value={placement.afterTaskId ?? ''}
          onChange={(e) =>
            onPlacement({ ...placement, afterTaskId: e.target.value === '' ? null : Number(e.target.value) })
          }
        >
          <option value="">Cuối cùng{siblings.length > 0 ? ` (sau ${siblings.at(-1)!.wbs})` : ''}</option>
          {siblings.slice(0, -1).map((t) => (
            <option key={t.id} value={t.id}>
              Sau {short(t)}
            </option>
          ))}
        </select>
      </Field>
    </div>
  );
}
