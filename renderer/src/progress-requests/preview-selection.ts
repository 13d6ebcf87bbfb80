/**
 * Which rows of a returned-forms preview are ticked: at first the rows without any problem; the
 * user may tick a row with only warnings, never one with an error.
 */
import type { PreviewFile, TrackedRequest } from '../../../shared/progress-requests/request-schemas';

/** "sha256 key" → ticked. */
export type Selection = ReadonlySet<string>;

export const rowId = (file: PreviewFile, key: string) => `${file.sha256} ${key}`;

export function initialSelection(files: readonly PreviewFile[]): Selection {
  return new Set(files.flatMap((f) => f.rows.filter((r) => r.suggested).map((r) => rowId(f, r.key))));
}

export function allAcceptable(files: readonly PreviewFile[]): Selection {
  return new Set(files.flatMap((f) => f.rows.filter((r) => r.acceptable).map((r) => rowId(f, r.key))));
}

export function toggle(selection: Selection, id: string, on: boolean): Selection {
  const next = new Set(selection);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

export function acceptedRows(files: readonly PreviewFile[], selection: Selection) {
  return files.flatMap((f) =>
    f.rows
      .filter((r) => r.acceptable && selection.has(rowId(f, r.key)))
      .map((r) => ({ sha256: f.sha256, key: r.key })),
  );
}

/** "Đã trả lời 12/07/2021", "Chưa trả lời — quá hạn" … for the tracker. */
export function trackerStatus(request: TrackedRequest): { label: string; tone: 'ok' | 'late' | 'waiting' } {
  if (request.repliedOn !== null)
    return request.late
      ? { label: 'Trả lời muộn', tone: 'late' }
      : { label: 'Đã trả lời đúng hạn', tone: 'ok' };
  return request.late
    ? { label: 'Chưa trả lời — quá hạn', tone: 'late' }
    : { label: 'Chưa đến hạn', tone: 'waiting' };
}
