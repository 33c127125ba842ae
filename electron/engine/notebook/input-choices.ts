import type { InputValue } from "../../../shared/notebook/notebook-schema.ts";
import type { Engine } from "../engine.ts";
import { EngineError } from "../engine-error.ts";
import { quoteIdent } from "../result-table.ts";
import { sqlErrorHeadline } from "../sql-error-position.ts";

/**
 * A dropdown input's choices: the distinct non-null values of a column of a catalog table or
 * of a cell's result, sorted. Names reach SQL only as quoted identifiers.
 */
export async function inputChoices(
  engine: Engine,
  table: string,
  column: string,
  limit: number,
): Promise<{ values: InputValue[]; truncated: boolean }> {
  const where = `${table}.${column}`;
  return engine.withConnection(async (conn) => {
    let rows: unknown[][];
    try {
      const col = quoteIdent(column);
      const r = await conn.runAndReadAll(
        `SELECT DISTINCT ${col} FROM ${quoteIdent(table)} WHERE ${col} IS NOT NULL ORDER BY 1 LIMIT ${limit + 1}`,
      );
      rows = r.getRows();
    } catch (e) {
      const message = sqlErrorHeadline(e instanceof Error ? e.message : String(e));
      throw new EngineError("sql_error", `Choices from ${where}: ${message}`, undefined, where);
    }
    const values = rows.slice(0, limit).map(([v]) => toInputValue(v));
    return { values, truncated: rows.length > limit };
  });
}

function toInputValue(v: unknown): InputValue {
  if (typeof v === "string" || typeof v === "boolean" || v === null) return v;
  if (typeof v === "number") return Number.isFinite(v) ? v : String(v);
  if (typeof v === "bigint") return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  // Dates, decimals and the like: their SQL text, which DuckDB casts back when bound.
  return String(v);
}
