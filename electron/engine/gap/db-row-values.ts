import type { DuckDBConnection, DuckDBType, DuckDBValue } from "@duckdb/node-api";

export type DbRow = Record<string, unknown>;

/** Runs a query and returns its rows as plain JS objects. */
export async function readRows(
  conn: DuckDBConnection,
  sql: string,
  values: Record<string, DuckDBValue> = {},
  types?: Record<string, DuckDBType>,
): Promise<DbRow[]> {
  const reader = await conn.runAndReadAll(sql, values, types);
  return reader.getRowObjectsJS() as DbRow[];
}

export function textOf(row: DbRow, column: string): string | null {
  const v = row[column];
  return v === null || v === undefined ? null : String(v);
}

export function numberOf(row: DbRow, column: string): number | null {
  const v = row[column];
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return Number(v);
  return null;
}
