import type { DuckDBConnection } from "@duckdb/node-api";
import type { TopLevelSpec } from "vega-lite";
import { parseChartSpec } from "../../../shared/charts/chart-spec.ts";
import { compileChartQuery } from "../../../shared/charts/compile-chart-query.ts";
import { arrowFromResult } from "../arrow/arrow-from-duckdb.ts";
import { EngineError } from "../engine-error.ts";
import type { HandlersFor } from "../handler-types.ts";
import { quoteIdent } from "../result-table.ts";
import { renderChartSvg } from "./render-chart-svg.ts";

/** A chart reads synthetic data when its source is a table recorded as synthetic, or says so in its name. */
async function isSynthetic(conn: DuckDBConnection, source: string): Promise<boolean> {
  if (/synthetic/i.test(source)) return true;
  const r = await conn.runAndReadAll(
    "SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'workbench_meta' AND table_name = 'table_meta'",
  );
  if (Number(r.getRows()[0]?.[0]) === 0) return false;
  const m = await conn.runAndReadAll(
    "SELECT synthetic FROM workbench_meta.table_meta WHERE table_name = $t",
    { t: source },
  );
  return m.getRows()[0]?.[0] === true;
}

export const chartHandlers: HandlersFor<"chart.query" | "chart.svg"> = {
  "chart.query": (engine, p, ctx) =>
    engine.withConnection(async (conn) => {
      const parsed = parseChartSpec(p.spec);
      if (!parsed.ok) throw new EngineError("invalid_params", parsed.errors.join("; "));
      const spec = parsed.spec;
      const started = performance.now();
      const onAbort = () => conn.interrupt();
      ctx.signal.addEventListener("abort", onAbort);
      try {
        const count = await conn.runAndReadAll(`SELECT count(*) FROM ${quoteIdent(spec.source)}`);
        const sourceRowCount = Number(count.getRows()[0]?.[0] ?? 0);
        const compiled = compileChartQuery(spec, { sourceRowCount, rawRowThreshold: p.rawRowThreshold });
        const result = await conn.run(compiled.sql);
        const { ipc, rowCount } = await arrowFromResult(result, compiled.rowLimit + 1);
        if (rowCount > compiled.rowLimit) {
          throw new EngineError(
            "invalid_params",
            `The chart would draw more than ${compiled.rowLimit} marks from ${spec.source}; aggregate or filter it first.`,
          );
        }
        return {
          vegaLite: compiled.vegaLite as unknown as Record<string, unknown>,
          rows: ipc,
          rowCount,
          sourceRowCount,
          mode: compiled.mode,
          sql: compiled.sql,
          elapsedMs: performance.now() - started,
          synthetic: await isSynthetic(conn, spec.source),
        };
      } catch (e) {
        if (e instanceof EngineError) throw e;
        throw new EngineError(
          "sql_error",
          `Chart over ${spec.source}: ${e instanceof Error ? e.message : String(e)}`,
        );
      } finally {
        ctx.signal.removeEventListener("abort", onAbort);
      }
    }),
  "chart.svg": async (_engine, p) => ({
    svg: await renderChartSvg(p.vegaLite as unknown as TopLevelSpec, {
      theme: p.theme,
      locale: p.locale,
      datasets: p.datasets,
    }),
  }),
};
