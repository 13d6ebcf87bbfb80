/**
 * Work-breakdown codes follow the tree: the n-th child of "1.2" is "1.2.n". After any structural
 * edit the whole plan is renumbered from its order, so codes stay consecutive and unique.
 */

export type TreeNode = {
  id: number;
  parentId: number | null;
  /** Position among siblings; fractions are allowed to place a node between two others. */
  sortOrder: number;
};

export type Numbering = { wbs: string; sortOrder: number };

/**
 * Numbers a forest in pre-order: siblings by sortOrder (then id), sortOrder 1…n over the whole plan.
 * A node whose parent is not in the list is treated as a top-level item, never dropped.
 */
export function renumberWbs(nodes: readonly TreeNode[]): Map<number, Numbering> {
  const ids = new Set(nodes.map((n) => n.id));
  const children = new Map<number | null, TreeNode[]>();
  for (const node of nodes) {
    const parent = node.parentId !== null && ids.has(node.parentId) ? node.parentId : null;
    const list = children.get(parent);
    if (list) list.push(node);
    else children.set(parent, [node]);
  }
  for (const list of children.values()) list.sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);

  const result = new Map<number, Numbering>();
  let order = 0;
  // Iterative, so a deep plan cannot overflow the stack.
  const stack: { node: TreeNode; prefix: string; index: number }[] = [];
  const pushChildren = (parent: number | null, prefix: string) => {
    const list = children.get(parent) ?? [];
    for (let i = list.length - 1; i >= 0; i--) stack.push({ node: list[i]!, prefix, index: i + 1 });
  };
  pushChildren(null, '');
  while (stack.length > 0) {
    const { node, prefix, index } = stack.pop()!;
    if (result.has(node.id)) continue; // a cycle in parent links cannot loop forever
    const wbs = prefix === '' ? String(index) : `${prefix}.${index}`;
    result.set(node.id, { wbs, sortOrder: ++order });
    pushChildren(node.id, wbs);
  }
  return result;
}

/** The ids of a node and everything under it. */
export function subtreeIds(nodes: readonly TreeNode[], rootId: number): Set<number> {
  const byParent = new Map<number, number[]>();
  for (const n of nodes) {
    if (n.parentId === null) continue;
    const list = byParent.get(n.parentId);
    if (list) list.push(n.id);
    else byParent.set(n.parentId, [n.id]);
  }
  const found = new Set<number>([rootId]);
  const queue = [rootId];
  while (queue.length > 0) {
    for (const child of byParent.get(queue.pop()!) ?? []) {
      if (!found.has(child)) {
        found.add(child);
        queue.push(child);
      }
    }
  }
  return found;
}
