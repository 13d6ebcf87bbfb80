/**
 * A preference remembered between sessions on this computer (zoom level, panel widths…). Stored in
 * localStorage, read back only when it still has a valid shape.
 */
import { type Dispatch, type SetStateAction, useEffect, useState } from 'react';

const PREFIX = 'ecourt-plan.v1.';

function read<T>(key: string, isValid: (value: unknown) => value is T): T | undefined {
  try {
    const raw = window.localStorage.getItem(PREFIX + key);
    if (raw === null) return undefined;
    const value: unknown = JSON.parse(raw);
    return isValid(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function usePersistentState<T>(
  key: string,
  initial: T | (() => T),
  isValid: (value: unknown) => value is T,
): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState<T>(() => {
    const stored = read(key, isValid);
    if (stored !== undefined) return stored;
    return initial instanceof Function ? initial() : initial;
  });
  useEffect(() => {
    try {
      window.localStorage.setItem(PREFIX + key, JSON.stringify(value));
    } catch {
      // Storage full or disabled: the preference simply is not remembered.
    }
  }, [key, value]);
  return [value, setValue];
}
