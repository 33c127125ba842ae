import { basename } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { ImportOptions } from "./import-types.ts";

/** The catalog of table provenance; the dataset loader creates the same table, so both use IF NOT EXISTS. */
const TABLE_META_DDL = `
  CREATE SCHEMA IF NOT EXISTS workbench_meta;
  CREATE TABLE IF NOT EXISTS workbench_meta.table_meta (
    table_name VARCHAR PRIMARY KEY,
    dataset_id VARCHAR,
    title VARCHAR,
    description VARCHAR,
    synthetic BOOLEAN,
    source_ids VARCHAR[],
    origin VARCHAR
  );`;

export interface ImportProvenance {
  table: string;
  file: string;
  sizeBytes: number;
  importedAt: Date;
  options: ImportOptions;
  columnTypes: Record<string, string>;
}

/**
 * Records where an imported table came from. Runs inside the import's transaction, so the table
 * and its provenance appear together or not at all.
 */
export async function recordImportProvenance(
  conn: DuckDBConnection,
  provenance: ImportProvenance,
): Promise<void> {
  await conn.run(TABLE_META_DDL);
  const fileName = basename(provenance.file);
  const origin = JSON.stringify({
    file: fileName,
    sizeBytes: provenance.sizeBytes,
    importedAt: provenance.importedAt.toISOString(),
    options: provenance.options,
    columnTypes: provenance.columnTypes,
  });
  const sheet = provenance.options.format === "xlsx" ? `, sheet "${provenance.options.xlsx.sheet}"` : "";
  await conn.run("DELETE FROM workbench_meta.table_meta WHERE table_name = $1", [provenance.table]);
  await conn.run(
    `INSERT INTO workbench_meta.table_meta (table_name, dataset_id, title, description, synthetic, source_ids, origin)
     VALUES ($1, 'imported', $2, $3, false, []::VARCHAR[], $4)`,
    [provenance.table, fileName, `Imported by the user from ${fileName}${sheet}`, origin],
  );
}
