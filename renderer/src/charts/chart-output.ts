import type { CellRuntime } from "../store/cell-types.ts";
import type { ChartRow } from "./arrow-rows.ts";

/** What a chart cell's run leaves in `runtime.output`: the spec to draw and the rows it reads. */
export interface ChartOutput {
  kind: "chart";
  /** Vega-Lite reading its rows from the dataset named CHART_ROWS_DATASET (or inline data). */
  vegaLite: Record<string, unknown>;
  rows: ChartRow[];
  /** Rows in the source table or cell (before filters and aggregation). */
  sourceRowCount: number;
  /** The table or cell read; "" when a hand-written spec has its data inline. */
  source: string;
  /**
   * "aggregated": DuckDB grouped the rows; "raw": one builder mark per source row;
   * "vegaLite": a hand-written spec drawn from the source rows as they are.
   */
  mode: "aggregated" | "raw" | "vegaLite";
  /** The query DuckDB ran (builder charts), to show what was computed. */
  sql: string | null;
  elapsedMs: number;
  /** The source is synthetic: the chart and its exports say so. */
  synthetic: boolean;
}

export function chartOutputOf(runtime: CellRuntime): ChartOutput | null {
  const out = runtime.output as Partial<ChartOutput> | undefined;
  return out?.kind === "chart" ? (out as ChartOutput) : null;
}
