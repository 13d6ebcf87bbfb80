/** The fields of a meeting, for recording one and for correcting it later. */
import type { RegistryUnit } from '../../../shared/editing/editing-schemas';
import { Field } from '../ui/Field';
import type { MeetingForm } from './meeting-form';

type Props = { form: MeetingForm; units: readonly RegistryUnit[]; onChange: (form: MeetingForm) => void };

export function MeetingFieldsForm({ form, units, onChange }: Props) {
  const set = (part: Partial<MeetingForm>) => onChange({ ...form, ...part });
  return (
    <div className="meeting-fields">
      <Field label="Tên cuộc họp">
        <input
          data-testid="meeting-title"
          value={form.title}
          onChange={(e) => set({ title: e.target.value })}
        />
      </Field>
      <div className="editor-row">
        <Field label="Ngày họp" hint="dd/mm/yyyy">
          <input
            data-testid="meeting-date"
            value={form.heldOn}
            placeholder="dd/mm/yyyy"
            onChange={(e) => set({ heldOn: e.target.value })}
          />
        </Field>
        <Field label="Giờ họp" hint="hh:mm, ví dụ 14:00">
          <input
            data-testid="meeting-time"
            value={form.startsAt}
            placeholder="hh:mm"
            onChange={(e) => set({ startsAt: e.target.value })}
          />
        </Field>
      </div>
      <div className="editor-row">
        <Field label="Địa điểm">
          <input
            data-testid="meeting-place"
            value={form.place}
            onChange={(e) => set({ place: e.target.value })}
          />
        </Field>
        <Field label="Chủ trì cuộc họp">
          <input
            data-testid="meeting-chair"
            value={form.chair}
            placeholder="Ví dụ: Phó Chánh án TANDTC, Trưởng Ban Chỉ đạo"
            onChange={(e) => set({ chair: e.target.value })}
          />
        </Field>
      </div>
      <fieldset className="support-list" data-testid="meeting-participants">
        <legend>Thành phần (đơn vị tham dự)</legend>
        {units
          .filter((u) => !u.isCollective)
          .map((u) => (
            <label key={u.id}>
              <input
                type="checkbox"
                checked={form.participantUnitIds.includes(u.id)}
                onChange={(e) =>
                  set({
                    participantUnitIds: e.target.checked
                      ? [...form.participantUnitIds, u.id]
                      : form.participantUnitIds.filter((id) => id !== u.id),
                  })
                }
              />
              <span className="unit-swatch" style={{ background: u.color }} aria-hidden="true" />
              {u.name}
            </label>
          ))}
      </fieldset>
    </div>
  );
}
