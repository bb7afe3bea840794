/** Nearest-rank percentile of a sample; NaN for an empty one. */
export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank]!;
}

export const median = (values: readonly number[]) => percentile(values, 0.5);

/** Runs `measure` `runs` times and gives each numeric field's median across the runs. */
export function medianOfRuns<T extends Record<string, number>>(runs: readonly T[]): T {
  const first = runs[0];
  if (first === undefined) throw new Error("medianOfRuns: expected at least one run");
  const out: Record<string, number> = {};
  for (const key of Object.keys(first)) out[key] = median(runs.map((run) => run[key]!));
  return out as T;
}
