/**
 * The key that names a task in a returned form: the task's id and a check of two letters tied to
 * the request ("NV123-KQ"). Rows are found by it, never by their order; a key typed wrong or copied
 * from another unit's form fails the check instead of landing on some other task.
 */

const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/** FNV-1a over the request token and the task id: stable, no crypto needed in the window. */
function check(token: string, taskId: number): string {
  let hash = 0x811c9dc5;
  for (const ch of `${token}:${taskId}`) {
    hash ^= ch.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${LETTERS[hash % LETTERS.length]}${LETTERS[Math.floor(hash / LETTERS.length) % LETTERS.length]}`;
}

export function taskKey(token: string, taskId: number): string {
  return `NV${taskId}-${check(token, taskId)}`;
}

/** The task id a key names for this request; null for a key that is malformed or fails its check. */
export function taskIdOfKey(token: string, key: string): number | null {
  const m = /^\s*NV(\d{1,9})-([A-Z]{2})\s*$/i.exec(key);
  if (!m) return null;
  const id = Number(m[1]);
  return check(token, id) === m[2]!.toUpperCase() ? id : null;
}
