import type { DuckDBConnection } from "@duckdb/node-api";
import { applyColumnTypes, validateColumnTypes } from "./column-type-overrides.ts";
import { describeColumns } from "./describe-columns.ts";
import { type DuckDBFailureContext, importErrorFromDuckDB } from "./duckdb-import-error.ts";
import type { FileProbe } from "./file-probe.ts";
import type { PlanRequest, SourcePlan } from "./source-plan.ts";
import { quoteIdent, quoteLiteral } from "./sql-quote.ts";

/** Parquet carries its own schema; DuckDB's read_parquet does all the work. */
export async function planParquetSource(
  conn: DuckDBConnection,
  probe: FileProbe,
  request: PlanRequest,
): Promise<SourcePlan> {
  const failureContext: DuckDBFailureContext = { file: probe.path, format: "parquet" };
  const from = `read_parquet(${quoteLiteral(probe.path)})`;
  const described = await describeColumns(conn, from).catch((error: unknown) => {
    throw importErrorFromDuckDB(error, failureContext);
  });
  validateColumnTypes(
    probe.path,
    described.map((column) => column.name),
    request.columnTypes,
  );
  const columns = described.map((column) => ({ ...column, expr: quoteIdent(column.name) }));
  return {
    detected: { format: "parquet" },
    from,
    columns: applyColumnTypes(columns, request.columnTypes),
    warnings: [],
    failureContext,
    rowNumberSql: "row_number() OVER ()",
    placeOfRow: (row) => ({ row }),
    dispose: async () => {},
  };
}
