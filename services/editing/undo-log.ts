/**
 * Undo and redo as in https://www.sqlite.org/undoredo.html: triggers on every edited table write
 * the inverse SQL of each change into `undo_log` while a step is being recorded. The log is in the
 * database file, so undo works across a restart. Imports and restores are not recorded.
 */
import { UserError } from '../../shared/api/user-error';
import type { Db } from '../storage/database';

/**
 * Every table an edit may write: undo covers exactly these. Every table of the schema is either
 * here or in NOT_UNDOABLE_TABLES with the reason (services/storage/schema-guard.test.ts checks it),
 * so a table added by a migration cannot escape undo silently.
 */
export const UNDOABLE_TABLES = [
  'plans',
  'units',
  'tasks',
  'task_units',
  'dependencies',
  'progress_updates',
  'occurrence_completions',
  'meetings',
  'meeting_items',
  'progress_requests',
  'progress_request_tasks',
  'progress_returns',
  'task_revisions',
  'meeting_postponements',
  'meeting_participants',
  'review_dismissals',
  // Applying a newer version of a plan is one undoable step: the amendment and its changes go with it.
  'plan_amendments',
  'task_amendment_changes',
] as const;

/** The tables undo leaves alone, each with why. */
export const NOT_UNDOABLE_TABLES: Readonly<Record<string, string>> = {
  schema_migrations: 'the schema version, written by migrations only',
  app_settings: 'settings (letterhead, first-start flags): saved at once, not a plan edit',
  import_warnings: 'notes of an import, which is not undoable as a whole',
  document_register:
    'numbers given to documents: undoing a task edit must not take back a number already on a signed paper',
  undo_steps: 'the undo log itself',
  undo_log: 'the undo log itself',
  undo_recording: 'the undo log itself',
};

/** Older steps are forgotten beyond this: the log must not grow without bound over years of use. */
const MAX_UNDO_STEPS = 200;

type ColumnInfo = { name: string; type: string; pk: number };

const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/**
 * The three triggers of one table, generated from its columns as they are now: re-created at every
 * start, a migration that adds a column cannot leave undo writing incomplete rows.
 */
function triggersFor(db: Db, table: string): string[] {
  const columns = db.prepare(`PRAGMA table_info(${ident(table)})`).all() as ColumnInfo[];
  const pks = columns.filter((c) => c.pk > 0);
  // An INTEGER PRIMARY KEY is the rowid itself; other tables keep their hidden rowid, restored as it was.
  const rowidAlias = pks.length === 1 && pks[0]!.type.toUpperCase() === 'INTEGER' ? pks[0]!.name : null;
  const key = rowidAlias ? ident(rowidAlias) : 'rowid';
  const names = columns.map((c) => c.name);
  const insertColumns = rowidAlias ? names.map(ident) : ['rowid', ...names.map(ident)];
  const oldValues = (rowidAlias ? names : ['rowid', ...names])
    .map((n) => `quote(OLD.${n === 'rowid' ? 'rowid' : ident(n)})`)
    .join(` || ',' || `);
  const setOld = names.map((n) => `'${ident(n)}=' || quote(OLD.${ident(n)})`).join(` || ',' || `);
  const changed = names.map((n) => `OLD.${ident(n)} IS NOT NEW.${ident(n)}`).join(' OR ');
  const log = (sql: string) => `INSERT INTO undo_log (step, sql) SELECT step, ${sql} FROM undo_recording;`;
  const t = ident(table);
  const when = 'WHEN EXISTS (SELECT 1 FROM undo_recording)';
  return [
    `CREATE TEMP TRIGGER "undo_${table}_insert" AFTER INSERT ON ${t} ${when} BEGIN
       ${log(`'DELETE FROM ${t} WHERE ${key}=' || NEW.${key}`)} END`,
    `CREATE TEMP TRIGGER "undo_${table}_update" AFTER UPDATE ON ${t} ${when} AND (${changed}) BEGIN
       ${log(`'UPDATE ${t} SET ' || ${setOld} || ' WHERE ${key}=' || OLD.${key}`)} END`,
    `CREATE TEMP TRIGGER "undo_${table}_delete" AFTER DELETE ON ${t} ${when} BEGIN
       ${log(`'INSERT INTO ${t} (${insertColumns.join(',')}) VALUES (' || ${oldValues} || ')'`)} END`,
  ];
}

/**
 * (Re)creates the triggers from the current columns of every undoable table. Writes no rows.
 * TEMP: they live with the connection, never in the file, so backups and plan files keep exactly the
 * migrations' schema (which restore and "Mở tệp kế hoạch" check) and a file cannot bring its own triggers.
 */
export function installUndoTriggers(db: Db): void {
  db.transaction(() => {
    for (const table of UNDOABLE_TABLES) {
      for (const kind of ['insert', 'update', 'delete']) {
        // main: left in files written before the triggers became TEMP.
        db.exec(`DROP TRIGGER IF EXISTS main."undo_${table}_${kind}"`);
        db.exec(`DROP TRIGGER IF EXISTS temp."undo_${table}_${kind}"`);
      }
      for (const sql of triggersFor(db, table)) db.exec(sql);
    }
  })();
}

export type UndoState = {
  canUndo: boolean;
  undoLabel: string | null;
  canRedo: boolean;
  redoLabel: string | null;
  undoStep: number | null;
  redoStep: number | null;
};

export type UndoLog = {
  /** Runs `edit` in one transaction recorded as one undo step named `label`; a new edit forgets the redo stack. */
  record<T>(label: string, edit: () => T): T;
  undo(): UndoState;
  redo(): UndoState;
  state(): UndoState;
  /** Forgets both stacks (after an import or restore made the recorded inverses meaningless). */
  clear(): void;
};

export function createUndoLog(db: Db, now: () => Date = () => new Date()): UndoLog {
  installUndoTriggers(db);
  const nextStep = db.prepare('SELECT COALESCE(MAX(step), 0) + 1 FROM undo_steps').pluck();
  const insertStep = db.prepare(
    'INSERT INTO undo_steps (step, stack, label, created_at) VALUES (?, ?, ?, ?)',
  );
  const startRecording = db.prepare('INSERT INTO undo_recording (id, step) VALUES (1, ?)');
  const stopRecording = db.prepare('DELETE FROM undo_recording');
  const countLog = db.prepare('SELECT COUNT(*) FROM undo_log WHERE step = ?').pluck();
  const deleteStep = db.prepare('DELETE FROM undo_steps WHERE step = ?');
  const clearStack = db.prepare('DELETE FROM undo_steps WHERE stack = ?');
  const topOf = db.prepare('SELECT step, label FROM undo_steps WHERE stack = ? ORDER BY step DESC LIMIT 1');
  const inverseOf = db.prepare('SELECT sql FROM undo_log WHERE step = ? ORDER BY seq DESC').pluck();
  const trim = db.prepare(
    `DELETE FROM undo_steps WHERE stack = 'undo' AND step NOT IN (
       SELECT step FROM undo_steps WHERE stack = 'undo' ORDER BY step DESC LIMIT ${MAX_UNDO_STEPS})`,
  );

  const withRecording = <T>(stack: 'undo' | 'redo', label: string, run: () => T): T => {
    const step = nextStep.get() as number;
    insertStep.run(step, stack, label, now().toISOString());
    startRecording.run(step);
    try {
      return run();
    } finally {
      stopRecording.run();
      // An edit that changed nothing is not a step the user could undo.
      if ((countLog.get(step) as number) === 0) deleteStep.run(step);
    }
  };

  const state = (): UndoState => {
    const undo = topOf.get('undo') as { step: number; label: string } | undefined;
    const redo = topOf.get('redo') as { step: number; label: string } | undefined;
    return {
      canUndo: undo !== undefined,
      undoLabel: undo?.label ?? null,
      canRedo: redo !== undefined,
      redoLabel: redo?.label ?? null,
      undoStep: undo?.step ?? null,
      redoStep: redo?.step ?? null,
    };
  };

  const replay = (from: 'undo' | 'redo'): UndoState => {
    const to = from === 'undo' ? 'redo' : 'undo';
    db.transaction(() => {
      const top = topOf.get(from) as { step: number; label: string } | undefined;
      if (!top) {
        throw new UserError(
          from === 'undo' ? 'Không còn thao tác nào để hoàn tác.' : 'Không còn thao tác nào để làm lại.',
          'conflict',
        );
      }
      // Rows come back in reverse order: a child may be restored before its parent within the step.
      db.pragma('defer_foreign_keys = ON');
      const statements = inverseOf.all(top.step) as string[];
      withRecording(to, top.label, () => {
        for (const sql of statements) db.exec(sql);
      });
      deleteStep.run(top.step);
    })();
    return state();
  };

  const guardedReplay = (from: 'undo' | 'redo'): UndoState => {
    try {
      return replay(from);
    } catch (error) {
      if (error instanceof UserError) throw error;
      // The data moved under the log (an import replaced a plan): the inverses no longer apply.
      clearBoth();
      throw new UserError(
        'Không thể hoàn tác/làm lại vì dữ liệu đã được thay đổi bởi việc nhập hoặc khôi phục; lịch sử hoàn tác đã được xóa.',
        'conflict',
      );
    }
  };

  const clearBoth = db.transaction(() => {
    clearStack.run('undo');
    clearStack.run('redo');
  });

  return {
    record: <T>(label: string, edit: () => T): T =>
      db.transaction(() => {
        const result = withRecording('undo', label, edit);
        clearStack.run('redo');
        trim.run();
        return result;
      })(),
    undo: () => guardedReplay('undo'),
    redo: () => guardedReplay('redo'),
    state,
    clear: () => clearBoth(),
  };
}
