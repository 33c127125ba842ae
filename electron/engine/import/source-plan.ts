import type { DuckDBFailureContext } from "./duckdb-import-error.ts";
import type { ImportErrorPlace } from "./import-error.ts";
import type { ImportOptions, ImportOverrides, ImportProgress } from "./import-types.ts";
import { quoteIdent } from "./sql-quote.ts";

/** How many rows a preview shows. */
export const PREVIEW_ROW_LIMIT = 50;

/** One column of the table to be created: its name, type and the SQL that yields it. */
export interface PlannedColumn {
  name: string;
  type: string;
  expr: string;
  /** For values converted by a cast that may fail: the raw value and a condition true where the cast fails. */
  check?: { raw: string; fails: string };
}

/**
 * How to read one file as a table: a FROM clause DuckDB can scan (read_csv, read_parquet, ... or
 * a staging table) and the projection that gives the final column names and types.
 */
export interface SourcePlan {
  detected: ImportOptions;
  from: string;
  columns: PlannedColumn[];
  warnings: string[];
  failureContext: DuckDBFailureContext;
  /** SQL numbering source rows in file order, and where such a row (and column) is in the file. */
  rowNumberSql: string;
  placeOfRow(rowNumber: number, column: string): ImportErrorPlace;
  sheets?: string[];
  /** Removes temp files and staging tables; safe to call more than once. */
  dispose(): Promise<void>;
}

export interface PlanRequest {
  overrides: ImportOverrides;
  columnTypes: Record<string, string>;
  /** A preview reads only the start of large text files. */
  purpose: "preview" | "import";
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
}

export function selectSql(plan: SourcePlan): string {
  const list = plan.columns.map((column) => `${column.expr} AS ${quoteIdent(column.name)}`).join(", ");
  return `SELECT ${list} FROM ${plan.from}`;
}
