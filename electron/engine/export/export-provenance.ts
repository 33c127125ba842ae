import type { DuckDBConnection } from "@duckdb/node-api";
import type { ExportedProvenance } from "./export-types.ts";

/** The table's row in workbench_meta.table_meta, if the catalog exists and has one. */
export async function readTableProvenance(
  conn: DuckDBConnection,
  table: string,
): Promise<ExportedProvenance | undefined> {
  const catalog = await conn.runAndReadAll(
    `SELECT count(*) AS n FROM duckdb_tables()
     WHERE schema_name = 'workbench_meta' AND table_name = 'table_meta' AND database_name = current_database()`,
  );
  if (Number(catalog.getRowObjectsJS()[0]?.n ?? 0) === 0) return undefined;
  const reader = await conn.runAndReadAll(
    `SELECT table_name, dataset_id, title, synthetic, source_ids
     FROM workbench_meta.table_meta WHERE lower(table_name) = lower($1)`,
    [table],
  );
  const row = reader.getRowObjectsJS()[0];
  if (!row) return undefined;
  return {
    table: String(row.table_name),
    datasetId: row.dataset_id === null ? null : String(row.dataset_id),
    title: row.title === null ? null : String(row.title),
    synthetic: row.synthetic === true,
    sourceIds: Array.isArray(row.source_ids) ? row.source_ids.map(String) : [],
  };
}
