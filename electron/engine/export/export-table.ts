import type { DuckDBConnection } from "@duckdb/node-api";
import { writeAtomically } from "./atomic-file-write.ts";
import { writeCsv } from "./csv-export.ts";
import { ExportError } from "./export-error.ts";
import { readTableProvenance } from "./export-provenance.ts";
import { resolveExportSource } from "./export-source.ts";
import type { ExportOptions, ExportResult, ExportSource } from "./export-types.ts";
import { writeParquet } from "./parquet-export.ts";
import { writeXlsx } from "./xlsx-export.ts";

/**
 * Writes a table or query result to CSV, XLSX or Parquet. The file appears only when complete;
 * errors are ExportErrors naming the file (and table).
 */
export async function exportTable(
  conn: DuckDBConnection,
  source: ExportSource,
  file: string,
  options: ExportOptions,
): Promise<ExportResult> {
  const started = performance.now();
  if (!["csv", "xlsx", "parquet"].includes(options.format)) {
    throw new ExportError("INVALID_OPTION", file, `unknown export format "${options.format}"`);
  }
  const resolved = await resolveExportSource(conn, source, file);
  const provenance = resolved.table ? await readTableProvenance(conn, resolved.table) : undefined;
  const { rows, warnings } = await writeAtomically(file, async (temp) => {
    switch (options.format) {
      case "xlsx":
        return writeXlsx(conn, resolved, temp, file, provenance);
      case "csv":
        return { rows: await writeCsv(conn, resolved, temp, file, options), warnings: [] };
      case "parquet":
        return { rows: await writeParquet(conn, resolved, temp, file, provenance), warnings: [] };
    }
  });
  if (provenance?.synthetic && options.format === "csv") {
    warnings.push(
      "this table is synthetic (generated) data; CSV cannot carry that label — say so wherever it is used",
    );
  }
  return {
    file,
    format: options.format,
    rows,
    elapsedMs: performance.now() - started,
    warnings,
    ...(provenance ? { provenance } : {}),
  };
}
