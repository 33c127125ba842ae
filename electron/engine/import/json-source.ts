import type { DuckDBConnection } from "@duckdb/node-api";
import { applyColumnTypes, validateColumnTypes } from "./column-type-overrides.ts";
import { describeColumns } from "./describe-columns.ts";
import { type DuckDBFailureContext, importErrorFromDuckDB } from "./duckdb-import-error.ts";
import type { FileProbe } from "./file-probe.ts";
import { ImportError } from "./import-error.ts";
import type { PlanRequest, SourcePlan } from "./source-plan.ts";
import { quoteIdent, quoteLiteral } from "./sql-quote.ts";
import { prepareTextSource } from "./text-source-prepare.ts";

/** JSON (an array of objects, or any JSON DuckDB can read) and NDJSON, read by DuckDB's read_json. */
export async function planJsonSource(
  conn: DuckDBConnection,
  probe: FileProbe,
  format: "json" | "ndjson",
  request: PlanRequest,
): Promise<SourcePlan> {
  const text = await prepareTextSource(probe, request);
  try {
    const failureContext: DuckDBFailureContext = {
      file: probe.path,
      format,
      encoding: text.encoding,
      detectedEncoding: text.detectedEncoding,
    };
    const readFormat = format === "ndjson" ? "newline_delimited" : "auto";
    const from = `read_json(${quoteLiteral(text.readPath)}, format=${quoteLiteral(readFormat)})`;
    const described = await describeColumns(conn, from).catch((error: unknown) => {
      throw importErrorFromDuckDB(error, failureContext);
    });
    if (described.length === 0) {
      throw new ImportError("EMPTY_FILE", probe.path, "the JSON holds no records with fields");
    }
    validateColumnTypes(
      probe.path,
      described.map((column) => column.name),
      request.columnTypes,
    );
    const columns = described.map((column) => ({ ...column, expr: quoteIdent(column.name) }));
    return {
      detected: { format, encoding: text.encoding },
      from,
      columns: applyColumnTypes(columns, request.columnTypes),
      warnings: text.warnings,
      failureContext,
      rowNumberSql: "row_number() OVER ()",
      // NDJSON has one record per line; a JSON array's records have no fixed line.
      placeOfRow: (row) => (format === "ndjson" ? { line: row } : { row }),
      dispose: text.dispose,
    };
  } catch (error) {
    await text.dispose();
    throw error;
  }
}
