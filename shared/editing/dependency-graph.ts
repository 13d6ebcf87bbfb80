/** Finish-to-start links between tasks: cycles are refused, and a move can carry its dependants along. */

export type Link = { predecessorId: number; successorId: number };

function successorsMap(links: readonly Link[]): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const l of links) {
    const list = map.get(l.predecessorId);
    if (list) list.push(l.successorId);
    else map.set(l.predecessorId, [l.successorId]);
  }
  return map;
}

/**
 * The cycle that adding `added` would close, as task ids from its predecessor round to it again
 * ([a, b, …, a]); null when the link is safe.
 */
export function cycleClosedBy(links: readonly Link[], added: Link): number[] | null {
  if (added.predecessorId === added.successorId) return [added.predecessorId, added.predecessorId];
  const next = successorsMap(links);
  // Breadth-first from the new successor: the shortest way back to the predecessor names the cycle.
  const cameFrom = new Map<number, number>([[added.successorId, added.successorId]]);
  const queue = [added.successorId];
  while (queue.length > 0) {
    const current = queue.shift()!;
    if (current === added.predecessorId) {
      const path = [current];
      let at = current;
      while (at !== added.successorId) {
        at = cameFrom.get(at)!;
        path.unshift(at);
      }
      return [added.predecessorId, ...path];
    }
    for (const s of next.get(current) ?? []) {
      if (!cameFrom.has(s)) {
        cameFrom.set(s, current);
        queue.push(s);
      }
    }
  }
  return null;
}

/** Every task that depends on `taskId`, directly or through others, nearest first. */
export function dependantsOf(links: readonly Link[], taskId: number): number[] {
  const next = successorsMap(links);
  const seen = new Set<number>([taskId]);
  const order: number[] = [];
  const queue = [taskId];
  while (queue.length > 0) {
    for (const s of next.get(queue.shift()!) ?? []) {
      if (!seen.has(s)) {
        seen.add(s);
        order.push(s);
        queue.push(s);
      }
    }
  }
  return order;
}
