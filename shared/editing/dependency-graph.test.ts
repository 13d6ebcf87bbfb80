import { describe, expect, it } from 'vitest';
import { cycleClosedBy, dependantsOf } from './dependency-graph';

describe('dependency graph', () => {
  const links = [
    { predecessorId: 1, successorId: 2 },
    { predecessorId: 2, successorId: 3 },
    { predecessorId: 3, successorId: 4 },
  ];
  it('names the cycle a new link would close', () => {
    expect(cycleClosedBy(links, { predecessorId: 4, successorId: 2 })).toEqual([4, 2, 3, 4]);
    expect(cycleClosedBy(links, { predecessorId: 1, successorId: 4 })).toBeNull();
    expect(cycleClosedBy(links, { predecessorId: 5, successorId: 5 })).toEqual([5, 5]);
  });
  it('lists dependants nearest first', () => {
    expect(dependantsOf(links, 2)).toEqual([3, 4]);
    expect(dependantsOf(links, 4)).toEqual([]);
  });
});
