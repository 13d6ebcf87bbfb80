/**
 * Forward-only schema migrations, numbered and recorded in `schema_migrations`.
 * A migration is never edited once released: a change to the schema is a new entry at the end.
 */
import { m001InitialSchema } from './001-initial-schema';
import { m002Editing } from './002-editing';
import { m003TaskUnitsByTask } from './003-task-units-by-task';
import { m007ProgressReportersAndReview } from './007-progress-reporters-and-review';

export type Migration = { version: number; name: string; sql: string };

export const MIGRATIONS: readonly Migration[] = [
  m001InitialSchema,
  m002Editing,
  m003TaskUnitsByTask,
  m007ProgressReportersAndReview,
];
