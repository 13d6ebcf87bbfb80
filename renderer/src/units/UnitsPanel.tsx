import type { PlanView, TaskView, UnitSummary } from '../../../shared/plan-view/plan-view-schema';

type Props = {
  view: PlanView;
  activeUnitId: number | null;
  onSelectUnit: (unitId: number | null) => void;
  onOpenTask: (taskId: number, point: { x: number; y: number }) => void;
};

/** Units with late work first, then by how much they lead; wordings like "Các đơn vị có liên quan" last. */
function ordered(units: readonly UnitSummary[]): UnitSummary[] {
  return units
    .filter((u) => u.leadCount + u.supportCount > 0)
    .sort(
      (a, b) =>
        Number(a.isCollective) - Number(b.isCollective) ||
        b.lateTaskIds.length - a.lateTaskIds.length ||
        b.leadCount - a.leadCount ||
        a.name.localeCompare(b.name, 'vi'),
    );
}

/** Each unit: how many tasks it leads and supports, and which of them are late. Click to filter. */
export function UnitsPanel({ view, activeUnitId, onSelectUnit, onOpenTask }: Props) {
  const taskById = new Map<number, TaskView>(view.tasks.map((t) => [t.id, t]));
  const units = ordered(view.units);
  return (
    <div className="units-panel" data-testid="units-panel">
      <p className="panel-note">Bấm vào một đơn vị để chỉ xem nhiệm vụ của đơn vị đó.</p>
      <ul className="unit-list">
        {units.map((unit) => {
          const late = unit.lateTaskIds
            .map((id) => taskById.get(id))
            .filter((t): t is TaskView => t !== undefined);
          const active = unit.id === activeUnitId;
          return (
            <li
              key={unit.id}
              data-testid="unit-card"
              className={`unit-card${active ? ' is-active' : ''}${late.length > 0 ? ' has-late' : ''}`}
            >
              <button
                type="button"
                className="unit-card-main"
                data-testid="unit-item"
                data-unit-id={unit.id}
                aria-pressed={active}
                title={active ? 'Bỏ lọc theo đơn vị này' : `Chỉ xem nhiệm vụ của ${unit.fullName}`}
                onClick={() => onSelectUnit(active ? null : unit.id)}
              >
                <span className="unit-swatch" style={{ backgroundColor: unit.color }} aria-hidden="true" />
                <span className="unit-card-name">{unit.name}</span>
                <span className="unit-card-counts">
                  Chủ trì <strong>{unit.leadCount}</strong> · Phối hợp <strong>{unit.supportCount}</strong>
                </span>
              </button>
              {late.length > 0 && (
                <div className="unit-late">
                  <span className="unit-late-label">Quá hạn ({late.length}):</span>
                  <ul>
                    {late.map((task) => (
                      <li key={task.id}>
                        <button
                          type="button"
                          className="late-task"
                          data-testid="late-task"
                          data-wbs={task.wbs}
                          title={task.title}
                          onClick={(event) => onOpenTask(task.id, { x: event.clientX, y: event.clientY })}
                        >
                          <strong>{task.wbs}</strong> {task.title}
                        </button>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
