import { type DataType, DataType as DT, type Field, tableFromIPC } from "apache-arrow";
import type { ColumnInfo } from "../../../shared/protocol/methods.ts";

/** One row as Vega wants it: plain values, numbers as JS numbers. */
export type ChartRow = Record<string, unknown>;

export interface ArrowRows {
  /** Column names with their Arrow type as text (e.g. "Float64", "Utf8"). */
  columns: ColumnInfo[];
  rows: ChartRow[];
}

/** DuckDB DECIMAL/HUGEINT arrive as unscaled integers; the decimal point goes back in as text first. */
function decimalNumber(unscaled: string, scale: number): number {
  if (scale <= 0) return Number(unscaled);
  const negative = unscaled.startsWith("-");
  const digits = (negative ? unscaled.slice(1) : unscaled).padStart(scale + 1, "0");
  return Number(`${negative ? "-" : ""}${digits.slice(0, -scale)}.${digits.slice(-scale)}`);
}

/**
 * DATE and TIMESTAMP without a zone are wall-clock values; Arrow hands them over as if they were
 * UTC. The chart compiler gives Vega local epoch milliseconds (Vega-Lite's time units work in
 * local time), so the same is done here: 2021-03-04 00:00 stays 2021-03-04 00:00 on the axis.
 */
function wallClockToLocalMs(utcMs: number): number {
  const d = new Date(utcMs);
  return new Date(
    d.getUTCFullYear(),
    d.getUTCMonth(),
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    d.getUTCMilliseconds(),
  ).getTime();
}

function bigintsToNumbers(value: unknown): unknown {
  if (typeof value === "bigint") return Number(value);
  if (Array.isArray(value)) return value.map(bigintsToNumbers);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, bigintsToNumbers(v)]));
  }
  return value;
}

function converter(type: DataType): (value: unknown) => unknown {
  if (DT.isDecimal(type)) return (v) => decimalNumber(String(v), type.scale);
  if (DT.isDate(type)) return (v) => wallClockToLocalMs(Number(v));
  if (DT.isTimestamp(type)) {
    return type.timezone ? (v) => Number(v) : (v) => wallClockToLocalMs(Number(v));
  }
  if (DT.isBinary(type)) return (v) => `<${(v as Uint8Array).byteLength} bytes>`;
  if (DT.isList(type) || DT.isStruct(type) || DT.isMap(type) || DT.isFixedSizeList(type)) {
    return (v) => bigintsToNumbers((v as { toJSON(): unknown }).toJSON());
  }
  return (v) => (typeof v === "bigint" ? Number(v) : v);
}

/** Arrow IPC stream bytes (a chart query's rows, a result window) -> plain row objects for Vega. */
export function arrowRows(ipc: Uint8Array): ArrowRows {
  const table = tableFromIPC(ipc);
  const columns = table.schema.fields.map((field: Field, i) => ({
    name: field.name,
    vector: table.getChildAt(i)!,
    convert: converter(field.type),
  }));
  const rows: ChartRow[] = new Array(table.numRows);
  for (let r = 0; r < table.numRows; r++) {
    const row: ChartRow = {};
    for (const c of columns) {
      const value = c.vector.get(r);
      row[c.name] = value === null || value === undefined ? null : c.convert(value);
    }
    rows[r] = row;
  }
  return { columns: table.schema.fields.map((f: Field) => ({ name: f.name, type: String(f.type) })), rows };
}
