import path from "node:path";
import { type DuckDBConnection, LIST, listValue, VARCHAR } from "@duckdb/node-api";
import { quoteIdentifier, sqlLiteral } from "../../../shared/charts/sql-quote.ts";
import { createBundledTableSql } from "./bundled-ddl.ts";
import {
  BUNDLED_SCHEMAS,
  type BundledManifest,
  type BundledTableSchema,
  type ManifestTable,
} from "./bundled-schema.ts";
import { readBundledManifest } from "./read-manifest.ts";
import { ensureMetaSchema, upsertTableMeta } from "./table-meta.ts";

export interface LoadReport {
  datasetId: string;
  contentHash: string;
  /** True when the database already held this content (same manifest hash, all tables present). */
  skipped: boolean;
  tables: Array<{ table: string; rows: number }>;
}

/** read_csv with every column typed explicitly: no sniffing, so a bad cell fails loudly. */
function insertFromCsvSql(schema: BundledTableSchema, csvPath: string): string {
  const columns = schema.columns.map((c) => `${sqlLiteral(c.name)}: ${sqlLiteral(c.type)}`).join(", ");
  return `INSERT INTO main.${quoteIdentifier(schema.table)} SELECT * FROM read_csv(${sqlLiteral(csvPath)},
    header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {${columns}})`;
}

async function isCurrent(conn: DuckDBConnection, manifest: BundledManifest): Promise<boolean> {
  const stored = await conn.runAndReadAll(
    "SELECT content_hash FROM workbench_meta.bundled_data WHERE dataset_id = $1",
    [manifest.dataset_id],
  );
  if (stored.getRowsJS()[0]?.[0] !== manifest.content_hash) return false;
  const present = await conn.runAndReadAll(
    "SELECT count(*)::INTEGER FROM duckdb_tables() WHERE schema_name = 'main' AND database_name = current_database() AND list_contains($1, table_name)",
    [listValue(manifest.tables.map((t) => t.table))],
    [LIST(VARCHAR)],
  );
  return present.getRowsJS()[0]?.[0] === manifest.tables.length;
}

async function loadTable(conn: DuckDBConnection, datasetsDir: string, entry: ManifestTable): Promise<number> {
  const schema = BUNDLED_SCHEMAS[entry.table];
  const csvPath = path.join(datasetsDir, "osh", entry.file);
  await conn.run(`DROP TABLE IF EXISTS main.${quoteIdentifier(entry.table)}`);
  await conn.run(createBundledTableSql(schema));
  try {
    await conn.run(insertFromCsvSql(schema, csvPath));
  } catch (err) {
    throw new Error(`${csvPath}: loading table ${entry.table} failed: ${(err as Error).message}`);
  }
  const counted = await conn.runAndReadAll(
    `SELECT count(*)::INTEGER FROM main.${quoteIdentifier(entry.table)}`,
  );
  const rows = Number(counted.getRowsJS()[0]?.[0]);
  if (rows !== entry.rows) {
    throw new Error(`${csvPath}: ${rows} rows read, manifest.json says ${entry.rows}; rebuild the datasets`);
  }
  return rows;
}

/**
 * Creates the bundled tables (sources, units, indicators, observations, framework, targets) in
 * `main` from datasets/osh/*.csv, in one transaction. The workspace database persists, so a
 * second start with the same manifest hash only checks the hash and returns.
 */
export async function loadBundledData(conn: DuckDBConnection, datasetsDir: string): Promise<LoadReport> {
  const manifest = readBundledManifest(datasetsDir);
  await ensureMetaSchema(conn);
  const report: LoadReport = {
    datasetId: manifest.dataset_id,
    contentHash: manifest.content_hash,
    skipped: true,
    tables: manifest.tables.map((t) => ({ table: t.table, rows: t.rows })),
  };
  if (await isCurrent(conn, manifest)) return report;

  await conn.run("BEGIN TRANSACTION");
  try {
    report.tables = [];
    for (const entry of manifest.tables) {
      const rows = await loadTable(conn, datasetsDir, entry);
      report.tables.push({ table: entry.table, rows });
      await upsertTableMeta(conn, {
        tableName: entry.table,
        datasetId: manifest.dataset_id,
        title: entry.title,
        description: entry.description,
        synthetic: false,
        sourceIds: entry.source_ids,
        origin: "bundled",
      });
    }
    await conn.run(
      "INSERT OR REPLACE INTO workbench_meta.bundled_data VALUES ($1, $2, current_localtimestamp()::TIMESTAMP)",
      [manifest.dataset_id, manifest.content_hash],
    );
    await conn.run("COMMIT");
  } catch (err) {
    await conn.run("ROLLBACK");
    throw err;
  }
  report.skipped = false;
  return report;
}
