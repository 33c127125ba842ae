import type { DuckDBConnection } from "@duckdb/node-api";
import { describeColumns } from "./describe-columns.ts";
import { throwIfCancelled } from "./import-error.ts";
import type { ImportRequest, ImportResult } from "./import-types.ts";
import { planSource } from "./plan-source.ts";
import { quoteIdent } from "./sql-quote.ts";
import { loadIntoTable } from "./table-load.ts";
import { resolveTargetTable } from "./table-name.ts";
import { recordImportProvenance } from "./table-provenance.ts";

/**
 * Loads a CSV/TSV, XLSX, Parquet, JSON or NDJSON file into a new DuckDB table in `main`, with its
 * provenance in workbench_meta.table_meta. Fails with an ImportError that says where; on any
 * failure or cancel no table is left behind.
 */
export async function importFile(
  conn: DuckDBConnection,
  file: string,
  request: ImportRequest = {},
): Promise<ImportResult> {
  const started = performance.now();
  throwIfCancelled(file, request.signal);
  const target = await resolveTargetTable(conn, file, request.table, request.replace ?? false);
  const columnTypes = request.columnTypes ?? {};
  const { probe, plan } = await planSource(conn, file, {
    overrides: request.options ?? {},
    columnTypes,
    purpose: "import",
    onProgress: request.onProgress,
    signal: request.signal,
  });
  try {
    await loadIntoTable(conn, plan, target, {
      signal: request.signal,
      onProgress: request.onProgress,
      beforeCommit: (table) =>
        recordImportProvenance(conn, {
          table,
          file,
          sizeBytes: probe.size,
          importedAt: new Date(),
          options: plan.detected,
          columnTypes,
        }),
    });
  } finally {
    await plan.dispose();
  }
  const table = quoteIdent(target.name);
  const count = await conn.runAndReadAll(`SELECT count(*) AS n FROM main.${table}`);
  const rows = Number(count.getRowObjectsJS()[0]?.n ?? 0);
  const warnings = [...plan.warnings];
  if (rows === 0) warnings.push("the file has no data rows below the header; the table is empty");
  return {
    table: target.name,
    rows,
    columns: await describeColumns(conn, `main.${table}`),
    elapsedMs: performance.now() - started,
    detected: plan.detected,
    warnings,
  };
}
