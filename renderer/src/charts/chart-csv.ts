import { unescapeVegaLiteField } from "../../../shared/charts/vega-lite-field-name.ts";
import type { ChartRow } from "./arrow-rows.ts";

/**
 * The chart's data (the rows Vega drew: aggregated rows for builder charts) as CSV, RFC 4180
 * with CRLF line ends. Synthetic data is marked by a first line starting with "#", before the
 * header, so the marker travels with the file even when the columns are copied elsewhere;
 * readers that skip comment lines (pandas `comment="#"`, R `comment.char`) still read the table.
 */

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Fields a Vega-Lite spec reads as temporal, wherever an encoding sits (layers, facets). */
export function temporalFields(spec: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(spec)) {
    for (const item of spec) temporalFields(item, out);
    return out;
  }
  if (!isRecord(spec)) return out;
  if (isRecord(spec.encoding)) {
    for (const def of Object.values(spec.encoding)) {
      for (const d of Array.isArray(def) ? def : [def]) {
        if (isRecord(d) && d.type === "temporal" && typeof d.field === "string")
          out.add(unescapeVegaLiteField(d.field));
      }
    }
  }
  for (const key of ["layer", "spec", "concat", "hconcat", "vconcat"]) temporalFields(spec[key], out);
  return out;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Chart rows hold local epoch milliseconds for time: written back as local wall-clock time. */
export function localDateTimeText(ms: number): string {
  const d = new Date(ms);
  const date = `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  if (d.getHours() === 0 && d.getMinutes() === 0 && d.getSeconds() === 0 && d.getMilliseconds() === 0)
    return date;
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  return d.getMilliseconds() === 0 ? `${date} ${time}` : `${date} ${time}.${pad(d.getMilliseconds(), 3)}`;
}

function cellText(value: unknown, temporal: boolean): string {
  if (value === null || value === undefined) return "";
  if (temporal && typeof value === "number" && Number.isFinite(value)) return localDateTimeText(value);
  const text = typeof value === "object" ? JSON.stringify(value) : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface ChartCsvOptions {
  /** Columns holding time as epoch milliseconds (see temporalFields). */
  temporal: ReadonlySet<string>;
  /** The synthetic-data marker line (without "#"), or null for real data. */
  syntheticNote: string | null;
}

export function chartCsv(rows: readonly ChartRow[], opts: ChartCsvOptions): string {
  const columns: string[] = [];
  const known = new Set<string>();
  for (const row of rows) {
    for (const key of Object.keys(row)) {
      if (!known.has(key)) {
        known.add(key);
        columns.push(key);
      }
    }
  }
  const lines: string[] = [];
  if (opts.syntheticNote !== null) lines.push(`# ${opts.syntheticNote.replace(/[\r\n]+/g, " ")}`);
  lines.push(columns.map((c) => cellText(c, false)).join(","));
  for (const row of rows) lines.push(columns.map((c) => cellText(row[c], opts.temporal.has(c))).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
