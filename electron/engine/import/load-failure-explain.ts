import type { DuckDBConnection } from "@duckdb/node-api";
import { importErrorFromDuckDB } from "./duckdb-import-error.ts";
import { ImportError } from "./import-error.ts";
import type { SourcePlan } from "./source-plan.ts";

function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * A failed CAST in the projection (a column the user retyped, or formatted numbers) reaches us
 * as "Could not convert string 'x'" with no row. One query per checked column finds the first
 * value that fails and where it is, so the message can point at it.
 */
export async function explainLoadFailure(
  conn: DuckDBConnection,
  plan: SourcePlan,
  error: unknown,
): Promise<ImportError> {
  const message = error instanceof Error ? error.message : String(error);
  if (!/Conversion Error/.test(message) || /CSV Error on Line/.test(message)) {
    return importErrorFromDuckDB(error, plan.failureContext);
  }
  for (const column of plan.columns) {
    if (!column.check) continue;
    const reader = await conn.runAndReadAll(
      `SELECT rn, raw FROM (
         SELECT ${plan.rowNumberSql} AS rn, CAST(${column.check.raw} AS VARCHAR) AS raw, ${column.check.fails} AS fails
         FROM ${plan.from})
       WHERE fails ORDER BY rn LIMIT 1`,
    );
    const bad = reader.getRowObjectsJS()[0];
    if (!bad) continue;
    const row = Number(bad.rn);
    return new ImportError(
      "TYPE_MISMATCH",
      plan.failureContext.file,
      `value ${JSON.stringify(clip(String(bad.raw)))} is not a valid ${column.type}; ` +
        "choose another type for this column (e.g. VARCHAR) and load again",
      { ...plan.placeOfRow(row, column.name), column: column.name },
    );
  }
  return importErrorFromDuckDB(error, plan.failureContext);
}
