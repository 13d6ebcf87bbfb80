/**
 * Every edit from the window goes through here: the call, then every query read again (the undo
 * state and the plan among them); a refusal is kept as the message to show. Ctrl+Z / Ctrl+Y (and
 * Ctrl+Shift+Z) undo and redo, as do Electron's menu items Hoàn tác and Làm lại.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../../../shared/api/api-client';
import type { ApiOutput } from '../../../shared/api/contract';
import { invalidateQueries, useApiQuery } from '../api/useApiQuery';
import { errorMessage } from '../ui/error-message';
import { planOfStep, rememberStep } from './undo-plans';

export type UndoState = ApiOutput<'getUndoState'>;

export type Editing = {
  client: ApiClient;
  undoState: UndoState;
  /** The last refusal or failure, in Vietnamese; cleared by the next successful edit. */
  error: string | null;
  clearError: () => void;
  /** Runs an edit; resolves to its result, or null when it was refused (the message is in `error`). */
  run: <T>(edit: () => Promise<T>) => Promise<T | null>;
  undo: () => void;
  redo: () => void;
  /** The plan the next undo / redo would change, when it is not the one on screen. */
  undoElsewhere: string | null;
  redoElsewhere: string | null;
};

const NOTHING: UndoState = {
  canUndo: false,
  undoLabel: null,
  canRedo: false,
  redoLabel: null,
  undoStep: null,
  redoStep: null,
};

/** The plan on screen, and how to go to another one when the step to undo belongs to it. */
export type UndoScope = {
  planId: number;
  planName: (planId: number) => string | undefined;
  switchTo: (planId: number, notice: string) => void;
};

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

export function useEditing(client: ApiClient, scope: UndoScope): Editing {
  const undoState = useApiQuery(client, 'getUndoState', {}).data ?? NOTHING;
  const [error, setError] = useState<string | null>(null);

  const run = useCallback(async <T>(edit: () => Promise<T>): Promise<T | null> => {
    try {
      const result = await edit();
      setError(null);
      return result;
    } catch (failure) {
      setError(errorMessage(failure));
      return null;
    } finally {
      // The one invalidation step: every view, the undo state included, is read again.
      invalidateQueries();
    }
  }, []);

  const scopeRef = useRef(scope);
  useEffect(() => {
    scopeRef.current = scope;
  });

  /** An edit of the plan on screen: its undo step is remembered as this plan's. */
  const edit = useCallback(
    async <T>(change: () => Promise<T>): Promise<T | null> => {
      const result = await run(change);
      if (result !== null) {
        const state = await client.getUndoState({}).catch(() => NOTHING);
        // An edit that changed nothing left an older step on top: that one keeps its plan.
        if (planOfStep(state.undoStep) === undefined) rememberStep(state.undoStep, scopeRef.current.planId);
      }
      return result;
    },
    [run, client],
  );

  /**
   * Undo or redo, never silently in a plan that is not on screen: the window switches to that plan and
   * says so; the next press replays the step there. The replayed step keeps its plan on the other stack.
   */
  const replay = useCallback(
    async (direction: 'undo' | 'redo') => {
      const { planId, planName, switchTo } = scopeRef.current;
      const state = await client.getUndoState({}).catch(() => NOTHING);
      const step = direction === 'undo' ? state.undoStep : state.redoStep;
      const label = direction === 'undo' ? state.undoLabel : state.redoLabel;
      const owner = planOfStep(step);
      if (owner !== undefined && owner !== planId && planName(owner) !== undefined) {
        switchTo(
          owner,
          `Thao tác “${label ?? ''}” thuộc ${planName(owner)}: đã chuyển sang kế hoạch này. ` +
            `Bấm ${direction === 'undo' ? 'Hoàn tác' : 'Làm lại'} lần nữa để thực hiện.`,
        );
        return;
      }
      const after = await run(() => (direction === 'undo' ? client.undo({}) : client.redo({})));
      if (after) rememberStep(direction === 'undo' ? after.redoStep : after.undoStep, owner);
    },
    [run, client],
  );
  const undo = useCallback(() => void replay('undo'), [replay]);
  const redo = useCallback(() => void replay('redo'), [replay]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) undo();
      else if (key === 'y' || (key === 'z' && event.shiftKey)) redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  // Electron's Chỉnh sửa menu: the text being typed if a field has the focus, else the plan.
  useEffect(
    () =>
      window.ecourt?.onMenuCommand((command) => {
        if (isTyping(document.activeElement)) document.execCommand(command);
        else if (command === 'undo') undo();
        else redo();
      }),
    [undo, redo],
  );

  const elsewhere = (step: number | null) => {
    const owner = planOfStep(step);
    return owner !== undefined && owner !== scope.planId ? (scope.planName(owner) ?? null) : null;
  };
  return {
    client,
    undoState,
    error,
    clearError: () => setError(null),
    run: edit,
    undo,
    redo,
    undoElsewhere: elsewhere(undoState.undoStep),
    redoElsewhere: elsewhere(undoState.redoStep),
  };
}
