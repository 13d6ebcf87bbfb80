/** How many tasks are in each status: the figures a steering-committee meeting asks for first. */
import type { TaskView } from '../../../shared/plan-view/plan-view-schema';
import { TASK_STATUSES, type TaskStatus } from '../../../shared/status/task-status';

export function countByStatus(tasks: readonly TaskView[]): Record<TaskStatus, number> {
  const counts = Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as Record<TaskStatus, number>;
  // Groups repeat their children's status; counting them would count the same work twice.
  for (const task of tasks) if (task.childIds.length === 0) counts[task.status] += 1;
  return counts;
}
