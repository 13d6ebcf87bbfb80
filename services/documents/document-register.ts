/**
 * The register of outgoing documents: proposes the next number of a type's series for the year,
 * records a number when a document is made with it, and lets the clerk correct a line. Any
 * generator that numbers a document goes through `reserveDocumentNumber`, so that two documents
 * never share a number and none is numbered as a type it is not.
 */
import { UserError } from '../../shared/api/user-error';
import { formatDisplayDate } from '../../shared/dates/vietnamese-date';
import type { IsoDate } from '../../shared/dates/iso-date';
import {
  DOCUMENT_KIND_LABELS,
  type DocumentKind,
  type ProposedNumber,
  type RegisterEntry,
  type RegisterEntryEdit,
  documentKindSchema,
  documentSymbol,
  formatDocumentNumber,
} from '../../shared/documents/document-numbers';
import type { Db } from '../storage/database';

type Row = {
  id: number;
  kind: string;
  year: number;
  seq: number;
  symbol: string;
  issued_on: string;
  subject: string;
  file_name: string;
  plan_id: number | null;
};

const toEntry = (row: Row): RegisterEntry => ({
  id: row.id,
  kind: documentKindSchema.parse(row.kind),
  year: row.year,
  seq: row.seq,
  numberText: `${formatDocumentNumber(row.seq)}/${row.symbol}`,
  symbol: row.symbol,
  issuedOn: row.issued_on,
  subject: row.subject,
  fileName: row.file_name,
  planId: row.plan_id,
});

const yearOf = (date: IsoDate): number => Number(date.slice(0, 4));

export type Reservation = {
  kind: DocumentKind;
  issuedOn: IsoDate;
  /** The issuing body's abbreviation from the report settings ("TGV"). */
  bodySymbol: string;
  subject: string;
  fileName?: string;
  planId?: number | null;
  /** A number the user chose; absent: the next free one. */
  seq?: number | null;
};

export function createDocumentRegister(db: Db) {
  const nextSeq = db.prepare(
    'SELECT COALESCE(MAX(seq), 0) + 1 FROM document_register WHERE kind = ? AND year = ?',
  );
  const holder = db.prepare(
    'SELECT * FROM document_register WHERE kind = ? AND year = ? AND seq = ? AND id IS NOT ?',
  );
  const insert = db.prepare(
    `INSERT INTO document_register (kind, year, seq, symbol, issued_on, subject, file_name, plan_id, created_at)
     VALUES (@kind, @year, @seq, @symbol, @issuedOn, @subject, @fileName, @planId, @createdAt) RETURNING *`,
  );
  const byId = db.prepare('SELECT * FROM document_register WHERE id = ?');

  const propose = (kind: DocumentKind, date: IsoDate, bodySymbol: string): ProposedNumber => {
    const year = yearOf(date);
    const seq = nextSeq.pluck().get(kind, year) as number;
    return {
      kind,
      year,
      seq,
      numberText: `${formatDocumentNumber(seq)}/${documentSymbol(kind, bodySymbol)}`,
    };
  };

  /** Refuses a number already in the register for the same type and year, naming the document that has it. */
  const assertFree = (kind: DocumentKind, year: number, seq: number, exceptId: number | null): void => {
    const taken = holder.get(kind, year, seq, exceptId) as Row | undefined;
    if (taken)
      throw new UserError(
        `Số ${formatDocumentNumber(seq)}/${taken.symbol} năm ${year} đã cấp cho ${DOCUMENT_KIND_LABELS[kind].toLowerCase()} ` +
          `“${taken.subject}” ngày ${formatDisplayDate(taken.issued_on)}. Hãy chọn số khác.`,
        'conflict',
      );
  };

  const reserve = db.transaction((request: Reservation, now: Date): RegisterEntry => {
    const year = yearOf(request.issuedOn);
    const seq = request.seq ?? (nextSeq.pluck().get(request.kind, year) as number);
    assertFree(request.kind, year, seq, null);
    const row = insert.get({
      kind: request.kind,
      year,
      seq,
      symbol: documentSymbol(request.kind, request.bodySymbol),
      issuedOn: request.issuedOn,
      subject: request.subject,
      fileName: request.fileName ?? '',
      planId: request.planId ?? null,
      createdAt: now.toISOString(),
    }) as Row;
    return toEntry(row);
  });

  const update = db.transaction((edit: RegisterEntryEdit): RegisterEntry => {
    const current = byId.get(edit.id) as Row | undefined;
    if (!current) throw new UserError(`Không có văn bản (mã ${edit.id}) trong sổ đăng ký.`, 'not-found');
    const kind = documentKindSchema.parse(current.kind);
    const year = yearOf(edit.issuedOn);
    assertFree(kind, year, edit.seq, edit.id);
    db.prepare(
      'UPDATE document_register SET seq = ?, year = ?, issued_on = ?, subject = ?, file_name = ? WHERE id = ?',
    ).run(edit.seq, year, edit.issuedOn, edit.subject, edit.fileName, edit.id);
    return toEntry(byId.get(edit.id) as Row);
  });

  return {
    /** The next free number of `kind` in the year of `date`. */
    propose,
    /**
     * Takes a number for a document being issued (the next free one, or `seq` if given and free)
     * and records it; returns the line with the text to print after "Số: ".
     */
    reserve: (request: Reservation, now: Date = new Date()): RegisterEntry => reserve(request, now),
    /** Checks, without recording, that a chosen number is free. */
    assertFree: (kind: DocumentKind, date: IsoDate, seq: number): void =>
      assertFree(kind, yearOf(date), seq, null),
    /** Newest first: by year, then date, then number. */
    list: (year: number | null = null): RegisterEntry[] =>
      (
        (year === null
          ? db.prepare('SELECT * FROM document_register ORDER BY year DESC, issued_on DESC, kind, seq DESC')
          : db
              .prepare(
                'SELECT * FROM document_register WHERE year = ? ORDER BY issued_on DESC, kind, seq DESC',
              )
              .bind(year)
        ).all() as Row[]
      ).map(toEntry),
    update,
    remove: (id: number): void => {
      const { changes } = db.prepare('DELETE FROM document_register WHERE id = ?').run(id);
      if (changes === 0) throw new UserError(`Không có văn bản (mã ${id}) trong sổ đăng ký.`, 'not-found');
    },
  };
}

export type DocumentRegister = ReturnType<typeof createDocumentRegister>;

/**
 * For other generators (Thông báo kết luận, Công văn đôn đốc): takes the next number of `kind` for
 * a document dated `issuedOn` and records it, returning "05/TB-TGV" to print after "Số: ".
 */
export function reserveDocumentNumber(db: Db, request: Reservation): RegisterEntry {
  return createDocumentRegister(db).reserve(request);
}
