/**
 * Replacing the live plan's content with another file's, inside the live file itself: one
 * BEGIN IMMEDIATE transaction on the live connection deletes every row and copies the candidate's
 * rows in. The file is never renamed, so every other process with it open (another window, the
 * command line, the browser bridge) goes on reading and writing the same file and sees the new
 * content; none can write into a deleted file. Other writers wait (busy_timeout) while it runs.
 */
import type { Db } from './database';

const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;

function userTables(db: Db, schema: 'main' | 'candidate'): string[] {
  return db
    .prepare(
      `SELECT name FROM ${schema}.sqlite_master
       WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
    )
    .pluck()
    .all() as string[];
}

function columnsOf(db: Db, table: string): string[] {
  return (db.prepare(`PRAGMA main.table_info(${ident(table)})`).all() as { name: string }[]).map(
    (c) => c.name,
  );
}

function hasTable(db: Db, schema: 'main' | 'candidate', table: string): boolean {
  return (
    db.prepare(`SELECT 1 FROM ${schema}.sqlite_master WHERE type = 'table' AND name = ?`).get(table) !==
    undefined
  );
}

/**
 * Copies `candidateFile` (same schema as the live file: checked and migrated beforehand) over the
 * live content. `whileLocked` runs first inside the transaction, when no other process can write:
 * the copy of the plan as it was is taken there, so it holds every edit acknowledged before.
 */
export function replaceContentInPlace(db: Db, candidateFile: string, whileLocked: () => void): void {
  db.prepare('ATTACH DATABASE ? AS candidate').run(candidateFile);
  try {
    const tables = userTables(db, 'main');
    const candidateTables = userTables(db, 'candidate');
    if (tables.join('\n') !== candidateTables.join('\n'))
      throw new Error('The candidate file does not have the live schema');
    db.transaction(() => {
      whileLocked();
      // Rows go in table by table; references are checked once, at commit.
      db.pragma('defer_foreign_keys = ON');
      // Undo triggers fire only while a step is being recorded: none is, and none comes with the file.
      if (tables.includes('undo_recording')) db.exec('DELETE FROM main.undo_recording');
      for (const table of tables) db.exec(`DELETE FROM main.${ident(table)}`);
      for (const table of tables) {
        const columns = columnsOf(db, table).map(ident).join(', ');
        db.exec(
          `INSERT INTO main.${ident(table)} (${columns}) SELECT ${columns} FROM candidate.${ident(table)}`,
        );
      }
      if (hasTable(db, 'main', 'sqlite_sequence')) {
        db.exec('DELETE FROM main.sqlite_sequence');
        if (hasTable(db, 'candidate', 'sqlite_sequence'))
          db.exec(
            'INSERT INTO main.sqlite_sequence (name, seq) SELECT name, seq FROM candidate.sqlite_sequence',
          );
      }
    })();
  } finally {
    db.exec('DETACH DATABASE candidate');
  }
}
