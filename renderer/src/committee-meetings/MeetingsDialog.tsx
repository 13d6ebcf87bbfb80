/** Steering-committee meetings of the plan: each recorded one, and a form to record another. */
import { useState } from 'react';
import type { RegistryUnit } from '../../../shared/editing/editing-schemas';
import type { PlanView } from '../../../shared/plan-view/plan-view-schema';
import { useApiQuery } from '../api/useApiQuery';
import type { Editing } from '../editing/useEditing';
import { Modal } from '../ui/Modal';
import { UnsavedInputScope, useUnsavedParts } from '../ui/unsaved-input';
import { MeetingCard } from './MeetingCard';
import { MeetingFieldsForm } from './MeetingFieldsForm';
import { meetingFormOf, toMeetingFields } from './meeting-form';
import './committee-meetings.css';

type Props = { editing: Editing; view: PlanView; units: readonly RegistryUnit[]; onClose: () => void };

export function MeetingsDialog({ editing, view, units, onClose }: Props) {
  // Read again after every edit (a follow-up task, a revision, a corrected meeting), like every view.
  const query = useApiQuery(editing.client, 'listMeetings', { planId: view.plan.id });
  const meetings = query.data ?? [];
  const [form, setForm] = useState(() => meetingFormOf(null));
  const [error, setError] = useState<string | null>(null);
  // Typed and not yet saved: the new meeting here, or anything open in a meeting's card.
  const { anyUnsaved, report } = useUnsavedParts();
  const dirty = anyUnsaved || JSON.stringify(form) !== JSON.stringify(meetingFormOf(null));

  return (
    <Modal title="Cuộc họp Ban Chỉ đạo" testId="meetings-dialog" onClose={onClose} dirty={dirty} wide>
      <UnsavedInputScope value={report}>
        {(error ?? editing.error) && (
          <p className="modal-error" role="alert">
            {error ?? editing.error}
          </p>
        )}
        {query.data?.length === 0 && <p className="muted">Chưa ghi cuộc họp nào cho kế hoạch này.</p>}
        {meetings.map((m) => (
          <MeetingCard key={m.id} editing={editing} meeting={m} view={view} units={units} />
        ))}
        <section className="editor-section">
          <h3>Ghi cuộc họp mới</h3>
          <MeetingFieldsForm form={form} units={units} onChange={setForm} />
          <div className="button-row">
            <button
              type="button"
              className="button primary"
              data-testid="add-meeting"
              onClick={async () => {
                const checked = toMeetingFields(form);
                if (!checked.ok) return setError(checked.error);
                setError(null);
                const added = await editing.run(() =>
                  editing.client.addMeeting({ planId: view.plan.id, ...checked.fields }),
                );
                if (added) setForm(meetingFormOf(null));
              }}
            >
              Thêm cuộc họp
            </button>
          </div>
        </section>
      </UnsavedInputScope>
    </Modal>
  );
}
