/**
 * A cycle among task links, found without recursion: a chain of 6,000 links in a crafted file
 * overflowed the stack of the recursive search. Depth-first with an explicit stack; every node and
 * link is visited once.
 */
export function findCycle(edges: ReadonlyMap<string, readonly string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  for (const root of edges.keys()) {
    if (state.has(root)) continue;
    // The path from root to the current node, each with the index of its next link to follow.
    const path: string[] = [root];
    const nextLink: number[] = [0];
    const onPath = new Map<string, number>([[root, 0]]);
    state.set(root, 'open');
    while (path.length > 0) {
      const top = path.length - 1;
      const node = path[top]!;
      const links = edges.get(node) ?? [];
      const i = nextLink[top]!;
      if (i >= links.length) {
        state.set(node, 'done');
        onPath.delete(node);
        path.pop();
        nextLink.pop();
        continue;
      }
      nextLink[top] = i + 1;
      const next = links[i]!;
      const at = onPath.get(next);
      if (at !== undefined) return [...path.slice(at), next];
      if (state.get(next) === 'done') continue;
      state.set(next, 'open');
      onPath.set(next, path.length);
      path.push(next);
      nextLink.push(0);
    }
  }
  return null;
}
