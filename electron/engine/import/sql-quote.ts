/** Quotes an identifier for DuckDB ("a""b"), so any column or table name is safe in SQL text. */
export { quoteIdentifier as quoteIdent } from "../../../shared/charts/sql-quote.ts";

/** Quotes a string literal for DuckDB ('it''s'). */
export function quoteLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * Type names come from the user and are pasted into SQL, so only plain type syntax passes:
 * a name, optional (precision, scale) and optional [] suffixes.
 */
const TYPE_NAME = /^[A-Za-z][A-Za-z0-9_ ]*(\(\s*\d+\s*(,\s*\d+\s*)?\))?(\[\])*$/;

export function isPlainTypeName(type: string): boolean {
  return TYPE_NAME.test(type.trim());
}
