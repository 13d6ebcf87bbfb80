/**
 * Meeting mode: full screen where allowed, larger type, editing and filter controls hidden; the
 * arrow keys walk through the lead units one at a time, Esc leaves. F11 toggles it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { UnitRef } from '../../../shared/plan-view/plan-view-schema';
import { stepSpotlight } from './spotlight-units';

export type MeetingMode = {
  active: boolean;
  toggle: () => void;
  exit: () => void;
  /** The lead unit in the spotlight, or null before the first arrow key. */
  spotlight: UnitRef | null;
  position: number | null;
  step: (delta: 1 | -1) => void;
};

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));

export function useMeetingMode(units: readonly UnitRef[]): MeetingMode {
  const [active, setActive] = useState(false);
  const [index, setIndex] = useState<number | null>(null);
  const wentFullscreen = useRef(false);

  const enter = useCallback(() => {
    setActive(true);
    setIndex(null);
    // Refused outside a user gesture or by policy; the mode works in the window as it is.
    document.documentElement.requestFullscreen?.().catch(() => undefined);
  }, []);

  const exit = useCallback(() => {
    setActive(false);
    setIndex(null);
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
  }, []);

  const toggle = useCallback(() => (active ? exit() : enter()), [active, enter, exit]);

  const count = units.length;
  const step = useCallback(
    (delta: 1 | -1) =>
      setIndex((current) =>
        stepSpotlight(current !== null && current < count ? current : null, count, delta),
      ),
    [count],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'F11') {
        event.preventDefault();
        toggle();
        return;
      }
      if (!active || isTyping(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'Escape') exit();
      else if (event.key === 'ArrowRight' || event.key === 'ArrowDown') step(1);
      else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') step(-1);
      else return;
      event.preventDefault();
    };
    // The browser consumes Esc to leave full screen; leaving full screen then ends the mode too.
    const onFullscreen = () => {
      if (document.fullscreenElement) wentFullscreen.current = true;
      else if (wentFullscreen.current) {
        wentFullscreen.current = false;
        setActive(false);
        setIndex(null);
      }
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [active, exit, step, toggle]);

  const position = index !== null && index < count ? index : null;
  return {
    active,
    toggle,
    exit,
    spotlight: position === null ? null : (units[position] ?? null),
    position,
    step,
  };
}
