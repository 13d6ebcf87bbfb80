import type { Migration } from './index';

/**
 * The register of outgoing documents (sổ đăng ký văn bản đi): each numbered document with its
 * type, number in that type's series of the year, date, subject and file. A number handed out is
 * never reused: (kind, year, seq) is unique. Not in the undo log: undoing a task edit must not
 * take back a number the clerk has already written on a signed paper.
 */
export const m005DocumentRegister: Migration = {
  version: 5,
  name: 'document-register',
  sql: `
CREATE TABLE document_register (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  year INTEGER NOT NULL,
  seq INTEGER NOT NULL CHECK (seq > 0),
  -- As printed after the number ("BC-TGV"), kept as issued even if the settings change later.
  symbol TEXT NOT NULL,
  issued_on TEXT NOT NULL,
  subject TEXT NOT NULL,
  file_name TEXT NOT NULL DEFAULT '',
  plan_id INTEGER REFERENCES plans(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  UNIQUE (kind, year, seq)
);
`,
};
