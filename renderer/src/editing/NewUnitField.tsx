/**
 * "+ Đơn vị mới" inside the task form: a name not in the registry is added there, after showing the
 * units it probably already means (accents, case, the "Tòa án nhân dân tối cao" suffix aside).
 */
import { useState } from 'react';
import type { RegistryUnit } from '../../../shared/editing/editing-schemas';
import type { Unit } from '../../../shared/model/schemas';
import { normalizeUnitName } from '../../../shared/units/unit-name';
import { findNearUnits } from './near-units';
import type { Editing } from './useEditing';
import { useSubmit } from './useSubmit';

type Props = {
  editing: Editing;
  units: readonly RegistryUnit[];
  /** The unit to use: one just added, or an existing one the user chose instead. */
  onChosen: (unit: Pick<Unit, 'id' | 'name' | 'color'>) => void;
  /** Typed but not added yet: the task form counts it as unsaved input. */
  onPending: (pending: boolean) => void;
};

export function NewUnitField({ editing, units, onChosen, onPending }: Props) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const { busy, submit } = useSubmit();
  const near = findNearUnits(name, units);
  const type = (value: string) => {
    setName(value);
    onPending(value.trim() !== '');
  };
  const finish = (unit: Pick<Unit, 'id' | 'name' | 'color'>) => {
    onChosen(unit);
    type('');
    setOpen(false);
  };

  if (!open)
    return (
      <button type="button" className="button link" data-testid="new-unit-open" onClick={() => setOpen(true)}>
        + Đơn vị mới
      </button>
    );
  return (
    <div className="new-unit" data-testid="new-unit">
      <input
        aria-label="Tên đơn vị mới"
        data-testid="new-unit-name"
        placeholder="Tên đơn vị chưa có trong danh mục"
        value={name}
        autoFocus
        onChange={(e) => type(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.preventDefault();
        }}
      />
      {near.length > 0 && (
        <p className="new-unit-near" role="status" data-testid="new-unit-near">
          Đã có trong danh mục:{' '}
          {near.map((u) => (
            <button key={u.id} type="button" className="button link" onClick={() => finish(u)}>
              Dùng “{u.name}”
            </button>
          ))}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={() => {
            type('');
            setOpen(false);
          }}
        >
          Thôi
        </button>
        <button
          type="button"
          className="button primary"
          data-testid="new-unit-add"
          disabled={name.trim() === '' || busy}
          onClick={() =>
            void submit(async (requestKey) => {
              // "Cục Công nghệ thông tin TANDTC": the unit "Cục Công nghệ thông tin" of the agency TANDTC.
              const read = normalizeUnitName(name);
              const unit = await editing.run(() =>
                editing.client.addUnit({
                  name: read?.name ?? name.trim(),
                  fullName: read?.fullName ?? null,
                  agency: read?.agency ?? null,
                  color: null,
                  requestKey,
                }),
              );
              if (unit) finish(unit);
            })
          }
        >
          {near.length > 0 ? 'Vẫn thêm đơn vị mới' : 'Thêm vào danh mục'}
        </button>
      </div>
    </div>
  );
}
