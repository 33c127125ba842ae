import type { DuckDBConnection } from "@duckdb/node-api";
import { type DataWarning, formatNumber, OBSERVATION_KEY_SQL, queryRows } from "./data-warning.ts";

/** Checks on single values: several values for one key, values outside the indicator's range, no year. */

async function conflictingValues(conn: DuckDBConnection): Promise<DataWarning[]> {
  const rows = await queryRows(
    conn,
    `SELECT ${OBSERVATION_KEY_SQL} AS key,
            list(DISTINCT value ORDER BY value) AS vals,
            list(DISTINCT source_id ORDER BY source_id) AS srcs
     FROM main.observations GROUP BY ALL HAVING count(DISTINCT value) > 1 ORDER BY key`,
  );
  return rows.map((r) => {
    const vals = (r.vals as unknown[]).map(formatNumber).join(", ");
    const srcs = (r.srcs as unknown[]).join(", ");
    return {
      check: "conflicting_values",
      table: "observations",
      key: String(r.key),
      message: `observations ${r.key} has ${(r.vals as unknown[]).length} different values (${vals}) from ${srcs}: different reference dates or sources; read the notes before using one`,
    };
  });
}

async function outOfRange(conn: DuckDBConnection): Promise<DataWarning[]> {
  const rows = await queryRows(
    conn,
    `SELECT ${OBSERVATION_KEY_SQL} AS key, o.value, i.value_min, i.value_max, i.unit
     FROM main.observations o JOIN main.indicators i USING (indicator_id)
     WHERE o.value < i.value_min OR o.value > i.value_max ORDER BY key`,
  );
  return rows.map((r) => {
    const range = `${r.value_min === null ? "-inf" : formatNumber(r.value_min)} .. ${r.value_max === null ? "+inf" : formatNumber(r.value_max)}`;
    return {
      check: "out_of_range",
      table: "observations",
      key: String(r.key),
      message: `observations ${r.key}: value ${formatNumber(r.value)} (${r.unit}) is outside the indicator's valid range ${range}`,
    };
  });
}

async function undated(conn: DuckDBConnection): Promise<DataWarning[]> {
  const rows = await queryRows(
    conn,
    `SELECT ${OBSERVATION_KEY_SQL} AS key FROM main.observations WHERE year IS NULL ORDER BY key`,
  );
  return rows.map((r) => ({
    check: "undated",
    table: "observations",
    key: String(r.key),
    message: `observations ${r.key} has no year (undated in the source): it cannot be placed on a trend line or compared with a target year`,
  }));
}

export async function checkValues(conn: DuckDBConnection): Promise<DataWarning[]> {
  return [...(await conflictingValues(conn)), ...(await outOfRange(conn)), ...(await undated(conn))];
}
