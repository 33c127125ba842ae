import { arrowFromResult } from "../../electron/engine/arrow/arrow-from-duckdb.ts";
import { decodeWindow } from "./bench-client.ts";
import { ROWS_1M, TABLE_1M_X4 } from "./bench-data.ts";
import type { BenchEngine } from "./bench-engine.ts";
import type { Metric } from "./bench-metric.ts";
import { median, timeAlternating, timeMs } from "./bench-stats.ts";
import { releaseAll } from "./release-results.ts";

const WINDOW = 100_000;

/**
 * 1M rows x 4 numeric columns from SQL to Arrow decoded in the client: sql.run with a first
 * window of 100k rows, then sql.fetch windows of 100k (the protocol's largest) until all rows
 * arrived, each decoded with tableFromIPC and its columns read into typed arrays.
 * DuckDB's own time = the same SELECT on a bare @duckdb/node-api connection, every row read into
 * JS (runAndReadAll).
 */
export async function benchArrow(ctx: BenchEngine): Promise<Metric[]> {
  const sql = `SELECT * FROM ${TABLE_1M_X4}`;
  const resultIds: string[] = [];
  const times = await timeAlternating(
    {
      duckdb: () => ctx.plain.runAndReadAll(sql),
      client: async () => {
        const outcome = await ctx.client.call("sql.run", { sql, windowSize: WINDOW });
        const resultId = outcome.resultId;
        if (!resultId) throw new Error("the 1M-row query was not materialised");
        resultIds.push(resultId);
        let rows = decodeWindow(outcome.window).numRows;
        for (let offset = WINDOW; offset < outcome.rowCount; offset += WINDOW) {
          const window = await ctx.client.call("sql.fetch", { resultId, offset, limit: WINDOW });
          rows += decodeWindow(window).numRows;
        }
        if (rows !== ROWS_1M) throw new Error(`received ${rows} rows, not ${ROWS_1M}`);
      },
    },
    { warmup: 1, runs: 7 },
    () => releaseAll(ctx.client, resultIds),
  );

  // The engine's Arrow conversion alone: DuckDB has already materialised the result (run()).
  const conversion: number[] = [];
  for (let run = 0; run < 6; run++) {
    const result = await ctx.plain.run(sql);
    const ms = await timeMs(() => arrowFromResult(result));
    if (run > 0) conversion.push(ms);
  }

  const client = median(times.client);
  const duckdb = median(times.duckdb);
  return [
    {
      name: "arrow_1m_x4_ratio",
      value: client / duckdb,
      unit: "ratio",
      goal: { op: "<=", target: 2 },
      note: "client sql.run + sql.fetch x9, decoded / DuckDB runAndReadAll",
    },
    { name: "arrow_1m_x4_ms", value: client, unit: "ms" },
    { name: "duckdb_1m_x4_ms", value: duckdb, unit: "ms" },
    {
      name: "arrow_1m_x4_rows_per_s",
      value: ROWS_1M / (median(conversion) / 1000),
      unit: "rows/s",
      note: "arrowFromResult over a materialised 1M x 4 result",
    },
  ];
}
