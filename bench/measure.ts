/** Repeats a piece of work and keeps the median, min and max wall time in milliseconds. */
export type Timing = { median: number; min: number; max: number; runs: number };

export async function measure(runs: number, work: () => unknown | Promise<unknown>): Promise<Timing> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await work();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return {
    median: times[Math.floor(times.length / 2)] ?? 0,
    min: times[0] ?? 0,
    max: times[times.length - 1] ?? 0,
    runs,
  };
}

export type BenchRow = {
  case: string;
  size: number;
  ours: Timing;
  baseline: Timing | null;
  /** ours.median / baseline.median */
  ratio: number | null;
  target: string;
  pass: boolean;
  note?: string;
};

export function row(
  name: string,
  size: number,
  ours: Timing,
  baseline: Timing | null,
  target: { maxRatio?: number; maxMs?: number },
  note?: string,
): BenchRow {
  const ratio = baseline ? ours.median / baseline.median : null;
  const parts = [
    target.maxRatio !== undefined ? `≤ ${target.maxRatio}×` : null,
    target.maxMs !== undefined ? `< ${target.maxMs} ms` : null,
  ].filter(Boolean);
  const pass =
    (target.maxRatio === undefined || (ratio !== null && ratio <= target.maxRatio)) &&
    (target.maxMs === undefined || ours.median < target.maxMs);
  return {
    case: name,
    size,
    ours,
    baseline,
    ratio,
    target: parts.join(', ') || '—',
    pass,
    ...(note ? { note } : {}),
  };
}
