import type { DuckDBConnection } from "@duckdb/node-api";
import type { ImportOverrides, ImportPreview } from "./import-types.ts";
import { explainLoadFailure } from "./load-failure-explain.ts";
import { planSource } from "./plan-source.ts";
import { PREVIEW_ROW_LIMIT, selectSql } from "./source-plan.ts";

/**
 * What importing the file would give: the detected options (to show and edit), the columns with
 * their types, the first rows and any warnings. Reads only the start of large text files.
 */
export async function previewImport(
  conn: DuckDBConnection,
  file: string,
  options: ImportOverrides = {},
): Promise<ImportPreview> {
  const { plan } = await planSource(conn, file, { overrides: options, columnTypes: {}, purpose: "preview" });
  try {
    const reader = await conn
      .runAndReadAll(`${selectSql(plan)} LIMIT ${PREVIEW_ROW_LIMIT}`)
      .catch(async (error: unknown) => {
        throw await explainLoadFailure(conn, plan, error);
      });
    const names = reader.columnNames();
    const types = reader.columnTypes();
    const rows = reader.getRowsJson() as unknown[][];
    const warnings = [...plan.warnings];
    if (rows.length === 0) warnings.push("the file has no data rows below the header");
    return {
      detected: plan.detected,
      columns: names.map((name, index) => ({ name, type: types[index]!.toString() })),
      rows,
      warnings,
      ...(plan.sheets ? { sheets: plan.sheets } : {}),
    };
  } finally {
    await plan.dispose();
  }
}
