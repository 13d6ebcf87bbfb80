/**
 * "Chủ trì", "Đồng chủ trì" and "Phối hợp" in the task form. The units this plan uses come first; the rest of the
 * registry is one step away (its own group in the list, "Hiện cả …" for the supports), and a unit
 * not in the registry yet can be added right here.
 */
import { useState } from 'react';
import type { RegistryUnit } from '../../../shared/editing/editing-schemas';
import { Field } from '../ui/Field';
import { NewUnitField } from './NewUnitField';
import { type TaskForm, withCoLead, withLead } from './task-form';
import type { Editing } from './useEditing';

type Props = {
  editing: Editing;
  form: TaskForm;
  onForm: (form: TaskForm) => void;
  /** The whole registry. */
  units: readonly RegistryUnit[];
  /** Units this plan names (as lead or support). */
  planUnitIds: ReadonlySet<number>;
  onPendingUnit: (pending: boolean) => void;
};

export function UnitFields({ editing, form, onForm, units, planUnitIds, onPendingUnit }: Props) {
  const [allSupports, setAllSupports] = useState(false);
  // A unit added here is shown at once, before the registry is read again.
  const [added, setAdded] = useState<RegistryUnit[]>([]);
  const known = new Set(units.map((u) => u.id));
  const registry = [...units, ...added.filter((u) => !known.has(u.id))];
  const isLead = (id: number) => form.leadUnitId === id || form.coLeadUnitIds.includes(id);
  const inForm = (id: number) => isLead(id) || form.supportUnitIds.includes(id);
  const isOwn = (u: RegistryUnit) =>
    planUnitIds.has(u.id) || inForm(u.id) || added.some((a) => a.id === u.id);
  const own = registry.filter(isOwn);
  const others = registry.filter((u) => !isOwn(u) && !u.isCollective);
  const supports = allSupports ? registry : own;

  return (
    <div className="editor-row">
      <div className="lead-field">
        <Field label="Chủ trì">
          <select
            data-testid="field-lead"
            value={form.leadUnitId ?? ''}
            onChange={(e) => onForm(withLead(form, e.target.value === '' ? null : Number(e.target.value)))}
          >
            <option value="">— Chưa xác định —</option>
            <optgroup label="Đơn vị trong kế hoạch này">
              {own
                .filter((u) => !u.isCollective || form.leadUnitId === u.id)
                .map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
            </optgroup>
            {others.length > 0 && (
              <optgroup label="Đơn vị khác trong danh mục">
                {others.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </Field>
        <NewUnitField
          editing={editing}
          units={registry}
          onPending={onPendingUnit}
          onChosen={(unit) => {
            if (!registry.some((u) => u.id === unit.id))
              setAdded([
                ...added,
                { ...unit, fullName: unit.name, agency: null, isCollective: false, taskCount: 0 },
              ]);
            onForm(withLead(form, unit.id));
          }}
        />
        <CoLeadList form={form} onForm={onForm} own={own.filter((u) => !u.isCollective)} others={others} />
      </div>
      <fieldset className="support-list" data-testid="field-supports">
        <legend>Phối hợp</legend>
        {supports.map((u) => (
          <label key={u.id} className={isLead(u.id) ? 'is-disabled' : undefined}>
            <input
              type="checkbox"
              disabled={isLead(u.id)}
              checked={form.supportUnitIds.includes(u.id)}
              onChange={(e) =>
                onForm({
                  ...form,
                  supportUnitIds: e.target.checked
                    ? [...form.supportUnitIds, u.id]
                    : form.supportUnitIds.filter((id) => id !== u.id),
                })
              }
            />
            <span className="unit-swatch" style={{ background: u.color }} aria-hidden="true" />
            {u.name}
          </label>
        ))}
        {others.length > 0 && (
          <button type="button" className="button link" onClick={() => setAllSupports(!allSupports)}>
            {allSupports
              ? 'Chỉ đơn vị trong kế hoạch này'
              : `Hiện cả ${others.length} đơn vị khác trong danh mục`}
          </button>
        )}
      </fieldset>
    </div>
  );
}

/**
 * "Đồng chủ trì": units that lead with the principal one, ticked among the plan's units, the rest of
 * the registry one step away ("Hiện cả …", as for the supports). Shown once a principal lead is
 * chosen; a co-lead cannot also be ticked as a support.
 */
function CoLeadList({
  form,
  onForm,
  own,
  others,
}: {
  form: TaskForm;
  onForm: (form: TaskForm) => void;
  own: readonly RegistryUnit[];
  others: readonly RegistryUnit[];
}) {
  const [open, setOpen] = useState(form.coLeadUnitIds.length > 0);
  const [all, setAll] = useState(false);
  if (form.leadUnitId === null) return null;
  const candidates = (all ? [...own, ...others] : own).filter((u) => u.id !== form.leadUnitId);
  if (!open && form.coLeadUnitIds.length === 0) {
    return (
      <button
        type="button"
        className="button link co-lead-open"
        data-testid="add-co-lead"
        disabled={own.length + others.length <= 1}
        onClick={() => setOpen(true)}
      >
        + Thêm đơn vị đồng chủ trì
      </button>
    );
  }
  return (
    <fieldset className="support-list co-lead-list" data-testid="field-coleads">
      <legend>Đồng chủ trì</legend>
      {candidates.map((u) => (
        <label key={u.id}>
          <input
            type="checkbox"
            checked={form.coLeadUnitIds.includes(u.id)}
            onChange={(e) => onForm(withCoLead(form, u.id, e.target.checked))}
          />
          <span className="unit-swatch" style={{ background: u.color }} aria-hidden="true" />
          {u.name}
        </label>
      ))}
      {others.length > 0 && (
        <button type="button" className="button link" onClick={() => setAll(!all)}>
          {all ? 'Chỉ đơn vị trong kế hoạch này' : `Hiện cả ${others.length} đơn vị khác trong danh mục`}
        </button>
      )}
    </fieldset>
  );
}
