import { isMissingMark, parseLooseNumber } from "./numeric-text-format.ts";
import type { XlsxValue } from "./xlsx-cell-value.ts";

/** The DuckDB types a workbook column can be staged as. */
export type XlsxColumnType = "BOOLEAN" | "BIGINT" | "DOUBLE" | "DATE" | "TIMESTAMP" | "VARCHAR";

const DAY_MS = 86_400_000;

function isMidnight(date: Date): boolean {
  return date.getTime() % DAY_MS === 0;
}

/** A number for a numeric column: real numbers, numbers typed as text ("1 234,5"), or undefined. */
function numericValue(value: XlsxValue): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value === "string") return parseLooseNumber(value);
  return undefined;
}

/**
 * One type per column from all its cells: all booleans, all dates (DATE when every time is
 * midnight), all numbers — counting numbers stored as text and "-"/"…" marks, which statistical
 * workbooks are full of — or else text.
 */
export function inferColumnType(values: XlsxValue[]): XlsxColumnType {
  let booleans = 0;
  let dates = 0;
  let datesWithTime = 0;
  let numbers = 0;
  let fractions = 0;
  let marks = 0;
  let present = 0;
  for (const value of values) {
    if (value === null) continue;
    present++;
    if (typeof value === "boolean") booleans++;
    else if (value instanceof Date) {
      dates++;
      if (!isMidnight(value)) datesWithTime++;
    } else if (typeof value === "string" && isMissingMark(value)) marks++;
    else {
      const number = numericValue(value);
      if (number === undefined) return "VARCHAR";
      numbers++;
      if (!Number.isSafeInteger(number)) fractions++;
    }
  }
  if (present === 0) return "VARCHAR";
  if (booleans === present) return "BOOLEAN";
  if (dates === present) return datesWithTime > 0 ? "TIMESTAMP" : "DATE";
  if (numbers > 0 && numbers + marks === present) return fractions > 0 ? "DOUBLE" : "BIGINT";
  return "VARCHAR";
}

/** A staged value: what the appender writes for this cell in a column of this type. */
export type StagedValue =
  | { kind: "null" }
  | { kind: "boolean"; value: boolean }
  | { kind: "bigint"; value: bigint }
  | { kind: "double"; value: number }
  | { kind: "date"; days: number }
  | { kind: "timestamp"; micros: bigint }
  | { kind: "text"; value: string };

export function stageValue(value: XlsxValue, type: XlsxColumnType): StagedValue {
  if (value === null) return { kind: "null" };
  switch (type) {
    case "BOOLEAN":
      return { kind: "boolean", value: value === true };
    case "DATE":
      return { kind: "date", days: Math.floor((value as Date).getTime() / DAY_MS) };
    case "TIMESTAMP":
      return { kind: "timestamp", micros: BigInt((value as Date).getTime()) * 1000n };
    case "BIGINT":
    case "DOUBLE": {
      const number = numericValue(value);
      if (number === undefined) return { kind: "null" };
      return type === "BIGINT"
        ? { kind: "bigint", value: BigInt(number) }
        : { kind: "double", value: number };
    }
    case "VARCHAR":
      return { kind: "text", value: valueAsText(value) };
  }
}

/** Text of a cell in a text column: dates as ISO, so they sort and re-parse. */
function valueAsText(value: Exclude<XlsxValue, null>): string {
  if (value instanceof Date) {
    const iso = value.toISOString();
    return isMidnight(value) ? iso.slice(0, 10) : iso.slice(0, 19).replace("T", " ");
  }
  return String(value);
}
