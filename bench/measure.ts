/** Repeats a piece of work and keeps the median, min and max wall time in milliseconds. */
export type Timing = { median: number; min: number; max: number; runs: number };

/**
 * `runs` timed rounds after `warmup` untimed ones (one by default), for ours and the baseline alike:
 * the first rounds pay for compiling and caching, which neither side pays again in a running app.
 */
export async function measure(
  runs: number,
  work: () => unknown | Promise<unknown>,
  warmup = 1,
): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await work();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return summarize(times);
}

/**
 * Ours and the baseline in turns, `runs` timed rounds each after one untimed round of both: on a
 * machine shared with other work, a busy spell then slows both sides rather than one.
 */
export async function measureInTurns(
  runs: number,
  ours: () => unknown | Promise<unknown>,
  baseline: () => unknown | Promise<unknown>,
): Promise<{ ours: Timing; baseline: Timing }> {
  await ours();
  await baseline();
  const times: { ours: number[]; baseline: number[] } = { ours: [], baseline: [] };
  const timed = async (work: () => unknown | Promise<unknown>, into: number[]) => {
    const start = process.hrtime.bigint();
    await work();
    into.push(Number(process.hrtime.bigint() - start) / 1e6);
  };
  for (let i = 0; i < runs; i++) {
    await timed(ours, times.ours);
    await timed(baseline, times.baseline);
  }
  return { ours: summarize(times.ours), baseline: summarize(times.baseline) };
}

export function summarize(times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)] ?? 0,
    min: sorted[0] ?? 0,
    max: sorted[sorted.length - 1] ?? 0,
    runs: sorted.length,
  };
}

/** Like measure, for work that times itself (in the page) and returns its own duration. */
export async function measureInPage(runs: number, work: () => Promise<number>): Promise<Timing> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await work());
  return summarize(times);
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
