import type { DuckDBConnection } from "@duckdb/node-api";
import type { ImportColumn } from "./import-types.ts";

/** Column names and DuckDB types of any relation, without reading its rows. */
export async function describeColumns(conn: DuckDBConnection, from: string): Promise<ImportColumn[]> {
  const reader = await conn.runAndReadAll(`DESCRIBE SELECT * FROM ${from}`);
  return reader.getRowObjectsJson().map((row) => ({
    name: String(row.column_name),
    type: String(row.column_type),
  }));
}
