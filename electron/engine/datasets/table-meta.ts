import { BOOLEAN, type DuckDBConnection, LIST, listValue, VARCHAR } from "@duckdb/node-api";

/**
 * workbench_meta.table_meta: one row per table the workbench knows the provenance of (bundled
 * tables, the synthetic census, later imports). The catalog and exports read it to say where a
 * table comes from and whether it is synthetic.
 */
export interface TableMetaRow {
  tableName: string;
  datasetId: string;
  title: string;
  description: string;
  synthetic: boolean;
  sourceIds: string[];
  origin: "bundled" | "generated" | "imported";
}

export async function ensureMetaSchema(conn: DuckDBConnection): Promise<void> {
  await conn.run("CREATE SCHEMA IF NOT EXISTS workbench_meta");
  await conn.run(`CREATE TABLE IF NOT EXISTS workbench_meta.table_meta (
    table_name VARCHAR PRIMARY KEY,
    dataset_id VARCHAR,
    title VARCHAR,
    description VARCHAR,
    synthetic BOOLEAN,
    source_ids VARCHAR[],
    origin VARCHAR
  )`);
  await conn.run(`CREATE TABLE IF NOT EXISTS workbench_meta.bundled_data (
    dataset_id VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL,
    loaded_at TIMESTAMP NOT NULL
  )`);
}

export async function upsertTableMeta(conn: DuckDBConnection, row: TableMetaRow): Promise<void> {
  await conn.run(
    "INSERT OR REPLACE INTO workbench_meta.table_meta VALUES ($1, $2, $3, $4, $5, $6, $7)",
    [
      row.tableName,
      row.datasetId,
      row.title,
      row.description,
      row.synthetic,
      listValue(row.sourceIds),
      row.origin,
    ],
    [VARCHAR, VARCHAR, VARCHAR, VARCHAR, BOOLEAN, LIST(VARCHAR), VARCHAR],
  );
}
