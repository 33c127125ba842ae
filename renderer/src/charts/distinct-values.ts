import type { EngineClient } from "../../../shared/protocol/engine-client.ts";
import { quoteIdent } from "../store/workbench-store.ts";
import { arrowRows } from "./arrow-rows.ts";

/** Most values offered as suggestions for a filter; enough for indicator ids and district names. */
export const DISTINCT_LIMIT = 200;

/** A column's distinct values, for the filter box's suggestions (as text, sorted). */
export async function distinctValues(client: EngineClient, source: string, field: string): Promise<string[]> {
  const col = quoteIdent(field);
  const r = await client.call("sql.run", {
    sql: `SELECT DISTINCT ${col} AS v FROM ${quoteIdent(source)} WHERE ${col} IS NOT NULL ORDER BY 1 LIMIT ${DISTINCT_LIMIT}`,
    windowSize: DISTINCT_LIMIT,
  });
  if (r.resultId !== null) void client.call("sql.release", { resultId: r.resultId }).catch(() => undefined);
  return arrowRows(r.window.arrow).rows.map((row) => String(row.v));
}
