import { decodeWindow } from "./bench-client.ts";
import { BENCH_SEED, ROWS_10M, TABLE_10M } from "./bench-data.ts";
import type { BenchEngine } from "./bench-engine.ts";
import type { Metric } from "./bench-metric.ts";
import { percentile, seededRandom, timeMs } from "./bench-stats.ts";

const WINDOW_ROWS = 200;
const WARMUP = 3;
const FETCHES = 40;

/**
 * The grid scrolling a 10M-row result: 200-row windows fetched with sql.fetch at seeded random
 * offsets, each decoded; p50 of the fetch times.
 */
export async function benchGrid(ctx: BenchEngine): Promise<Metric[]> {
  const outcome = await ctx.client.call("sql.run", { sql: `SELECT * FROM ${TABLE_10M}` });
  const resultId = outcome.resultId;
  if (!resultId || outcome.rowCount !== ROWS_10M) throw new Error("the 10M-row result was not materialised");
  try {
    const random = seededRandom(BENCH_SEED);
    const times: number[] = [];
    for (let i = 0; i < WARMUP + FETCHES; i++) {
      const offset = Math.floor(random() * (ROWS_10M - WINDOW_ROWS));
      const ms = await timeMs(async () => {
        const window = await ctx.client.call("sql.fetch", { resultId, offset, limit: WINDOW_ROWS });
        const table = decodeWindow(window);
        if (table.numRows !== WINDOW_ROWS) throw new Error(`window at ${offset} has ${table.numRows} rows`);
        const firstId = table.getChild("id")?.get(0);
        if (firstId !== BigInt(offset)) throw new Error(`window at ${offset} starts at id ${firstId}`);
      });
      if (i >= WARMUP) times.push(ms);
    }
    return [
      {
        name: "grid_window_ms",
        value: percentile(times, 50),
        unit: "ms",
        goal: { op: "<=", target: 30 },
        note: `p50 of ${FETCHES} x 200-row sql.fetch at random offsets of 10M rows`,
      },
      { name: "grid_window_p95_ms", value: percentile(times, 95), unit: "ms" },
    ];
  } finally {
    await ctx.client.call("sql.release", { resultId });
  }
}
