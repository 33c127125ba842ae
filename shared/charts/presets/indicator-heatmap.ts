import type { TopLevelSpec } from "vega-lite";
import { PRESET_STYLES } from "../themes.ts";
import { frameProperties, type PresetFrame } from "./preset-frame.ts";
import { type CellColoring, cellColorEncoding, STATUS_TONE_TEXT, textOnViridis } from "./status-palette.ts";

/**
 * Units (rows) x indicators (columns), each cell coloured by its gap status or by its value and
 * labelled with the value. Cells without a value or status are grey and say so.
 */
export interface HeatmapCell {
  unitId: string;
  unitLabel: string;
  indicatorId: string;
  indicatorLabel: string;
  value: number | null;
  /** Status id (one of `statuses`), when colouring by status. */
  status?: string | null;
}

export type HeatmapInput = PresetFrame & {
  cells: readonly HeatmapCell[];
  /** d3-format for the written values; default ",.1f". */
  format?: string;
  /** Written in empty cells; default "–". */
  noDataText?: string;
  /** Row and column order (ids); default: first appearance in `cells`. */
  unitOrder?: readonly string[];
  indicatorOrder?: readonly string[];
} & CellColoring;

export function indicatorHeatmap(input: HeatmapInput): TopLevelSpec {
  const format = input.format ?? ",.1f";
  const noData = input.noDataText ?? "–";
  const statusById = new Map(input.colorBy === "status" ? input.statuses.map((s) => [s.id, s]) : []);
  const numbers = input.cells.flatMap((c) => (c.value === null ? [] : [c.value]));
  const lo = Math.min(...numbers);
  const hi = Math.max(...numbers);
  const values = input.cells.map((c) => {
    const status = c.status == null ? undefined : statusById.get(c.status);
    const filled = input.colorBy === "status" ? status !== undefined : c.value !== null;
    const textColor =
      input.colorBy === "status"
        ? STATUS_TONE_TEXT[status?.tone ?? "none"]
        : c.value === null
          ? STATUS_TONE_TEXT.none
          : textOnViridis(hi > lo ? (c.value - lo) / (hi - lo) : 1);
    return {
      unit: c.unitLabel,
      indicator: c.indicatorLabel,
      value: c.value,
      status: status?.label ?? null,
      filled,
      textColor,
    };
  });
  const order = (ids: readonly string[] | undefined, pick: (c: HeatmapCell) => [string, string]) => {
    const labelById = new Map(input.cells.map(pick));
    return [...new Set(ids ?? input.cells.map((c) => pick(c)[0]))].map((id) => labelById.get(id) ?? id);
  };
  const x = {
    field: "indicator",
    type: "nominal" as const,
    sort: order(input.indicatorOrder, (c) => [c.indicatorId, c.indicatorLabel]),
    title: null,
    axis: {
      orient: "top" as const,
      labelAngle: -30,
      labelAlign: "left" as const,
      domain: false,
      ticks: false,
    },
  };
  const y = {
    field: "unit",
    type: "nominal" as const,
    sort: order(input.unitOrder, (c) => [c.unitId, c.unitLabel]),
    title: null,
    axis: { domain: false, ticks: false },
  };
  const color = cellColorEncoding(input, format);
  const step = input.theme === "projector" ? 64 : 44;
  return {
    ...frameProperties(input),
    data: { values },
    width: { step: step * 2 },
    height: { step },
    encoding: { x, y },
    layer: [
      {
        transform: [{ filter: "!datum.filled" }],
        mark: { type: "rect", style: [PRESET_STYLES.cell, PRESET_STYLES.noData] },
      },
      {
        transform: [{ filter: "datum.filled" }],
        mark: { type: "rect", style: PRESET_STYLES.cell },
        encoding: { color },
      },
      {
        transform: [
          {
            calculate: `datum.value == null ? ${JSON.stringify(noData)} : format(datum.value, ${JSON.stringify(format)})`,
            as: "valueText",
          },
        ],
        mark: { type: "text" },
        encoding: {
          text: { field: "valueText", type: "nominal" },
          fill: { field: "textColor", type: "nominal", scale: null },
        },
      },
    ],
    config: { axis: { grid: false } },
  };
}
