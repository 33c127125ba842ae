import type { BinColumns } from "./bin-params-sql.ts";
import type { ChartColumns } from "./chart-columns.ts";

/** What a chart query's SELECT over the filtered source needs besides its output columns. */
export interface QueryContext {
  columns: ChartColumns;
  /** Binned fields by "field|maxbins": extent select items, parameter stages, result columns. */
  bins: Map<string, { extentItems: string[]; stages: string[][]; columns: BinColumns }>;
  /** Conditions rows must meet to be drawn (binned values must exist, as Vega-Lite filters them). */
  required: string[];
}
