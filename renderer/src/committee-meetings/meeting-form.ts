/** A meeting's fields as typed (dd/mm/yyyy, hh:mm) and their conversion to what the API accepts. */
import { formatDisplayDate, parseDisplayDate } from '../../../shared/dates/vietnamese-date';
import type { Meeting } from '../../../shared/editing/editing-schemas';

export type MeetingForm = {
  title: string;
  heldOn: string;
  startsAt: string;
  place: string;
  chair: string;
  participantUnitIds: number[];
};

export const meetingFormOf = (m: Meeting | null): MeetingForm => ({
  title: m?.title ?? '',
  heldOn: m ? formatDisplayDate(m.heldOn) : '',
  startsAt: m?.startsAt ?? '',
  place: m?.place ?? '',
  chair: m?.chair ?? '',
  participantUnitIds: m?.participantUnitIds ?? [],
});

export type MeetingFieldValues = {
  title: string;
  heldOn: string;
  startsAt: string | null;
  place: string | null;
  chair: string | null;
  participantUnitIds: number[];
};

const TIME = /^([01]?[0-9]|2[0-3])[:hg.]([0-5][0-9])$/i;

/** "14:00", "14h00", "8.30" → "14:00", "08:30"; null for empty; undefined when unreadable. */
export function readTime(text: string): string | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  const m = TIME.exec(t);
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : undefined;
}

export function toMeetingFields(
  form: MeetingForm,
): { ok: true; fields: MeetingFieldValues } | { ok: false; error: string } {
  if (form.title.trim() === '') return { ok: false, error: 'Chưa nhập tên cuộc họp.' };
  const heldOn = parseDisplayDate(form.heldOn);
  if (heldOn === null) return { ok: false, error: 'Ngày họp không hợp lệ: hãy ghi dạng dd/mm/yyyy.' };
  const startsAt = readTime(form.startsAt);
  if (startsAt === undefined)
    return { ok: false, error: 'Giờ họp không hợp lệ: hãy ghi dạng hh:mm, ví dụ 14:00.' };
  return {
    ok: true,
    fields: {
      title: form.title.trim(),
      heldOn,
      startsAt,
      place: form.place.trim() || null,
      chair: form.chair.trim() || null,
      participantUnitIds: form.participantUnitIds,
    },
  };
}
