/** What one unit's fill-in form holds, whichever format it is written in (Excel or Word). */
import type { IsoDate } from '../../shared/dates/iso-date';
import type { UnitRole } from '../../shared/model/schemas';

export type RequestFormRow = {
  key: string;
  wbs: string;
  title: string;
  role: UnitRole;
  deadlineText: string | null;
  deadline: IsoDate | null;
  lastPercent: number | null;
};

export type RequestForm = {
  token: string;
  planCode: string;
  planTitle: string;
  planIssuedOn: IsoDate | null;
  /** The short name, matched when the form comes back. */
  unitName: string;
  unitFullName: string;
  asOf: IsoDate;
  periodLabel: string;
  dueOn: IsoDate;
  rows: RequestFormRow[];
};
