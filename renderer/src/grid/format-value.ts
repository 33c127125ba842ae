import { type DataType, DataType as DT } from "apache-arrow";

/** How a value is shown in the grid: its text and whether it lines up to the right. */
export interface Shown {
  text: string;
  numeric: boolean;
  isNull: boolean;
}

const NULL: Shown = { text: "", numeric: false, isNull: true };

function decimalText(unscaled: string, scale: number): string {
  if (scale <= 0) return unscaled;
  const negative = unscaled.startsWith("-");
  const digits = (negative ? unscaled.slice(1) : unscaled).padStart(scale + 1, "0");
  const text = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${text}` : text;
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function isoTimestamp(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace("T", " ")
    .replace(/\.000Z$|Z$/, "");
}

export function formatValue(value: unknown, type: DataType): Shown {
  if (value === null || value === undefined) return NULL;
  if (DT.isDecimal(type))
    return { text: decimalText(String(value), type.scale), numeric: true, isNull: false };
  if (DT.isInt(type)) return { text: String(value), numeric: true, isNull: false };
  if (DT.isFloat(type)) {
    const n = value as number;
    return {
      text: Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15))),
      numeric: true,
      isNull: false,
    };
  }
  if (DT.isDate(type)) return { text: isoDate(value as number), numeric: false, isNull: false };
  if (DT.isTimestamp(type)) return { text: isoTimestamp(value as number), numeric: false, isNull: false };
  if (DT.isBool(type)) return { text: value ? "true" : "false", numeric: false, isNull: false };
  if (DT.isBinary(type))
    return { text: `<${(value as Uint8Array).byteLength} bytes>`, numeric: false, isNull: false };
  if (typeof value === "object") {
    const json = JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
    return { text: json, numeric: false, isNull: false };
  }
  return { text: String(value), numeric: false, isNull: false };
}
