import type { TopLevelSpec } from "vega-lite";
import { PRESET_STYLES } from "../themes.ts";
import { frameProperties, type PresetFrame } from "./preset-frame.ts";

/**
 * Bullet chart, one row per unit: a track from 0 to the target, the value as a thinner bar over
 * it, the target as a tick and the value written after the bar. Reads at a glance whether each
 * district reached its target and how far it has to go.
 */
export interface BulletRow {
  unitId: string;
  label: string;
  value: number | null;
  target: number | null;
}

export interface BulletChartInput extends PresetFrame {
  rows: readonly BulletRow[];
  /** Axis title: the indicator and its unit, e.g. "Households with internet, %". */
  valueTitle: string;
  /** d3-format for the written values; default ",.1f". */
  format?: string;
  /** Written where a unit has no value; default "–". */
  noDataText?: string;
  width?: number;
}

export function bulletChart(input: BulletChartInput): TopLevelSpec {
  const format = input.format ?? ",.1f";
  const step = input.theme === "projector" ? 60 : 36;
  const values = input.rows.map((r) => ({ unit: r.label, value: r.value, target: r.target }));
  const x = (field: string) => ({
    field,
    type: "quantitative" as const,
    title: input.valueTitle,
    scale: { zero: true },
  });
  return {
    ...frameProperties(input),
    data: { values },
    width: input.width ?? 520,
    height: { step },
    encoding: {
      y: {
        field: "unit",
        type: "nominal",
        sort: input.rows.map((r) => r.label),
        title: null,
        axis: { domain: false, ticks: false },
      },
    },
    layer: [
      {
        mark: { type: "bar", style: PRESET_STYLES.track, height: { band: 0.8 } },
        encoding: { x: x("target") },
      },
      { mark: { type: "bar", height: { band: 0.4 } }, encoding: { x: x("value") } },
      {
        mark: { type: "tick", style: PRESET_STYLES.reference, size: step * 0.8, thickness: step / 12 },
        encoding: { x: x("target") },
      },
      {
        transform: [
          {
            calculate: `datum.value == null ? ${JSON.stringify(input.noDataText ?? "–")} : format(datum.value, ${JSON.stringify(format)})`,
            as: "valueText",
          },
          { calculate: "datum.value == null ? 0 : datum.value", as: "valueAt" },
        ],
        mark: { type: "text", style: PRESET_STYLES.label, align: "left", dx: 6 },
        encoding: { x: x("valueAt"), text: { field: "valueText", type: "nominal" } },
      },
    ],
  };
}
