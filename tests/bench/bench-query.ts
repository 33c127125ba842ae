import { decodeWindow } from "./bench-client.ts";
import { aggregateSql, TABLE_10M } from "./bench-data.ts";
import type { BenchEngine } from "./bench-engine.ts";
import type { Metric } from "./bench-metric.ts";
import { median, timeAlternating } from "./bench-stats.ts";
import { releaseAll } from "./release-results.ts";

/**
 * GROUP BY over 10M rows through the web transport and client, against DuckDB's own time.
 * DuckDB's own time = the same SELECT on a bare @duckdb/node-api connection to the same database,
 * every result row read into JS (runAndReadAll). The client time runs from the sql.run request to
 * the first window decoded from Arrow (the engine materialises all 1000 rows as a result table).
 */
export async function benchQuery(ctx: BenchEngine): Promise<Metric[]> {
  const sql = aggregateSql(TABLE_10M);
  const resultIds: string[] = [];
  const times = await timeAlternating(
    {
      duckdb: () => ctx.plain.runAndReadAll(sql),
      client: async () => {
        const outcome = await ctx.client.call("sql.run", { sql });
        if (outcome.rowCount !== 1000) throw new Error(`aggregate gave ${outcome.rowCount} rows, not 1000`);
        decodeWindow(outcome.window);
        if (outcome.resultId) resultIds.push(outcome.resultId);
      },
    },
    { warmup: 2, runs: 15 },
    () => releaseAll(ctx.client, resultIds),
  );
  const client = median(times.client);
  const duckdb = median(times.duckdb);
  return [
    {
      name: "query_agg_10m_ratio",
      value: client / duckdb,
      unit: "ratio",
      goal: { op: "<=", target: 1.1 },
      note: "client sql.run / DuckDB runAndReadAll, 10M rows -> 1000 groups",
    },
    { name: "query_agg_10m_ms", value: client, unit: "ms" },
    { name: "query_agg_10m_duckdb_ms", value: duckdb, unit: "ms" },
  ];
}
