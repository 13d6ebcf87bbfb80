/** One import is one transaction: a plan whose schedule cannot be stored leaves no trace at all. */
import { describe, expect, it } from 'vitest';
import { parsePlanDocument } from '../../shared/plan-document/parse-plan-document';
import { RICH_PLAN_TEXT, databaseWithPlan76, dumpDatabase } from './helpers/interop-fixtures';

function richDocument() {
  const outcome = parsePlanDocument(RICH_PLAN_TEXT);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.document;
}

describe('importing a plan with its schedule', () => {
  it.each([
    [
      'a start for an item the plan does not have',
      { starts: [{ wbs: '9.9', start: '2022-01-01' }] },
      'Không có mục 9.9',
    ],
    [
      'a link stored twice',
      {
        dependencies: [
          { predecessorWbs: '1.1', successorWbs: '1.2', lagDays: 0 },
          { predecessorWbs: '1.1', successorWbs: '1.2', lagDays: 3 },
        ],
      },
      'UNIQUE constraint failed',
    ],
    [
      'a progress above 100 %',
      {
        progress: [
          {
            wbs: '1.1',
            reportedOn: '2022-05-01',
            percent: 130,
            achieved: null,
            difficulties: null,
            enteredBy: null,
          },
        ],
      },
      'CHECK constraint failed',
    ],
  ])('rolls back the whole plan when the schedule has %s', (_case, part, message) => {
    const { db, repository } = databaseWithPlan76();
    const before = dumpDatabase(db);
    const schedule = { starts: [], dependencies: [], progress: [], ...part };
    expect(() =>
      repository.importDocumentWithSchedule(richDocument(), { name: 'x.xlsx', text: '' }, schedule),
    ).toThrow(message);
    expect(dumpDatabase(db)).toEqual(before);
  });
});
