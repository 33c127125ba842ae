/** SQL text for identifiers and literals. Everything a user typed reaches SQL only through these. */

/** A DuckDB identifier in double quotes; embedded quotes are doubled, so no name can break out. */
export function quoteIdentifier(name: string): string {
  if (name.includes("\u0000"))
    throw new Error(`column or table name contains a NUL character: ${JSON.stringify(name)}`);
  return `"${name.replaceAll('"', '""')}"`;
}

/** A literal for a filter value: strings single-quoted with quotes doubled, finite numbers only. */
export function sqlLiteral(value: string | number | boolean): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`filter value ${value} is not a finite number`);
    return `CAST(${String(value)} AS DOUBLE)`;
  }
  if (value.includes("\u0000"))
    throw new Error(`filter value contains a NUL character: ${JSON.stringify(value)}`);
  return `'${value.replaceAll("'", "''")}'`;
}
