/** The unit registry: add, rename, recolour, merge two spellings into one, delete an unused unit. */
import { useState } from 'react';
import type { RegistryUnit } from '../../../shared/editing/editing-schemas';
import { Modal } from '../ui/Modal';
import { useSubmit } from './useSubmit';
import type { Editing } from './useEditing';

type Props = { editing: Editing; units: readonly RegistryUnit[]; onClose: () => void };

function UnitRow({
  editing,
  unit,
  others,
}: {
  editing: Editing;
  unit: RegistryUnit;
  others: readonly RegistryUnit[];
}) {
  const [name, setName] = useState(unit.name);
  const [mergeInto, setMergeInto] = useState('');
  const { client } = editing;
  return (
    <tr data-testid={`unit-row-${unit.id}`}>
      <td>
        <input
          type="color"
          aria-label={`Màu của ${unit.name}`}
          value={unit.color}
          onChange={(e) =>
            void editing.run(() => client.recolorUnit({ unitId: unit.id, color: e.target.value }))
          }
        />
      </td>
      <td>
        <input aria-label="Tên đơn vị" value={name} onChange={(e) => setName(e.target.value)} />
        {name.trim() !== unit.name && (
          <button
            type="button"
            className="button link"
            onClick={() =>
              void editing.run(() =>
                client.renameUnit({ unitId: unit.id, name: name.trim(), fullName: null }),
              )
            }
          >
            Đổi tên
          </button>
        )}
        {unit.fullName !== unit.name && <div className="muted small">{unit.fullName}</div>}
      </td>
      <td>{unit.taskCount}</td>
      <td>
        <select aria-label="Gộp vào đơn vị" value={mergeInto} onChange={(e) => setMergeInto(e.target.value)}>
          <option value="">— Gộp vào —</option>
          {others.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
        {mergeInto !== '' && (
          <button
            type="button"
            className="button link"
            onClick={() =>
              void editing.run(() => client.mergeUnits({ keepId: Number(mergeInto), mergeId: unit.id }))
            }
          >
            Gộp
          </button>
        )}
      </td>
      <td>
        <button
          type="button"
          className="button link"
          disabled={unit.taskCount > 0}
          title={unit.taskCount > 0 ? 'Chỉ xóa được đơn vị không còn nhiệm vụ nào' : 'Xóa đơn vị'}
          onClick={() => void editing.run(() => client.deleteUnit({ unitId: unit.id }))}
        >
          Xóa
        </button>
      </td>
    </tr>
  );
}

export function UnitsDialog({ editing, units, onClose }: Props) {
  const [name, setName] = useState('');
  const adding = useSubmit();
  return (
    <Modal title="Danh mục đơn vị" testId="units-dialog" onClose={onClose} wide dirty={name.trim() !== ''}>
      {editing.error && (
        <p className="modal-error" role="alert">
          {editing.error}
        </p>
      )}
      <table className="editor-table">
        <thead>
          <tr>
            <th>Màu</th>
            <th>Tên đơn vị</th>
            <th>Số nhiệm vụ</th>
            <th>Gộp (hai cách viết của một đơn vị)</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {units.map((u) => (
            <UnitRow
              key={`${u.id}-${u.name}`}
              editing={editing}
              unit={u}
              others={units.filter((o) => o.id !== u.id)}
            />
          ))}
        </tbody>
      </table>
      <div className="button-row">
        <input
          aria-label="Tên đơn vị mới"
          placeholder="Tên đơn vị mới"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button
          type="button"
          className="button primary"
          disabled={name.trim() === '' || adding.busy}
          onClick={() =>
            void adding.submit(async (requestKey) => {
              const added = await editing.run(() =>
                editing.client.addUnit({
                  name: name.trim(),
                  fullName: null,
                  agency: null,
                  color: null,
                  requestKey,
                }),
              );
              if (added) setName('');
            })
          }
        >
          Thêm đơn vị
        </button>
      </div>
    </Modal>
  );
}
