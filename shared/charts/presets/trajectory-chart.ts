import type { TopLevelSpec } from "vega-lite";
import { PRESET_STYLES } from "../themes.ts";
import { frameProperties, type PresetFrame } from "./preset-frame.ts";

/**
 * Trajectory of one indicator in one unit: the observed history, the target as a point, the
 * straight "required path" from the latest observation to the target, and (when the gap method
 * gives one) the projection of the current trend. Series are told apart by colour and by dash,
 * so the chart also reads in greyscale print.
 */
export interface YearValue {
  year: number;
  value: number;
}

export interface TrajectoryInput extends PresetFrame {
  /** Observations, any order; at least one (the required path starts at the latest). */
  history: readonly YearValue[];
  target: YearValue;
  /** The trend projection as computed by the gap analysis; omitted when there is none. */
  projection?: readonly YearValue[];
  valueTitle: string;
  /** Legend and axis words in the user's language. */
  labels: { history: string; requiredPath: string; projection: string; target: string; year: string };
  /** d3-format for values; default ",.1f". */
  format?: string;
  /** Start the value axis at zero (default true: honest for shares and counts). */
  zeroBaseline?: boolean;
  width?: number;
  height?: number;
}

export function trajectoryChart(input: TrajectoryInput): TopLevelSpec {
  const history = [...input.history].sort((a, b) => a.year - b.year);
  const latest = history[history.length - 1];
  if (latest === undefined) throw new Error("trajectoryChart: the history has no observation");
  const { labels } = input;
  const format = input.format ?? ",.1f";
  const rows = [
    ...history.map((p) => ({ series: labels.history, ...p })),
    ...(input.projection ?? []).map((p) => ({ series: labels.projection, ...p })),
    { series: labels.requiredPath, ...latest },
    { series: labels.requiredPath, ...input.target },
  ];
  const series = [labels.history, labels.projection, labels.requiredPath];
  const x = {
    field: "year",
    type: "quantitative" as const,
    title: labels.year,
    axis: { format: "d", tickMinStep: 1 },
  };
  const y = {
    field: "value",
    type: "quantitative" as const,
    title: input.valueTitle,
    axis: { format },
    scale: { zero: input.zeroBaseline ?? true },
  };
  return {
    ...frameProperties(input),
    width: input.width ?? 560,
    height: input.height ?? 320,
    layer: [
      {
        data: { values: rows },
        mark: { type: "line" },
        encoding: {
          x,
          y,
          color: {
            field: "series",
            type: "nominal",
            scale: { domain: series },
            title: null,
            legend: { symbolType: "stroke", symbolSize: 400 },
          },
          strokeDash: {
            field: "series",
            type: "nominal",
            scale: {
              domain: series,
              range: [
                [1, 0],
                [8, 5],
                [2, 4],
              ],
            },
            title: null,
          },
        },
      },
      {
        data: { values: history },
        mark: { type: "point", filled: true },
        encoding: { x, y, color: { datum: labels.history, type: "nominal" } },
      },
      {
        data: { values: [input.target] },
        layer: [
          {
            mark: {
              type: "point",
              shape: "diamond",
              filled: true,
              size: 220,
              style: PRESET_STYLES.reference,
            },
            encoding: { x, y },
          },
          {
            mark: { type: "text", style: PRESET_STYLES.label, align: "right", dx: -12, fontWeight: "bold" },
            encoding: { x, y, text: { field: "label", type: "nominal" } },
            transform: [
              {
                calculate: `${JSON.stringify(`${labels.target} ${input.target.year}: `)} + format(datum.value, ${JSON.stringify(format)})`,
                as: "label",
              },
            ],
          },
        ],
      },
    ],
  };
}
