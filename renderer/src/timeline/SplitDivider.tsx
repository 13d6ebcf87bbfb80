import { type KeyboardEvent, type PointerEvent, useRef } from 'react';

export const MIN_GRID_WIDTH = 320;
/** The chart keeps at least this much room. */
const MIN_CHART_WIDTH = 240;
const KEY_STEP = 32;

type Props = { width: number; onWidth: (width: number) => void };

/** The divider between grid and chart: drag it, or focus it and use ←/→. */
export function SplitDivider({ width, onWidth }: Props) {
  const drag = useRef<{ startX: number; startWidth: number; max: number } | null>(null);

  const maxFor = (element: HTMLElement): number => {
    const total = element.parentElement?.clientWidth ?? window.innerWidth;
    return Math.max(MIN_GRID_WIDTH, total - MIN_CHART_WIDTH);
  };
  const clamp = (value: number, max: number): number =>
    Math.round(Math.min(max, Math.max(MIN_GRID_WIDTH, value)));

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startX: event.clientX, startWidth: width, max: maxFor(event.currentTarget) };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const state = drag.current;
    if (state) onWidth(clamp(state.startWidth + event.clientX - state.startX, state.max));
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const delta = event.key === 'ArrowLeft' ? -KEY_STEP : event.key === 'ArrowRight' ? KEY_STEP : 0;
    if (delta === 0) return;
    event.preventDefault();
    onWidth(clamp(width + delta, maxFor(event.currentTarget)));
  };

  return (
    <div
      className="split-divider"
      role="separator"
      aria-orientation="vertical"
      aria-label="Kéo để đổi độ rộng bảng nhiệm vụ"
      aria-valuenow={width}
      aria-valuemin={MIN_GRID_WIDTH}
      tabIndex={0}
      title="Kéo để đổi độ rộng bảng nhiệm vụ"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
