import { fromVegaLite } from "../../../shared/charts/from-vega-lite.ts";
import { toVegaLite } from "../../../shared/charts/to-vega-lite.ts";
import { t } from "../i18n/t.ts";
import type { ChartCellSpec } from "./chart-cell-spec.ts";

/**
 * The JSON tab: the chart as Vega-Lite text, and text back to what the cell stores. Text the
 * builder can express becomes a builder spec again (so the two stay in step); any other valid
 * Vega-Lite is kept as a raw spec and the builder says it is off.
 */

type Json = Record<string, unknown>;

export type JsonEdit =
  | { ok: true; cellSpec: Exclude<ChartCellSpec, { kind: "empty" } | { kind: "unreadable" }> }
  | { ok: false; message: string };

/** The text the JSON tab shows for what the cell holds. */
export function vegaLiteText(spec: ChartCellSpec): string {
  switch (spec.kind) {
    case "builder":
      return JSON.stringify(toVegaLite(spec.spec), null, 2);
    case "raw":
      return JSON.stringify(spec.raw.vegaLite, null, 2);
    case "unreadable":
      return JSON.stringify(spec.value, null, 2);
    case "empty":
      return "";
  }
}

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split("\n");
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

function isRecord(value: unknown): value is Json {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Why a hand-written spec cannot be drawn from its data block, or null when it can. */
export function rawSpecProblem(vegaLite: Json): string | null {
  const data = vegaLite.data;
  if (isRecord(data) && data.url !== undefined) return t("chart.json.url");
  if (!isRecord(data) || (typeof data.name !== "string" && !Array.isArray(data.values))) {
    return t("chart.json.noData");
  }
  return null;
}

/** Reads the JSON tab's text: a builder spec, a raw spec, or a message that says where it is wrong. */
export function readVegaLiteText(text: string): JsonEdit {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(message);
    // "Unexpected end of JSON input" gives no position: the problem is at the end.
    const offset = at ? Number(at[1]) : /end of (JSON )?input/i.test(message) ? text.length : null;
    if (offset !== null) {
      const { line, column } = lineColumn(text, offset);
      // V8 may add "(line 3 column 5)" itself; the position is given once, in front.
      const detail = message.replace(/\s*\(line \d+ column \d+\)/, "");
      return { ok: false, message: t("chart.json.invalidAt", { line, column, message: detail }) };
    }
    return { ok: false, message: t("chart.json.invalid", { message }) };
  }
  if (!isRecord(value)) return { ok: false, message: t("chart.json.notObject") };
  const spec = fromVegaLite(value);
  if (spec !== null) return { ok: true, cellSpec: { kind: "builder", spec } };
  const problem = rawSpecProblem(value);
  if (problem !== null) return { ok: false, message: problem };
  const data = value.data as Json;
  const raw =
    typeof data.name === "string" && data.name !== ""
      ? { source: data.name, vegaLite: value }
      : { vegaLite: value };
  return { ok: true, cellSpec: { kind: "raw", raw } };
}
