/** Shown instead of the grid and chart when no row is shown: why, and the one click that undoes it. */
import type { PlanView } from '../../../shared/plan-view/plan-view-schema';
import { clearPart, emptyReason } from './empty-reason';
import { NO_FILTER, type TaskFilter } from './filter-tasks';

type Props = {
  view: PlanView;
  filter: TaskFilter;
  onFilter: (filter: TaskFilter) => void;
  /** Absent in meeting mode. */
  onAddTask?: (() => void) | undefined;
};

export function EmptyState({ view, filter, onFilter, onAddTask }: Props) {
  const reason = emptyReason(view, filter);
  if (reason.kind === 'no-tasks')
    return (
      <div className="empty-state" data-testid="empty-state">
        <p>Kế hoạch này chưa có nhiệm vụ nào.</p>
        {onAddTask && (
          <button type="button" className="button primary" onClick={onAddTask}>
            + Thêm nhiệm vụ
          </button>
        )}
      </div>
    );
  const culprit = reason.parts.filter((p) => p.alone);
  return (
    <div className="empty-state" data-testid="empty-state">
      <p>
        {culprit.length === 1
          ? `Không có nhiệm vụ nào khớp với bộ lọc “${culprit[0]!.text}”.`
          : 'Không có nhiệm vụ nào khớp với tất cả các bộ lọc đang dùng cùng lúc:'}
      </p>
      <ul className="empty-filters">
        {reason.parts.map((p) => (
          <li key={p.part} data-testid={`empty-filter-${p.part}`}>
            {p.text}{' '}
            <button type="button" className="button link" onClick={() => onFilter(clearPart(filter, p.part))}>
              Bỏ bộ lọc này
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button primary" onClick={() => onFilter(NO_FILTER)}>
        Xóa mọi bộ lọc
      </button>
    </div>
  );
}
