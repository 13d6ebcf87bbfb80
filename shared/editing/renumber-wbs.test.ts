import { describe, expect, it } from 'vitest';
import { renumberWbs } from './renumber-wbs';

describe('renumberWbs', () => {
  it('numbers a tree in pre-order from sibling order, ignoring the old codes', () => {
    const numbering = renumberWbs([
      { id: 1, parentId: null, sortOrder: 1 },
      { id: 2, parentId: 1, sortOrder: 2 },
      { id: 3, parentId: 1, sortOrder: 1.5 },
      { id: 4, parentId: null, sortOrder: 0 },
      { id: 5, parentId: 3, sortOrder: 9 },
      { id: 6, parentId: 99, sortOrder: 10 },
    ]);
    expect(Object.fromEntries([...numbering].map(([id, n]) => [id, `${n.wbs}@${n.sortOrder}`]))).toEqual({
      4: '1@1',
      1: '2@2',
      3: '2.1@3',
      5: '2.1.1@4',
      2: '2.2@5',
      6: '3@6',
    });
  });

  it('survives a cycle in parent links without looping', () => {
    const n = renumberWbs([
      { id: 1, parentId: 2, sortOrder: 1 },
      { id: 2, parentId: 1, sortOrder: 2 },
    ]);
    expect(n.size).toBe(0);
  });
});
