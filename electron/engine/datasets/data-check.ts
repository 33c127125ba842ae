import type { DuckDBConnection } from "@duckdb/node-api";
import { BUNDLED_TABLE_NAMES } from "./bundled-schema.ts";
import { checkLinks } from "./data-check-links.ts";
import { checkSums } from "./data-check-sums.ts";
import { checkValues } from "./data-check-values.ts";
import { type DataWarning, queryRows } from "./data-warning.ts";

export type { DataWarning } from "./data-warning.ts";

/**
 * Checks the bundled tables in `main` (or any tables with the same layout) and returns
 * warnings; it never changes data. Checks: missing_source, unknown_source, unknown_unit,
 * unknown_indicator, broken_framework_link, conflicting_values, out_of_range, undated,
 * sum_mismatch, sum_mismatch_mixed_basis, missing_table.
 */
export async function runDataCheck(conn: DuckDBConnection): Promise<DataWarning[]> {
  const present = await queryRows(
    conn,
    "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' AND database_name = current_database()",
  );
  const names = new Set(present.map((r) => String(r.table_name)));
  const missing = BUNDLED_TABLE_NAMES.filter((t) => !names.has(t));
  if (missing.length > 0) {
    return missing.map((table) => ({
      check: "missing_table",
      table,
      key: table,
      message: `table main.${table} does not exist, so the data check cannot run (load the bundled data first)`,
    }));
  }
  return [...(await checkLinks(conn)), ...(await checkValues(conn)), ...(await checkSums(conn))];
}
