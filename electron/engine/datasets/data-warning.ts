import type { DuckDBConnection } from "@duckdb/node-api";

/** One finding of the data check: which check, where (table + row key), and what is wrong. */
export interface DataWarning {
  check: string;
  table: string;
  key: string;
  message: string;
}

/** Row key of an observation: unit/indicator/year plus every dimension that is not 'total'. */
export const OBSERVATION_KEY_SQL = `concat_ws('/', unit_id, indicator_id, coalesce(year::VARCHAR, 'undated'),
  CASE WHEN sex <> 'total' THEN 'sex=' || sex END,
  CASE WHEN location <> 'total' THEN 'location=' || location END,
  CASE WHEN age <> 'total' THEN 'age=' || age END,
  CASE WHEN breakdown <> 'total' THEN 'breakdown=' || breakdown END)`;

export async function queryRows(
  conn: DuckDBConnection,
  sql: string,
): Promise<Array<Record<string, unknown>>> {
  const reader = await conn.runAndReadAll(sql);
  return reader.getRowObjectsJS() as Array<Record<string, unknown>>;
}

/** Numbers in messages as people write them: 1,104,248 or 90.73 (no float noise). */
export function formatNumber(value: unknown): string {
  const n = Number(value);
  if (!Number.isFinite(n)) return String(value);
  return n.toLocaleString("en-US", { maximumFractionDigits: 6 });
}
