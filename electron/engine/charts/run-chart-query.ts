import type { DuckDBConnection, DuckDBMaterializedResult } from "@duckdb/node-api";
import { type ChartSpec, parseChartSpec } from "../../../shared/charts/chart-spec.ts";
import { type CompiledChartQuery, compileChartQuery } from "../../../shared/charts/compile-chart-query.ts";
import { quoteIdent } from "../import/sql-quote.ts";

export class ChartSpecError extends Error {}

export interface ChartQueryRun {
  spec: ChartSpec;
  compiled: CompiledChartQuery;
  sourceRowCount: number;
  /** The aggregated rows, at most `compiled.rowLimit` of them. */
  result: DuckDBMaterializedResult;
}

/**
 * A chart spec run the way every chart is drawn (in the app, on slides, in reports): validated,
 * compiled into one aggregate query sized by its source, run in DuckDB, refused when it would
 * draw more marks than a chart can show.
 */
export async function runChartQuery(
  conn: DuckDBConnection,
  rawSpec: unknown,
  opts: { rawRowThreshold?: number } = {},
): Promise<ChartQueryRun> {
  const parsed = parseChartSpec(rawSpec);
  if (!parsed.ok) throw new ChartSpecError(parsed.errors.join("; "));
  const spec = parsed.spec;
  const count = await conn.runAndReadAll(`SELECT count(*) FROM ${quoteIdent(spec.source)}`);
  const sourceRowCount = Number(count.getRows()[0]?.[0] ?? 0);
  const compiled = compileChartQuery(spec, { sourceRowCount, rawRowThreshold: opts.rawRowThreshold });
  const result = await conn.run(compiled.sql);
  if (result.rowCount > compiled.rowLimit) {
    throw new ChartSpecError(
      `The chart would draw more than ${compiled.rowLimit} marks from ${spec.source}; aggregate or filter it first.`,
    );
  }
  return { spec, compiled, sourceRowCount, result };
}
