import type { DuckDBConnection } from "@duckdb/node-api";
import type { CatalogTable, TableMeta } from "../../shared/protocol/methods.ts";

/** Schemas that hold the engine's own bookkeeping, hidden from the user's catalog. */
const HIDDEN_SCHEMAS = ["workbench_meta", "information_schema", "pg_catalog"];

/**
 * Tables and views of the workspace database with their columns, row counts and, where the
 * bundled data or an import recorded it, their provenance.
 */
export async function listCatalog(conn: DuckDBConnection): Promise<CatalogTable[]> {
  const hidden = HIDDEN_SCHEMAS.map((s) => `'${s}'`).join(",");
  const objects = await conn.runAndReadAll(`
    SELECT schema_name, table_name, 'table' AS kind, estimated_size::BIGINT AS row_count
      FROM duckdb_tables() WHERE database_name = current_database() AND schema_name NOT IN (${hidden})
    UNION ALL
    SELECT schema_name, view_name, 'view', NULL
      FROM duckdb_views() WHERE database_name = current_database() AND NOT internal AND schema_name NOT IN (${hidden})
    ORDER BY 1, 2`);
  const columns = await conn.runAndReadAll(`
    SELECT schema_name, table_name, column_name, data_type FROM duckdb_columns()
     WHERE database_name = current_database() AND schema_name NOT IN (${hidden})
     ORDER BY schema_name, table_name, column_index`);
  const byTable = new Map<string, { name: string; type: string }[]>();
  for (const [schema, table, name, type] of columns.getRows()) {
    const key = `${schema}.${table}`;
    const list = byTable.get(key) ?? [];
    list.push({ name: String(name), type: String(type) });
    byTable.set(key, list);
  }
  const meta = await readTableMeta(conn);
  return objects.getRows().map(([schema, name, kind, rowCount]) => ({
    schema: String(schema),
    name: String(name),
    kind: kind === "view" ? "view" : "table",
    rowCount: rowCount === null ? null : Number(rowCount),
    columns: byTable.get(`${schema}.${name}`) ?? [],
    meta: meta.get(String(name)) ?? null,
  }));
}

async function readTableMeta(conn: DuckDBConnection): Promise<Map<string, TableMeta>> {
  const present = await conn.runAndReadAll(
    "SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'workbench_meta' AND table_name = 'table_meta'",
  );
  const out = new Map<string, TableMeta>();
  if (Number(present.getRows()[0]?.[0]) === 0) return out;
  const rows = await conn.runAndReadAll(
    "SELECT table_name, dataset_id, title, description, synthetic, to_json(source_ids)::VARCHAR, origin FROM workbench_meta.table_meta",
  );
  for (const [table, datasetId, title, description, synthetic, sourceIds, origin] of rows.getRows()) {
    out.set(String(table), {
      datasetId: datasetId === null ? null : String(datasetId),
      title: title === null ? null : String(title),
      description: description === null ? null : String(description),
      synthetic: synthetic === true,
      sourceIds: sourceIds === null ? [] : (JSON.parse(String(sourceIds)) as string[]),
      origin: origin === null ? null : String(origin),
    });
  }
  return out;
}
