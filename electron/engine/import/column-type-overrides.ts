import { ImportError } from "./import-error.ts";
import type { PlannedColumn } from "./source-plan.ts";
import { isPlainTypeName } from "./sql-quote.ts";

/** Checks the user's column types name real columns and are plain type names, before any SQL runs. */
export function validateColumnTypes(
  file: string,
  columnNames: string[],
  columnTypes: Record<string, string>,
): void {
  const known = new Set(columnNames);
  for (const [name, type] of Object.entries(columnTypes)) {
    if (!known.has(name)) {
      throw new ImportError(
        "INVALID_OPTION",
        file,
        `a type was chosen for column "${name}", but the file has no such column (columns: ${columnNames
          .map((column) => `"${column}"`)
          .join(", ")})`,
        { column: name },
      );
    }
    if (!isPlainTypeName(type)) {
      throw new ImportError("INVALID_OPTION", file, `"${type}" is not a column type`, { column: name });
    }
  }
}

/** Wraps columns the user retyped in a CAST, with the condition that finds a value the CAST rejects. */
export function applyColumnTypes(
  columns: PlannedColumn[],
  columnTypes: Record<string, string>,
): PlannedColumn[] {
  return columns.map((column) => {
    const type = columnTypes[column.name]?.trim();
    if (type === undefined || type.toUpperCase() === column.type.toUpperCase()) return column;
    return {
      name: column.name,
      type: type.toUpperCase(),
      expr: `CAST(${column.expr} AS ${type})`,
      check: {
        raw: column.expr,
        fails: `${column.expr} IS NOT NULL AND TRY_CAST(${column.expr} AS ${type}) IS NULL`,
      },
    };
  });
}
