/** An in-memory database built by the real migrations, for tests. */
import { openDatabase, type Db } from '../storage/database';
import { createPlanRepository, type PlanRepository } from '../storage/plan-repository';

export function createTestDatabase(): { db: Db; repository: PlanRepository } {
  const db = openDatabase(':memory:');
  return { db, repository: createPlanRepository(db) };
}
