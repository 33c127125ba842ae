/** Timing and statistics for the benchmarks: every figure is a median of runs after warm-up. */

export function median(values: number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile (p in 0..100) of the values. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) throw new Error("percentile of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export async function timeMs(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

export interface RunPlan {
  warmup: number;
  runs: number;
}

export const DEFAULT_PLAN: RunPlan = { warmup: 1, runs: 5 };

/**
 * Times several contenders run by run, alternating them so that load from other processes on
 * the machine falls on all of them alike. `after` runs untimed after each timed call (cleanup).
 */
export async function timeAlternating<K extends string>(
  contenders: Record<K, () => Promise<unknown>>,
  plan: RunPlan = DEFAULT_PLAN,
  after: () => Promise<unknown> = async () => {},
): Promise<Record<K, number[]>> {
  const names = Object.keys(contenders) as K[];
  const times = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  for (let run = 0; run < plan.warmup + plan.runs; run++) {
    for (const name of names) {
      const ms = await timeMs(contenders[name]);
      await after();
      if (run >= plan.warmup) times[name].push(ms);
    }
  }
  return times;
}

/** mulberry32: a small seeded generator, so random offsets are the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
