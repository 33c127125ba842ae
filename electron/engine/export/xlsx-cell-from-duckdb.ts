import type { CellValue } from "exceljs";
import { quoteIdent } from "../import/sql-quote.ts";

/** How a DuckDB column is written to a sheet: as Excel numbers, dates, booleans, or text. */
export type XlsxColumnKind = "number" | "date" | "timestamp" | "boolean" | "text";

const NUMBER_TYPE = /^(U?(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)|FLOAT|DOUBLE|DECIMAL\(\d+,\s*\d+\))$/;

export function xlsxColumnKind(type: string): XlsxColumnKind {
  if (NUMBER_TYPE.test(type)) return "number";
  if (type === "BOOLEAN") return "boolean";
  if (type === "DATE") return "date";
  if (/^TIMESTAMP/.test(type)) return "timestamp";
  return "text";
}

/**
 * The SELECT item for a column: kept as is when it maps to an Excel cell type, otherwise turned
 * into text by DuckDB (lists, structs, times, blobs); zoned timestamps become the session's local time.
 */
export function xlsxSelectItem(name: string, type: string): string {
  const column = quoteIdent(name);
  const kind = xlsxColumnKind(type);
  if (kind === "timestamp" && type !== "TIMESTAMP") return `CAST(${column} AS TIMESTAMP) AS ${column}`;
  if (kind === "text" && type !== "VARCHAR") return `CAST(${column} AS VARCHAR) AS ${column}`;
  return column;
}

/** Excel's limit on the text of one cell. */
const XLSX_MAX_CELL_TEXT = 32_767;

export interface CellConversion {
  value: CellValue;
  /** Set when the value could not be kept exactly. */
  issue?: "truncated" | "big-integer";
}

/** A JS value from DuckDB as an Excel cell: numbers stay numbers, dates stay dates. */
export function toXlsxCell(value: unknown): CellConversion {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === "bigint") {
    const number = Number(value);
    return Number.isSafeInteger(number)
      ? { value: number }
      : { value: value.toString(), issue: "big-integer" };
  }
  if (typeof value === "number") return { value: Number.isFinite(value) ? value : String(value) };
  if (typeof value === "boolean") return { value };
  if (value instanceof Date) return { value: Number.isNaN(value.getTime()) ? null : value };
  const text = String(value);
  if (text.length > XLSX_MAX_CELL_TEXT)
    return { value: text.slice(0, XLSX_MAX_CELL_TEXT), issue: "truncated" };
  return { value: text };
}
