/**
 * Which plan each undo step of this computer's window belongs to, kept across restarts (localStorage),
 * so that undo never silently changes a plan that is not on screen. Steps made elsewhere (the command
 * line, another computer) are unknown and undone as they are.
 */
const KEY = 'ecourt-plan.v1.undoPlans';
const KEEP = 400;

type Entry = [step: number, planId: number];

function load(): Entry[] {
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(value)
      ? value.filter((e): e is Entry => Array.isArray(e) && e.length === 2 && e.every(Number.isInteger))
      : [];
  } catch {
    return [];
  }
}

export function planOfStep(step: number | null): number | undefined {
  if (step === null) return undefined;
  return load().find(([s]) => s === step)?.[1];
}

export function rememberStep(step: number | null, planId: number | undefined): void {
  if (step === null || planId === undefined) return;
  const entries = [...load().filter(([s]) => s !== step), [step, planId] as Entry].slice(-KEEP);
  try {
    window.localStorage.setItem(KEY, JSON.stringify(entries));
  } catch {
    // Storage full or disabled: undo then works as before, without the plan check.
  }
}

/** Said once by the window of the plan switched to for an undo. */
let pendingNotice: string | null = null;
export const setSwitchNotice = (text: string) => {
  pendingNotice = text;
};
export const peekSwitchNotice = (): string | null => pendingNotice;
export const clearSwitchNotice = (): void => {
  pendingNotice = null;
};
