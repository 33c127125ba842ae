import { parseChartSpec } from "../../../shared/charts/chart-spec.ts";
import { CHART_ROWS_DATASET, DEFAULT_RAW_ROW_THRESHOLD } from "../../../shared/charts/compile-chart-query.ts";
import type { Cell } from "../../../shared/notebook/notebook-schema.ts";
import { EngineCallError } from "../../../shared/protocol/engine-client.ts";
import { t } from "../i18n/t.ts";
import type { CellRunner, RunContext } from "../store/cell-runners.ts";
import type { CellRuntime } from "../store/cell-types.ts";
import { quoteIdent } from "../store/workbench-store.ts";
import { arrowRows } from "./arrow-rows.ts";
import { type RawChartSpec, readChartCellSpec } from "./chart-cell-spec.ts";
import type { ChartOutput } from "./chart-output.ts";
import { rawSpecProblem } from "./vega-lite-json.ts";

type RunOutcome = Omit<CellRuntime, "status">;

/** Engine errors keep their code (the store tells a cancel from a failure by it) and gain the cell's name. */
function inCell(cellName: string, e: unknown): unknown {
  if (e instanceof EngineCallError && e.code !== "cancelled") {
    return new EngineCallError({
      code: e.code,
      message: t("chart.error.inCell", { name: cellName, message: e.message }),
      position: e.position,
      where: e.where,
    });
  }
  return e;
}

function outcome(
  output: ChartOutput,
  ipc: Uint8Array,
  columns: { name: string; type: string }[],
): RunOutcome {
  return {
    // The frame's status line reads "N rows · T ms" from this; there is no result table to export.
    result: {
      resultId: null,
      columns,
      rowCount: output.rows.length,
      elapsedMs: output.elapsedMs,
      statementType: "SELECT",
      firstWindow: ipc,
    },
    error: null,
    output,
  };
}

/** Builder charts: DuckDB runs the compiled aggregate query; only its rows come back. */
async function runBuilderChart(cell: Cell, spec: unknown, ctx: RunContext): Promise<RunOutcome> {
  const parsed = parseChartSpec(spec);
  if (!parsed.ok)
    throw new Error(t("chart.error.invalid", { name: cell.name, problems: parsed.errors.join("; ") }));
  const r = await ctx.client.call("chart.query", { spec: parsed.spec }, { signal: ctx.signal });
  const { rows, columns } = arrowRows(r.rows);
  const output: ChartOutput = {
    kind: "chart",
    vegaLite: r.vegaLite,
    rows,
    sourceRowCount: r.sourceRowCount,
    source: parsed.spec.source,
    mode: r.mode,
    sql: r.sql,
    elapsedMs: r.elapsedMs,
    synthetic: r.synthetic,
  };
  return outcome(output, r.rows, columns);
}

/**
 * Hand-written Vega-Lite: nothing can be aggregated in the database, so the source's rows go to
 * Vega as they are, up to the raw-row limit; a bigger source is refused with a message rather
 * than drawn from a cut-off sample.
 */
async function runRawChart(cell: Cell, raw: RawChartSpec, ctx: RunContext): Promise<RunOutcome> {
  const problem = rawSpecProblem(raw.vegaLite);
  if (problem !== null) throw new Error(t("chart.error.inCell", { name: cell.name, message: problem }));
  const started = performance.now();
  const source = raw.source;
  if (source === undefined) {
    const output: ChartOutput = {
      kind: "chart",
      vegaLite: raw.vegaLite,
      rows: [],
      sourceRowCount: 0,
      source: "",
      mode: "vegaLite",
      sql: null,
      elapsedMs: performance.now() - started,
      synthetic: false,
    };
    return outcome(output, new Uint8Array(), []);
  }
  // A count of rows through the chart query: the size of the source and whether it is synthetic,
  // decided by the engine exactly as for builder charts.
  const probe = await ctx.client.call(
    "chart.query",
    { spec: { source, mark: "text", encoding: { text: { aggregate: "count", type: "quantitative" } } } },
    { signal: ctx.signal },
  );
  const limit = DEFAULT_RAW_ROW_THRESHOLD;
  if (probe.sourceRowCount > limit) {
    throw new Error(
      t("chart.error.tooManyRows", {
        name: cell.name,
        source,
        rows: probe.sourceRowCount.toLocaleString("en-US"),
        limit: limit.toLocaleString("en-US"),
      }),
    );
  }
  const sql = `SELECT * FROM ${quoteIdent(source)} LIMIT ${limit}`;
  const r = await ctx.client.call(
    "sql.run",
    { sql, windowSize: Math.max(1, probe.sourceRowCount) },
    { signal: ctx.signal },
  );
  if (r.resultId !== null)
    void ctx.client.call("sql.release", { resultId: r.resultId }).catch(() => undefined);
  const { rows } = arrowRows(r.window.arrow);
  const output: ChartOutput = {
    kind: "chart",
    vegaLite: { ...raw.vegaLite, data: { name: CHART_ROWS_DATASET } },
    rows,
    sourceRowCount: probe.sourceRowCount,
    source,
    mode: "vegaLite",
    sql,
    elapsedMs: performance.now() - started,
    synthetic: probe.synthetic,
  };
  return outcome(output, r.window.arrow, r.columns);
}

export const runChartCell: CellRunner = async (cell, ctx) => {
  if (cell.kind !== "chart") throw new Error(`runChartCell: cell ${cell.name} is a ${cell.kind} cell`);
  const read = readChartCellSpec(cell.options.spec);
  try {
    switch (read.kind) {
      case "empty":
        throw new Error(t("chart.error.noSpec", { name: cell.name }));
      case "unreadable":
        throw new Error(t("chart.error.unreadable", { name: cell.name }));
      case "builder":
        return await runBuilderChart(cell, read.spec, ctx);
      case "raw":
        return await runRawChart(cell, read.raw, ctx);
    }
  } catch (e) {
    throw inCell(cell.name, e);
  }
};
