/**
 * A line of the register of outgoing documents as the user corrects it: number, date dd/mm/yyyy,
 * subject and file, checked into the API's edit with a Vietnamese message per field.
 */
import { formatDisplayDate, parseDisplayDate } from '../../../shared/dates/vietnamese-date';
import type { RegisterEntry, RegisterEntryEdit } from '../../../shared/documents/document-numbers';

export type EntryForm = { seq: string; date: string; subject: string; fileName: string };
export type EntryErrors = Partial<Record<keyof EntryForm, string>>;

export function toEntryForm(entry: RegisterEntry): EntryForm {
  return {
    seq: String(entry.seq),
    date: formatDisplayDate(entry.issuedOn),
    subject: entry.subject,
    fileName: entry.fileName,
  };
}

export function toEntryEdit(
  id: number,
  form: EntryForm,
): { ok: true; edit: RegisterEntryEdit } | { ok: false; errors: EntryErrors } {
  const errors: EntryErrors = {};
  const seq = Number(form.seq.trim());
  if (!/^\d{1,5}$/.test(form.seq.trim()) || seq < 1) errors.seq = 'Số là số nguyên dương.';
  const date = parseDisplayDate(form.date);
  if (date === null) errors.date = 'Ngày phải có dạng ngày/tháng/năm.';
  const subject = form.subject.trim();
  if (subject === '') errors.subject = 'Không được để trống trích yếu.';
  else if (subject.length > 500) errors.subject = 'Tối đa 500 ký tự.';
  if (form.fileName.trim().length > 260) errors.fileName = 'Tối đa 260 ký tự.';
  if (Object.keys(errors).length > 0 || date === null) return { ok: false, errors };
  return { ok: true, edit: { id, seq, issuedOn: date, subject, fileName: form.fileName.trim() } };
}

/** The years to choose from: those in the register and the current one, newest first. */
export function registerYears(entries: RegisterEntry[], current: number): number[] {
  return [...new Set([current, ...entries.map((e) => e.year)])].sort((a, b) => b - a);
}
