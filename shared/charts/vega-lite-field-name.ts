/**
 * Vega-Lite reads "." and "[...]" in a field string as nested access, so a DuckDB column named
 * "a.b" must be written "a\\.b". These two functions are exact inverses.
 */
export function escapeVegaLiteField(column: string): string {
  return column.replace(/[\\.[\]]/g, (c) => `\\${c}`);
}

export function unescapeVegaLiteField(field: string): string {
  return field.replace(/\\(.)/g, "$1");
}
