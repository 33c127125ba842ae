import type { DecimalSeparator, ThousandsSeparator } from "./import-types.ts";
import { MISSING_VALUE_MARKS, SPACE_SEPARATORS } from "./numeric-text-format.ts";
import { quoteLiteral } from "./sql-quote.ts";

/**
 * SQL turning formatted number text ("1 234,5", "-", "…") into a number inside DuckDB, so that
 * no row passes through JavaScript. Returns the strict conversion and a condition true exactly
 * for the values that conversion rejects.
 */
export function numericTextSql(
  column: string,
  decimal: DecimalSeparator,
  thousands: ThousandsSeparator,
  type: string,
): { expr: string; fails: string } {
  const trimmed = `trim(${column})`;
  let cleaned = trimmed;
  if (thousands === " ") cleaned = `regexp_replace(${cleaned}, '[${SPACE_SEPARATORS.join("")}]', '', 'g')`;
  else if (thousands !== "") cleaned = `replace(${cleaned}, ${quoteLiteral(thousands)}, '')`;
  if (decimal === ",") cleaned = `replace(${cleaned}, ',', '.')`;
  const marks = MISSING_VALUE_MARKS.map(quoteLiteral).join(", ");
  const missing = `${trimmed} IN (${marks}) OR ${trimmed} = ''`;
  return {
    expr: `CASE WHEN ${missing} THEN NULL ELSE CAST(${cleaned} AS ${type}) END`,
    fails: `NOT (${missing}) AND TRY_CAST(${cleaned} AS ${type}) IS NULL`,
  };
}
