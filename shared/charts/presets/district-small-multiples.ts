import type { TopLevelSpec } from "vega-lite";
import { PRESET_STYLES } from "../themes.ts";
import { frameProperties, type PresetFrame } from "./preset-frame.ts";

/**
 * One small panel per district (and Osh city), same scales everywhere so panels compare: the
 * indicator over the years, and the unit's target as a horizontal rule when it has one.
 */
export interface SmallMultipleRow {
  unitId: string;
  unitLabel: string;
  year: number;
  value: number | null;
}

export interface SmallMultiplesInput extends PresetFrame {
  rows: readonly SmallMultipleRow[];
  valueTitle: string;
  yearTitle: string;
  /** Target value per unit id; units without one get no rule. */
  targets?: Readonly<Record<string, number>>;
  /** Panel order (unit ids); default: first appearance in `rows`. */
  unitOrder?: readonly string[];
  mark?: "line" | "bar";
  /** Panels per row; default 4. */
  columns?: number;
  /** d3-format for values; default ",.1f". */
  format?: string;
}

export function districtSmallMultiples(input: SmallMultiplesInput): TopLevelSpec {
  const format = input.format ?? ",.1f";
  const labelById = new Map(input.rows.map((r) => [r.unitId, r.unitLabel]));
  const unitIds = [...new Set(input.unitOrder ?? input.rows.map((r) => r.unitId))];
  const values = input.rows.map((r) => ({
    unit: r.unitLabel,
    year: r.year,
    value: r.value,
    target: input.targets?.[r.unitId] ?? null,
  }));
  const x =
    input.mark === "bar"
      ? { field: "year", type: "ordinal" as const, title: input.yearTitle }
      : {
          field: "year",
          type: "quantitative" as const,
          title: input.yearTitle,
          axis: { format: "d", tickMinStep: 1 },
        };
  const y = { field: "value", type: "quantitative" as const, title: input.valueTitle, axis: { format } };
  const small = input.theme === "projector" ? { width: 260, height: 170 } : { width: 170, height: 110 };
  return {
    ...frameProperties(input),
    data: { values },
    columns: input.columns ?? 4,
    facet: {
      field: "unit",
      type: "nominal",
      sort: unitIds.map((id) => labelById.get(id) ?? id),
      title: null,
    },
    spec: {
      ...small,
      layer: [
        input.mark === "bar"
          ? { mark: { type: "bar" }, encoding: { x, y } }
          : { mark: { type: "line", point: true }, encoding: { x, y } },
        {
          transform: [{ filter: "datum.target != null" }],
          mark: { type: "rule", style: PRESET_STYLES.reference, strokeDash: [6, 4] },
          encoding: { y: { field: "target", type: "quantitative", aggregate: "max" } },
        },
      ],
    },
  };
}
