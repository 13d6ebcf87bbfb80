/** What the parse worker and the process that started it say to each other (structured clone). */
import type { IsoDate } from '../../../shared/dates/iso-date';
import type { ParsedPlanFile } from '../common/parsed-file';

export type ParseRequest = { bytes: Uint8Array; fileName: string; today: IsoDate };

export type ParseReply =
  | { kind: 'done'; result: ParsedPlanFile }
  /** A refusal written for the user (a UserError), carried across as its message and code. */
  | { kind: 'refused'; message: string; code: 'invalid-input' | 'not-found' | 'conflict' }
  /** Anything else: a bug, reported as such by the caller. */
  | { kind: 'failed'; message: string; stack: string | undefined };
