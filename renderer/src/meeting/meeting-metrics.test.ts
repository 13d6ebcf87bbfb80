import { describe, expect, it } from 'vitest';
import { MEETING_METRICS, rowHeight } from '../timeline/row-metrics';
import { meetingMetrics } from './meeting-metrics';

describe('meeting-mode rows', () => {
  it('fill the screen when the plan is short, up to a limit', () => {
    expect(rowHeight(meetingMetrics(6, 800))).toBe(112);
    expect(rowHeight(meetingMetrics(2, 800))).toBe(120);
  });

  it('never get smaller than two lines of projector text', () => {
    expect(rowHeight(meetingMetrics(200, 800))).toBe(rowHeight(MEETING_METRICS));
    expect(rowHeight(MEETING_METRICS)).toBeGreaterThanOrEqual(64);
  });
});
