import type { DuckDBConnection } from "@duckdb/node-api";
import { EngineError } from "./engine-error.ts";
import { quoteIdent } from "./import/sql-quote.ts";
import { RESULTS_DB } from "./results-db.ts";

/** Result ids are plain identifiers (r_12, a cell name, or either with __sorted); nothing else reaches SQL. */
const RESULT_ID = /^[a-z_][a-z0-9_]{0,70}$/;

export { quoteIdent } from "./import/sql-quote.ts";

/** The fully qualified table of a materialised result, after checking that it exists. */
export async function resultTable(conn: DuckDBConnection, resultId: string): Promise<string> {
  if (RESULT_ID.test(resultId)) {
    const r = await conn.runAndReadAll(
      `SELECT count(*) FROM duckdb_tables() WHERE database_name = '${RESULTS_DB}' AND table_name = $name`,
      { name: resultId },
    );
    if (Number(r.getRows()[0]?.[0]) > 0) return `${RESULTS_DB}.main.${quoteIdent(resultId)}`;
  }
  throw new EngineError("not_found", `Result ${resultId} is no longer available; run the cell again.`);
}

/** Column names of a result, to check user-chosen columns before they go into SQL. */
export async function resultColumns(conn: DuckDBConnection, resultId: string): Promise<Map<string, string>> {
  const r = await conn.runAndReadAll(
    `SELECT column_name, data_type FROM duckdb_columns() WHERE database_name = '${RESULTS_DB}' AND table_name = $name ORDER BY column_index`,
    { name: resultId },
  );
  return new Map(r.getRows().map(([n, t]) => [String(n), String(t)]));
}
