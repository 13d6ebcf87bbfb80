import { useId } from 'react';
import type { UnitSummary } from '../../../shared/plan-view/plan-view-schema';
import type { TaskFilter, UnitRoleFilter } from './filter-tasks';

type Props = {
  filter: TaskFilter;
  units: readonly UnitSummary[];
  onFilter: (filter: TaskFilter) => void;
  groupByLead: boolean;
  onGroupByLead: (on: boolean) => void;
  active: boolean;
  onClear: () => void;
  shown: number;
  total: number;
};

/** Units in Vietnamese alphabetical order; "Các đơn vị có liên quan" and similar wordings last. */
function unitOptions(units: readonly UnitSummary[]): UnitSummary[] {
  return units
    .filter((u) => u.leadCount + u.supportCount > 0)
    .sort((a, b) => Number(a.isCollective) - Number(b.isCollective) || a.name.localeCompare(b.name, 'vi'));
}

export function FilterBar(props: Props) {
  const { filter, onFilter } = props;
  const id = useId();
  const setRole = (unitRole: UnitRoleFilter) => onFilter({ ...filter, unitRole });
  return (
    <div className="filter-bar" role="search" aria-label="Lọc nhiệm vụ">
      <label className="filter-field" htmlFor={`${id}-unit`}>
        <span className="field-label">Đơn vị</span>
        <select
          id={`${id}-unit`}
          data-testid="unit-filter"
          value={filter.unitId ?? ''}
          onChange={(event) =>
            onFilter({ ...filter, unitId: event.target.value === '' ? null : Number(event.target.value) })
          }
        >
          <option value="">Tất cả đơn vị</option>
          {unitOptions(props.units).map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.name}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="role-choice" disabled={filter.unitId === null}>
        <legend className="visually-hidden">Vai trò của đơn vị</legend>
        <label>
          <input
            type="radio"
            name={`${id}-role`}
            data-testid="unit-role-lead"
            checked={filter.unitRole === 'lead'}
            onChange={() => setRole('lead')}
          />
          Chỉ chủ trì
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-role`}
            data-testid="unit-role-any"
            checked={filter.unitRole === 'lead-or-support'}
            onChange={() => setRole('lead-or-support')}
          />
          Chủ trì hoặc phối hợp
        </label>
      </fieldset>
      <label className="filter-field search-field" htmlFor={`${id}-search`}>
        <span className="field-label">Tìm</span>
        <input
          id={`${id}-search`}
          type="search"
          data-testid="search-box"
          placeholder="Nhiệm vụ, đơn vị, STT…"
          title="Tìm theo tên nhiệm vụ, đơn vị hoặc STT; gõ không dấu cũng được"
          value={filter.search}
          onChange={(event) => onFilter({ ...filter, search: event.target.value })}
        />
      </label>
      <label className="toggle">
        <input
          type="checkbox"
          data-testid="group-by-lead"
          checked={props.groupByLead}
          onChange={(event) => props.onGroupByLead(event.target.checked)}
        />
        Nhóm theo đơn vị chủ trì
      </label>
      <div className="filter-summary">
        <span data-testid="row-count" aria-live="polite">
          Hiển thị {props.shown}/{props.total} nhiệm vụ
        </span>
        {props.active && (
          <button type="button" className="button link" data-testid="clear-filters" onClick={props.onClear}>
            Xóa bộ lọc
          </button>
        )}
      </div>
    </div>
  );
}
