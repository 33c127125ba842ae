/** Rows written by a DuckDB COPY ... TO, which answers with one "Count" row. */
export function copiedRows(result: Record<string, unknown>[]): number {
  return Number(result[0]?.Count ?? 0);
}
