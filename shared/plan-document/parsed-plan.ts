import type { IsoDate } from '../dates/iso-date';
import type { DeadlineResult } from '../deadline/deadline-result';
import type { TaskKind } from '../model/schemas';
import type { NormalizedUnitName } from '../units/unit-name';

export type ParsedHeader = {
  code: string | null;
  documentType: string | null;
  title: string | null;
  place: string | null;
  issuedOn: IsoDate | null;
};

export type ParsedItem = {
  /** "1.1" as numbered in the document (prefixed by the section, "II.1.1", when several sections hold tasks). */
  wbs: string;
  parentWbs: string | null;
  title: string;
  kind: TaskKind;
  /** 1-based line of the item's heading in the source text. */
  line: number;
  /**
   * Unit keys (see unitKey), resolved against `units`. Every lead unit in the order written: the first is
   * the principal one, the others co-lead ("đồng chủ trì"); a lead is never also a support.
   */
  leadKeys: string[];
  supportKeys: string[];
  deadline: DeadlineResult | null;
  deliverable: string | null;
  notes: string | null;
};

export type ParsedWarning = {
  wbs: string | null;
  line: number;
  message: string;
  /** The fields of the item the problem is about, when it is about fields (so that fixing them clears it). */
  fields?: ('lead' | 'support' | 'deadline' | 'deliverable')[];
};

export type ParsedPlanDocument = {
  header: ParsedHeader;
  items: ParsedItem[];
  /** Every unit named, once each, in order of first appearance. */
  units: NormalizedUnitName[];
  warnings: ParsedWarning[];
};

export type ParseOutcome = { ok: true; document: ParsedPlanDocument } | { ok: false; message: string };
