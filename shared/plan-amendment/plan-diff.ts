/**
 * A stored plan against a newer version of its document: which task of the plan each item of the
 * document is (so that its progress, meetings and links stay with it), which items are new, which
 * tasks the document no longer has, and what changed in each task kept. Pure: the preview shows it,
 * the services apply it, both from the same result.
 *
 * An item is the same task as a stored one when, in this order: the number and the title are the
 * same; the title is the same (renumbered) and no other task or item has it; the number is the same
 * and the title says mostly the same (re-worded); or the title says nearly the same under another
 * number. Titles are compared without case, spacing, punctuation or accents. A task under the same
 * number with a different title is a removed task and an added one.
 */
import { formatDisplayDate } from '../dates/vietnamese-date';
import type { ParsedItem, ParsedPlanDocument } from '../plan-document/parsed-plan';
import type { AmendableTask, AmendableUnit } from './amendable-plan';
import { pairDice, sameWording, titleTokens, tokenSimilarity } from './wording';

export const CHANGE_FIELDS = [
  'restored',
  'title',
  'deadline',
  'lead',
  'support',
  'deliverable',
  'wbs',
] as const;
export type ChangeField = (typeof CHANGE_FIELDS)[number];

/** One field of a kept task, as the plan wrote it and as the new version writes it (for people to read). */
export type TaskChange = { field: ChangeField; before: string | null; after: string | null };

export type MatchedTask = {
  taskId: number;
  /** The item's number in the new version, and the task's number before. */
  wbs: string;
  previousWbs: string;
  title: string;
  changes: TaskChange[];
};

export type AddedTask = { wbs: string; title: string; deadline: string | null; lead: string | null };
export type RemovedTask = { taskId: number; wbs: string; title: string };

export type PlanDiff = {
  /** Every item of the new version that is a task of the plan, in the document's order. */
  matched: MatchedTask[];
  added: AddedTask[];
  removed: RemovedTask[];
  /** Tasks added in the app (not from the document) that the new version does not have: kept as they are. */
  keptOwn: RemovedTask[];
  /**
   * Tasks of the document the new one does not mention, kept as they are: only when the new one
   * lists just what it amends (see DiffOptions.keepUnmentioned); otherwise they are `removed`.
   */
  unmentioned: RemovedTask[];
  /** Matched tasks with no change at all. */
  unchangedCount: number;
};

/** Above this, an item under the same number is the same task re-worded. */
const SAME_NUMBER_SIMILARITY = 0.5;
/** Above this, an item under another number is the same task moved (and perhaps re-worded). */
const MOVED_SIMILARITY = 0.72;

export function deadlineLabel(wording: string | null, date: string | null): string | null {
  const text = wording?.trim() ? wording.trim() : null;
  if (date === null) return text;
  const shown = formatDisplayDate(date);
  if (text === null) return `hạn ${shown}`;
  return text.includes(shown) ? text : `${text} (hạn ${shown})`;
}

const unitList = (units: readonly AmendableUnit[]): string | null =>
  units.length === 0 ? null : units.map((u) => u.name).join(', ');

const sameKeys = (a: readonly string[], b: readonly string[]): boolean => {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((k) => y.has(k));
};

function itemDeadline(item: ParsedItem): { wording: string | null; date: string | null } {
  const d = item.deadline;
  if (d === null) return { wording: null, date: null };
  return { wording: d.wording || null, date: d.ok ? d.deadline : null };
}

function changesOf(task: AmendableTask, item: ParsedItem, unitName: (key: string) => string): TaskChange[] {
  const changes: TaskChange[] = [];
  if (task.removed) changes.push({ field: 'restored', before: null, after: null });
  if (task.wbs !== item.wbs) changes.push({ field: 'wbs', before: task.wbs, after: item.wbs });
  if (!sameWording(task.title, item.title))
    changes.push({ field: 'title', before: task.title, after: item.title });
  const next = itemDeadline(item);
  const dateMoved = next.date !== null && next.date !== task.deadline;
  if (!sameWording(task.deadlineText, next.wording) || dateMoved) {
    changes.push({
      field: 'deadline',
      before: deadlineLabel(task.deadlineText, task.deadline),
      after: deadlineLabel(next.wording, next.date),
    });
  }
  const units = (keys: string[]) => unitList(keys.map((key) => ({ key, name: unitName(key) })));
  const leads = item.leadKeys;
  if (
    !sameKeys(
      task.leads.map((u) => u.key),
      leads,
    )
  )
    changes.push({ field: 'lead', before: unitList(task.leads), after: units(leads) });
  const supports = item.supportKeys;
  if (
    !sameKeys(
      task.supports.map((u) => u.key),
      supports,
    )
  )
    changes.push({ field: 'support', before: unitList(task.supports), after: units(supports) });
  if (!sameWording(task.deliverable, item.deliverable))
    changes.push({ field: 'deliverable', before: task.deliverable, after: item.deliverable });
  return changes;
}

/** Pairs stored tasks with the document's items; returns item wbs → task id. */
export function matchTasks(
  tasks: readonly AmendableTask[],
  items: readonly ParsedItem[],
): Map<string, number> {
  const pairs = new Map<string, number>();
  const taken = new Set<number>();
  // Each title is folded once: a plan of thousands of tasks is compared pair by pair below.
  const taskTokens = new Map(tasks.map((t) => [t.id, titleTokens(t.title)]));
  const itemTokens = new Map(items.map((i) => [i.wbs, titleTokens(i.title)]));
  const taskTitle = (id: number) => taskTokens.get(id)!.folded;
  const itemTitle = (wbs: string) => itemTokens.get(wbs)!.folded;
  const pair = (wbs: string, id: number) => {
    pairs.set(wbs, id);
    taken.add(id);
  };
  const openTasks = () => tasks.filter((t) => !taken.has(t.id));
  const openItems = () => items.filter((i) => !pairs.has(i.wbs));

  // 1. Same number, same title.
  const byWbs = new Map(tasks.map((t) => [t.wbs, t]));
  for (const item of items) {
    const task = byWbs.get(item.wbs);
    if (task && taskTitle(task.id) === itemTitle(item.wbs)) pair(item.wbs, task.id);
  }
  // 2. Same title, once on each side: renumbered.
  const count = <T>(list: readonly T[], key: (x: T) => string) => {
    const n = new Map<string, number>();
    for (const x of list) n.set(key(x), (n.get(key(x)) ?? 0) + 1);
    return n;
  };
  {
    const tasksLeft = openTasks();
    const itemsLeft = openItems();
    const taskCounts = count(tasksLeft, (t) => taskTitle(t.id));
    const itemCounts = count(itemsLeft, (i) => itemTitle(i.wbs));
    const taskByTitle = new Map(tasksLeft.map((t) => [taskTitle(t.id), t]));
    for (const item of itemsLeft) {
      const title = itemTitle(item.wbs);
      const task = taskByTitle.get(title);
      if (task && taskCounts.get(title) === 1 && itemCounts.get(title) === 1) pair(item.wbs, task.id);
    }
  }
  // 3. Same number, re-worded.
  for (const item of openItems()) {
    const task = byWbs.get(item.wbs);
    if (
      task &&
      !taken.has(task.id) &&
      tokenSimilarity(taskTokens.get(task.id)!, itemTokens.get(item.wbs)!) >= SAME_NUMBER_SIMILARITY
    )
      pair(item.wbs, task.id);
  }
  // 4. Another number, nearly the same title: the closest pairs first. Only tasks sharing enough
  // syllable pairs with an item can reach the threshold, so they are found through an index.
  const candidates: { wbs: string; id: number; score: number }[] = [];
  const remaining = openTasks();
  const index = new Map<string, { id: number; n: number }[]>();
  for (const task of remaining) {
    for (const [p, n] of count(taskTokens.get(task.id)!.pairs, (x) => x)) {
      const list = index.get(p);
      if (list) list.push({ id: task.id, n });
      else index.set(p, [{ id: task.id, n }]);
    }
  }
  const minPairDice = 2 * MOVED_SIMILARITY - 1;
  for (const item of openItems()) {
    const mine = itemTokens.get(item.wbs)!;
    const shared = new Map<number, number>();
    if (mine.pairs.length === 0) {
      for (const task of remaining) shared.set(task.id, 0);
    } else {
      for (const [p, n] of count(mine.pairs, (x) => x)) {
        for (const entry of index.get(p) ?? [])
          shared.set(entry.id, (shared.get(entry.id) ?? 0) + Math.min(n, entry.n));
      }
    }
    for (const [id, n] of shared) {
      const theirs = taskTokens.get(id)!;
      if (pairDice(n, mine, theirs) < minPairDice) continue;
      const score = tokenSimilarity(theirs, mine);
      if (score >= MOVED_SIMILARITY) candidates.push({ wbs: item.wbs, id, score });
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  for (const c of candidates) if (!pairs.has(c.wbs) && !taken.has(c.id)) pair(c.wbs, c.id);
  return pairs;
}

export type DiffOptions = {
  /**
   * The new document lists only the items it amends or adds ("sửa đổi mục 1.2 như sau…"), not the
   * whole plan: a task it does not mention stays as it is, instead of being dropped from the plan.
   */
  keepUnmentioned?: boolean;
};

export function diffPlan(
  tasks: readonly AmendableTask[],
  document: ParsedPlanDocument,
  options: DiffOptions = {},
): PlanDiff {
  // The tasks in force first; an item still unpaired may be a task an earlier version dropped,
  // found again by its title (its number then was "(1.3)"), and brought back with its history.
  const pairs = matchTasks(
    tasks.filter((t) => !t.removed),
    document.items,
  );
  const rest = document.items.filter((i) => !pairs.has(i.wbs));
  for (const [wbs, id] of matchTasks(
    tasks.filter((t) => t.removed),
    rest,
  ))
    pairs.set(wbs, id);
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const names = new Map(document.units.map((u) => [u.key, u.name]));
  for (const t of tasks)
    for (const u of [...t.leads, ...t.supports]) if (!names.has(u.key)) names.set(u.key, u.name);
  const unitName = (key: string) => names.get(key) ?? key;
  const matched: MatchedTask[] = [];
  const added: AddedTask[] = [];
  for (const item of document.items) {
    const id = pairs.get(item.wbs);
    if (id === undefined) {
      const d = itemDeadline(item);
      const leads = item.leadKeys;
      added.push({
        wbs: item.wbs,
        title: item.title,
        deadline: deadlineLabel(d.wording, d.date),
        lead: leads.length === 0 ? null : leads.map(unitName).join(', '),
      });
      continue;
    }
    const task = byId.get(id)!;
    matched.push({
      taskId: id,
      wbs: item.wbs,
      previousWbs: task.wbs,
      title: item.title,
      changes: changesOf(task, item, unitName),
    });
  }
  const kept = new Set(pairs.values());
  const unmatched = (fromDocument: boolean) =>
    tasks
      .filter((t) => !kept.has(t.id) && !t.removed && t.fromDocument === fromDocument)
      .map((t) => ({ taskId: t.id, wbs: t.wbs, title: t.title }));
  return {
    matched,
    added,
    removed: options.keepUnmentioned ? [] : unmatched(true),
    keptOwn: unmatched(false),
    unmentioned: options.keepUnmentioned ? unmatched(true) : [],
    unchangedCount: matched.filter((m) => m.changes.length === 0).length,
  };
}

/** Whether applying the new version would change anything at all. */
export function diffIsEmpty(diff: PlanDiff): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.unchangedCount === diff.matched.length;
}
