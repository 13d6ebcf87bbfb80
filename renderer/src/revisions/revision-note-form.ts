/** The "why" of a change of dates as typed: reason, decision reference, conclusion, day decided. */
import type { IsoDate } from '../../../shared/dates/iso-date';
import { formatDisplayDate, parseDisplayDate } from '../../../shared/dates/vietnamese-date';
import type { RevisionNote } from '../../../shared/revisions/revision-schema';

export type RevisionNoteForm = {
  reason: string;
  decisionRef: string;
  /** A meeting conclusion's id as a select value; '' for none. */
  meetingItemId: string;
  /** dd/mm/yyyy */
  decidedOn: string;
};

export const emptyNoteForm = (today: IsoDate): RevisionNoteForm => ({
  reason: '',
  decisionRef: '',
  meetingItemId: '',
  decidedOn: formatDisplayDate(today),
});

/** "Bỏ qua" sends no reason: the services record a quick correction. */
export function toRevisionNote(
  form: RevisionNoteForm,
  skip: boolean,
): { ok: true; note: RevisionNote } | { ok: false; error: string } {
  const decidedOn = parseDisplayDate(form.decidedOn);
  if (decidedOn === null)
    return { ok: false, error: 'Ngày quyết định không hợp lệ: hãy ghi dạng dd/mm/yyyy.' };
  if (skip) return { ok: true, note: { decidedOn, reason: null, decisionRef: null, meetingItemId: null } };
  const reason = form.reason.trim();
  const decisionRef = form.decisionRef.trim();
  const meetingItemId = form.meetingItemId === '' ? null : Number(form.meetingItemId);
  if (reason === '' && decisionRef === '' && meetingItemId === null)
    return {
      ok: false,
      error: 'Hãy ghi lý do điều chỉnh hoặc căn cứ quyết định (hoặc chọn “Bỏ qua” nếu chỉ sửa nhanh).',
    };
  return {
    ok: true,
    note: { decidedOn, reason: reason || null, decisionRef: decisionRef || null, meetingItemId },
  };
}
