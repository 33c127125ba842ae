import type { ChartSpec } from "../../../shared/charts/chart-spec.ts";

/**
 * What a chart cell keeps in `options.spec`. Three shapes:
 * - null: a new cell, nothing chosen yet;
 * - a builder spec (shared/charts/chart-spec.ts), possibly a draft the schema does not accept yet
 *   (an arc without theta while the user is still picking fields);
 * - a raw Vega-Lite spec the builder cannot express: `{ source, vegaLite }`. `source` is the
 *   table or cell its top-level `data.name` names (absent when the data is inline), kept beside
 *   the spec so the notebook's dependency graph (cellUses reads `spec.source`) still sees it.
 */
export interface RawChartSpec {
  source?: string;
  vegaLite: Record<string, unknown>;
}

export type ChartCellSpec =
  | { kind: "empty" }
  | { kind: "builder"; spec: ChartSpec }
  | { kind: "raw"; raw: RawChartSpec }
  /** Not one of the shapes above (a hand-edited file): shown as an error, never thrown. */
  | { kind: "unreadable"; value: unknown };

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

export function readChartCellSpec(value: unknown): ChartCellSpec {
  if (value === null || value === undefined) return { kind: "empty" };
  if (!isRecord(value)) return { kind: "unreadable", value };
  if (isRecord(value.vegaLite)) {
    const source = typeof value.source === "string" && value.source !== "" ? value.source : undefined;
    return {
      kind: "raw",
      raw: source === undefined ? { vegaLite: value.vegaLite } : { source, vegaLite: value.vegaLite },
    };
  }
  if (typeof value.mark === "string" && isRecord(value.encoding) && typeof value.source === "string") {
    // Drafts are allowed: the runner validates with parseChartSpec and names the problem.
    return { kind: "builder", spec: value as unknown as ChartSpec };
  }
  return { kind: "unreadable", value };
}

/** The empty draft the builder starts from. */
export function emptyDraft(source = ""): ChartSpec {
  return { source, mark: "bar", encoding: {} };
}

/** The table or cell a chart cell reads, whatever its shape ("" when none). */
export function chartCellSource(spec: ChartCellSpec): string {
  if (spec.kind === "builder") return spec.spec.source;
  if (spec.kind === "raw") return spec.raw.source ?? "";
  return "";
}

/** What goes into the cell's `options.spec` for a builder or raw spec. */
export function storedSpec(spec: Extract<ChartCellSpec, { kind: "builder" } | { kind: "raw" }>): unknown {
  return spec.kind === "builder" ? spec.spec : spec.raw;
}
