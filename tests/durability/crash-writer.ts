/**
 * The writer the crash test kills: edits Kế hoạch 76 with our own openDatabase and repository, one
 * transaction per edit, and reports each edit on stdout only after its commit has returned.
 * Usage: crash-writer DB_FILE SEED EDITS ROUND
 */
import fs from 'node:fs';
import { openDatabase } from '../../services/storage/database';
import { createPlanRepository } from '../../services/storage/plan-repository';
import { seededRandom } from './seeded-random';

const [file, seedText, editsText, round] = process.argv.slice(2);
if (!file || !seedText || !editsText || !round) throw new Error('usage: crash-writer DB SEED EDITS ROUND');

const random = seededRandom(Number(seedText));
const db = openDatabase(file);
const repository = createPlanRepository(db);
const taskIds = db.prepare('SELECT id FROM tasks ORDER BY id').pluck().all() as number[];
if (taskIds.length === 0) throw new Error('no tasks');

/** Several updates that belong together: all of them land, or none. */
const addGroup = db.transaction((edit: number, parts: number) => {
  const ids: number[] = [];
  for (let part = 1; part <= parts; part++) {
    ids.push(
      repository.addProgressUpdate({
        taskId: taskIds[Math.floor(random() * taskIds.length)]!,
        reportedOn: '2021-07-20',
        percent: Math.floor(random() * 101),
        achieved: `r${round}-e${edit}-p${part}/${parts}`,
        difficulties:
          random() < 0.5
            ? null
            : 'Chưa bố trí được kinh phí; chờ ý kiến Lãnh đạo.'.repeat(1 + Math.floor(random() * 20)),
        enteredBy: 'Thư ký Tổ giúp việc',
      }).id,
    );
  }
  return ids;
});

for (let edit = 0; edit < Number(editsText); edit++) {
  const parts = random() < 0.7 ? 1 : 2 + Math.floor(random() * 4);
  const ids = addGroup(edit, parts);
  // Written straight to the pipe (no stream buffer): once the parent reads a line, the commit had returned.
  fs.writeSync(1, `${edit} ${ids.join(',')}\n`);
}
db.close();
fs.writeSync(1, 'done\n');
