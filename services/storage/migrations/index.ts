/**
 * Forward-only schema migrations, numbered and recorded in `schema_migrations`.
 * A migration is never edited once released: a change to the schema is a new entry at the end.
 */
import { m001InitialSchema } from './001-initial-schema';
import { m002Editing } from './002-editing';
import { m003TaskUnitsByTask } from './003-task-units-by-task';
import { m005DocumentRegister } from './005-document-register';
import { m006ProgressRequests } from './006-progress-requests';

export type Migration = { version: number; name: string; sql: string };

export const MIGRATIONS: readonly Migration[] = [
  m001InitialSchema,
  m002Editing,
  m003TaskUnitsByTask,
  m005DocumentRegister,
  m006ProgressRequests,
];
