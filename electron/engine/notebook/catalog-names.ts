import type { DuckDBConnection } from "@duckdb/node-api";

/**
 * Lowercase names that a bare `FROM name` resolves to outside the notebook: tables and views
 * in the workspace's `main`, temporary ones, and DuckDB's built-in views (duckdb_tables,
 * pg_tables...). Cell results live in the results database and are not among them.
 */
export async function catalogTableNames(conn: DuckDBConnection): Promise<string[]> {
  const r = await conn.runAndReadAll(
    `SELECT DISTINCT lower(name) FROM (
       SELECT table_name AS name, database_name AS db, schema_name AS sch FROM duckdb_tables()
       UNION ALL
       SELECT view_name, database_name, schema_name FROM duckdb_views()
     )
     WHERE db IN (current_database(), 'temp', 'system') AND sch IN ('main', 'pg_catalog')
     ORDER BY 1`,
  );
  return r.getRows().map(([name]) => String(name));
}
