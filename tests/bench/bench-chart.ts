import * as arrow from "apache-arrow";
import type { ChartSpec } from "../../shared/charts/chart-spec.ts";
import { type CompiledChartQuery, compileChartQuery } from "../../shared/charts/compile-chart-query.ts";
import { ROWS_10M, TABLE_10M } from "./bench-data.ts";
import type { BenchEngine } from "./bench-engine.ts";
import type { Metric } from "./bench-metric.ts";
import { median, timeAlternating } from "./bench-stats.ts";
import { releaseAll } from "./release-results.ts";

const HISTOGRAM: ChartSpec = {
  source: TABLE_10M,
  mark: "bar",
  encoding: {
    x: { field: "score", type: "quantitative", bin: true },
    y: { aggregate: "count", type: "quantitative" },
  },
};

const BAR: ChartSpec = {
  source: TABLE_10M,
  mark: "bar",
  encoding: {
    x: { field: "district", type: "nominal" },
    y: { field: "amount", aggregate: "mean", type: "quantitative" },
  },
};

/**
 * A chart over 10M rows, from request to chart data ready in the client: the chart compiler's SQL
 * run with sql.run (all its rows in the first window), the Arrow decoded into the row objects
 * Vega-Lite reads. DuckDB's own time = the same compiled SQL on a bare @duckdb/node-api
 * connection, all rows read into JS. Goal: at most DuckDB's time x 1.2 + 20 ms.
 */
export async function benchChart(ctx: BenchEngine): Promise<Metric[]> {
  return [
    ...(await benchOneChart(ctx, "chart_hist_10m", HISTOGRAM)),
    ...(await benchOneChart(ctx, "chart_bar_10m", BAR)),
  ];
}

async function benchOneChart(ctx: BenchEngine, name: string, spec: ChartSpec): Promise<Metric[]> {
  const compiled: CompiledChartQuery = compileChartQuery(spec, { sourceRowCount: ROWS_10M });
  const resultIds: string[] = [];
  const windowSize = Math.min(100_000, compiled.rowLimit + 1);
  const times = await timeAlternating(
    {
      duckdb: () => ctx.plain.runAndReadAll(compiled.sql),
      client: async () => {
        const outcome = await ctx.client.call("sql.run", { sql: compiled.sql, windowSize });
        const rows = arrow.tableFromIPC(outcome.window.arrow).toArray();
        if (rows.length === 0 || rows.length !== outcome.rowCount) {
          throw new Error(`${name}: ${rows.length} chart rows of ${outcome.rowCount}`);
        }
        if (outcome.resultId) resultIds.push(outcome.resultId);
      },
    },
    { warmup: 1, runs: 9 },
    () => releaseAll(ctx.client, resultIds),
  );
  const client = median(times.client);
  const duckdb = median(times.duckdb);
  return [
    {
      name: `${name}_ms`,
      value: client,
      unit: "ms",
      goal: { op: "<=", target: duckdb * 1.2 + 20 },
      note: "goal = DuckDB x 1.2 + 20 ms",
    },
    { name: `${name}_duckdb_ms`, value: duckdb, unit: "ms" },
  ];
}
