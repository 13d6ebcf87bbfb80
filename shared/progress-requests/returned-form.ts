/**
 * A returned form as read from its file, before it is checked against the data: what the unit
 * wrote, cell by cell, with a Vietnamese reason wherever a cell could not be read as its kind.
 */
import type { IsoDate } from '../dates/iso-date';

/** A cell read as a value of its kind; `problem` names the cell when what is written is not one. */
export type ReadValue<T> = { value: T | null; problem: string | null };

export type ReturnedFormRow = {
  /** "dòng 12" (Excel) or "hàng 3 của bảng" (Word): where to look in the file. */
  place: string;
  key: string;
  /** As the form showed them: used to name a row whose key is unknown. */
  wbs: string;
  title: string;
  reportedOn: ReadValue<IsoDate>;
  percent: ReadValue<number>;
  completedOn: ReadValue<IsoDate>;
  achieved: string;
  difficulties: string;
  proposals: string;
};

export type ReturnedFormIdentity = {
  requestToken: string | null;
  planCode: string | null;
  unitName: string | null;
};

export type ReturnedForm =
  | {
      kind: 'form';
      fileName: string;
      sha256: string;
      identity: ReturnedFormIdentity;
      rows: ReturnedFormRow[];
    }
  /** Not readable as a form at all: the reason, in Vietnamese. */
  | { kind: 'refused'; fileName: string; sha256: string; reason: string };

/** Whether the unit wrote anything in the row's cells to fill. */
export function isFilled(row: ReturnedFormRow): boolean {
  const written = (v: ReadValue<unknown>) => v.value !== null || v.problem !== null;
  return (
    written(row.reportedOn) ||
    written(row.percent) ||
    written(row.completedOn) ||
    row.achieved !== '' ||
    row.difficulties !== '' ||
    row.proposals !== ''
  );
}
