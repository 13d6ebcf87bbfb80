/**
 * Every edit from the window goes through here: the call, then every query read again (the undo
 * state and the plan among them); a refusal is kept as the message to show. Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z) undo and redo.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ApiClient } from '../../../shared/api/api-client';
import type { ApiOutput } from '../../../shared/api/contract';
import { invalidateQueries, useApiQuery } from '../api/useApiQuery';
import { errorMessage } from '../files/error-message';

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
};

const NOTHING: UndoState = { canUndo: false, undoLabel: null, canRedo: false, redoLabel: null };

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

export function useEditing(client: ApiClient): Editing {
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

  const undo = useCallback(() => void run(() => client.undo({})), [run, client]);
  const redo = useCallback(() => void run(() => client.redo({})), [run, client]);

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

  return { client, undoState, error, clearError: () => setError(null), run, undo, redo };
}
