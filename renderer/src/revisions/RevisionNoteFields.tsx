/** The fields that say why dates change: reason, the conclusion or document that decided it, and when. */
import type { ApiClient } from '../../../shared/api/api-client';
import { formatDisplayDate } from '../../../shared/dates/vietnamese-date';
import { useApiQuery } from '../api/useApiQuery';
import { Field } from '../ui/Field';
import type { RevisionNoteForm } from './revision-note-form';

type Props = {
  client: ApiClient;
  planId: number;
  form: RevisionNoteForm;
  onChange: (form: RevisionNoteForm) => void;
};

export function RevisionNoteFields({ client, planId, form, onChange }: Props) {
  const meetings = useApiQuery(client, 'listMeetings', { planId }).data ?? [];
  const conclusions = meetings.flatMap((m) =>
    m.items.filter((i) => i.kind === 'conclusion').map((i) => ({ item: i, meeting: m })),
  );
  return (
    <div className="revision-note" data-testid="revision-note">
      <Field label="Lý do điều chỉnh">
        <textarea
          data-testid="revision-reason"
          rows={2}
          value={form.reason}
          placeholder="Ví dụ: Ban Chỉ đạo đồng ý lùi thời hạn để chờ ý kiến các bộ, ngành"
          onChange={(e) => onChange({ ...form, reason: e.target.value })}
        />
      </Field>
      <div className="editor-row">
        <Field label="Căn cứ (văn bản)" hint="Ví dụ: Thông báo kết luận số 12/TB-BCĐ ngày 05/8/2021">
          <input
            data-testid="revision-ref"
            value={form.decisionRef}
            onChange={(e) => onChange({ ...form, decisionRef: e.target.value })}
          />
        </Field>
        <Field label="Ngày quyết định" hint="dd/mm/yyyy">
          <input
            data-testid="revision-decided-on"
            value={form.decidedOn}
            onChange={(e) => onChange({ ...form, decidedOn: e.target.value })}
          />
        </Field>
      </div>
      {conclusions.length > 0 && (
        <Field label="Theo kết luận cuộc họp">
          <select
            data-testid="revision-conclusion"
            value={form.meetingItemId}
            onChange={(e) => onChange({ ...form, meetingItemId: e.target.value })}
          >
            <option value="">— Không —</option>
            {conclusions.map(({ item, meeting }) => (
              <option key={item.id} value={item.id}>
                {formatDisplayDate(meeting.heldOn)} · {item.text}
              </option>
            ))}
          </select>
        </Field>
      )}
    </div>
  );
}
