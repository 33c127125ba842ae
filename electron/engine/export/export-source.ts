import type { DuckDBConnection } from "@duckdb/node-api";
import { describeColumns } from "../import/describe-columns.ts";
import type { ImportColumn } from "../import/import-types.ts";
import { quoteIdent } from "../import/sql-quote.ts";
import { ExportError } from "./export-error.ts";
import type { ExportSource } from "./export-types.ts";

/** A source made into one SELECT, with its columns known before any row is written. */
export interface ResolvedSource {
  sql: string;
  columns: ImportColumn[];
  /** Table name, or "query" for SQL; used for sheet names and messages. */
  label: string;
  table?: string;
}

export async function resolveExportSource(
  conn: DuckDBConnection,
  source: ExportSource,
  file: string,
): Promise<ResolvedSource> {
  if ("table" in source) {
    const sql = `SELECT * FROM ${quoteIdent(source.table)}`;
    const columns = await describeColumns(conn, quoteIdent(source.table)).catch(() => {
      throw new ExportError("SOURCE_NOT_FOUND", file, `there is no table "${source.table}"`, source.table);
    });
    return { sql, columns, label: source.table, table: source.table };
  }
  // A trailing ";" is normal in a SQL cell but not inside a subquery.
  const query = source.sql.trim().replace(/;+\s*$/, "");
  const columns = await describeColumns(conn, `(${query})`).catch((error: unknown) => {
    const reason = (error as Error).message.split("\n")[0];
    throw new ExportError("INVALID_SQL", file, `the query cannot be exported: ${reason}`);
  });
  return { sql: `SELECT * FROM (${query})`, columns, label: "query" };
}
