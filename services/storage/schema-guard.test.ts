/**
 * The schema as all migrations leave it, kept as a reviewed file (schema.snapshot.sql): a migration
 * that changes it fails here until the snapshot is updated (`npx vitest run -u
 * services/storage/schema-guard.test.ts`) and the diff is read in review. Every table must also be
 * classified for undo, so that a new table cannot escape it silently. In the spirit of
 * actualbudget/actual's schema-guard.
 */
import { describe, expect, it } from 'vitest';
import { NOT_UNDOABLE_TABLES, UNDOABLE_TABLES } from '../editing/undo-log';
import { openDatabase } from './database';

function schemaObjects() {
  const db = openDatabase(':memory:');
  try {
    return db
      .prepare(
        `SELECT type, name, tbl_name AS tableName, sql FROM sqlite_master
          WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name`,
      )
      .all() as { type: string; name: string; tableName: string; sql: string | null }[];
  } finally {
    db.close();
  }
}

describe('schema guard', () => {
  it('matches the reviewed snapshot of every table, index and trigger', async () => {
    const text = schemaObjects()
      .filter((o) => o.sql !== null)
      .map((o) => `-- ${o.type} ${o.name}\n${o.sql!.replace(/[ \t]+\n/g, '\n').trim()};\n`)
      .join('\n');
    await expect(text).toMatchFileSnapshot('./schema.snapshot.sql');
  });

  it('classifies every table as undoable or not, never both', () => {
    const tables = schemaObjects()
      .filter((o) => o.type === 'table')
      .map((o) => o.name)
      .sort();
    const undoable = new Set<string>(UNDOABLE_TABLES);
    const notUndoable = new Set(Object.keys(NOT_UNDOABLE_TABLES));
    const unclassified = tables.filter((t) => !undoable.has(t) && !notUndoable.has(t));
    expect(
      unclassified,
      'add each to UNDOABLE_TABLES or NOT_UNDOABLE_TABLES (services/editing/undo-log.ts)',
    ).toEqual([]);
    expect([...undoable].filter((t) => notUndoable.has(t))).toEqual([]);
    expect(
      [...undoable, ...notUndoable].filter((t) => !tables.includes(t)),
      'listed but not in the schema',
    ).toEqual([]);
  });
});
