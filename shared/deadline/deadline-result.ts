import type { IsoDate } from '../dates/iso-date';
import type { DeadlinePrecision, Recurrence } from '../model/schemas';

/** What the deadline wording ("Thời gian hoàn thành") was understood to mean. */
export type DeadlineUnderstood = {
  ok: true;
  /** The wording exactly as written (after Unicode NFC normalisation and trimming). */
  wording: string;
  /** Last allowed day; null for a recurring duty, or a relative deadline with no anchor date. */
  deadline: IsoDate | null;
  precision: DeadlinePrecision | null;
  /** Set for duties that come back ("hằng năm", "định kỳ 06 tháng/lần", "hằng tháng"). */
  recurrence: Recurrence | null;
  /** Set for "trong vòng 30 ngày kể từ ngày ký": counted from the anchor date. */
  relative: { days: number; anchor: 'signing' } | null;
  /** First day of a range ("Tháng 3 - tháng 6/2024" → 2024-03-01); absent for a single period. */
  start?: IsoDate;
  /** A continuous duty ("Thường xuyên"): understood, with no last day and no period. */
  ongoing?: true;
};

export type DeadlineNotUnderstood = {
  ok: false;
  wording: string;
  /** impossible-date: "31 tháng 2"; unrecognised: wording the parser does not know; empty: nothing written. */
  reason: 'impossible-date' | 'unrecognised' | 'empty';
  /** A clear Vietnamese sentence for the user. */
  message: string;
};

export type DeadlineResult = DeadlineUnderstood | DeadlineNotUnderstood;

export type DeadlineContext = {
  /** The date the document was signed: anchor for "kể từ ngày ký". */
  signedOn?: IsoDate | null;
};
