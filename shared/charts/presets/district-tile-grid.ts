import type { TopLevelSpec } from "vega-lite";
import { PRESET_STYLES } from "../themes.ts";
import { frameProperties, type PresetFrame } from "./preset-frame.ts";
import { type CellColoring, cellColorEncoding, STATUS_TONE_TEXT, textOnViridis } from "./status-palette.ts";

/**
 * Tile-grid map: the seven districts of Osh oblast and Osh city as equal squares placed roughly
 * where they lie (north at the top), so small Aravan and the city weigh as much as vast Alay.
 * Unit ids are those of the units table (datasets/shared osh_admin_units.csv).
 */
export const OSH_TILE_GRID: readonly { unitId: string; col: number; row: number }[] = [
  { unitId: "aravan", col: 0, row: 0 },
  { unitId: "kara_suu", col: 1, row: 0 },
  { unitId: "uzgen", col: 2, row: 0 },
  { unitId: "nookat", col: 0, row: 1 },
  { unitId: "osh_city", col: 1, row: 1 },
  { unitId: "kara_kulja", col: 2, row: 1 },
  { unitId: "alay", col: 1, row: 2 },
  { unitId: "chon_alay", col: 1, row: 3 },
];

export interface TileUnit {
  unitId: string;
  label: string;
  value: number | null;
  /** Status id (one of `statuses`), when colouring by status. */
  status?: string | null;
}

export type TileGridInput = PresetFrame & {
  /** Every unit of OSH_TILE_GRID once (value and status null where there is no data). */
  units: readonly TileUnit[];
  format?: string;
  noDataText?: string;
} & CellColoring;

export function districtTileGrid(input: TileGridInput): TopLevelSpec {
  const format = input.format ?? ",.1f";
  const noData = input.noDataText ?? "–";
  const byId = new Map(input.units.map((u) => [u.unitId, u]));
  const unknown = input.units.filter((u) => !OSH_TILE_GRID.some((t) => t.unitId === u.unitId));
  const missing = OSH_TILE_GRID.filter((t) => !byId.has(t.unitId));
  if (unknown.length > 0 || missing.length > 0 || byId.size !== input.units.length) {
    throw new Error(
      `districtTileGrid: units must be the grid's ${OSH_TILE_GRID.length} unit ids once each; ` +
        `unknown: [${unknown.map((u) => u.unitId).join(", ")}], missing: [${missing.map((t) => t.unitId).join(", ")}]`,
    );
  }
  const statusById = new Map(input.colorBy === "status" ? input.statuses.map((s) => [s.id, s]) : []);
  const numbers = input.units.flatMap((u) => (u.value === null ? [] : [u.value]));
  const lo = Math.min(...numbers);
  const hi = Math.max(...numbers);
  const values = OSH_TILE_GRID.map((tile) => {
    const unit = byId.get(tile.unitId) as TileUnit;
    const value = unit.value;
    const status = unit.status == null ? undefined : statusById.get(unit.status);
    const filled = input.colorBy === "status" ? status !== undefined : value !== null;
    const textColor =
      input.colorBy === "status"
        ? STATUS_TONE_TEXT[status?.tone ?? "none"]
        : value === null
          ? STATUS_TONE_TEXT.none
          : textOnViridis(hi > lo ? (value - lo) / (hi - lo) : 1);
    return {
      col: tile.col,
      row: tile.row,
      label: unit.label,
      value,
      status: status?.label ?? null,
      filled,
      textColor,
    };
  });
  const columns = Math.max(...OSH_TILE_GRID.map((t) => t.col)) + 1;
  const rows = Math.max(...OSH_TILE_GRID.map((t) => t.row)) + 1;
  const step = input.theme === "projector" ? 190 : 120;
  const axisOff = { axis: null, title: null };
  const x = {
    field: "col",
    type: "ordinal" as const,
    scale: { domain: Array.from({ length: columns }, (_, i) => i), paddingInner: 0.06 },
    ...axisOff,
  };
  const y = {
    field: "row",
    type: "ordinal" as const,
    scale: { domain: Array.from({ length: rows }, (_, i) => i), paddingInner: 0.06 },
    ...axisOff,
  };
  const color = cellColorEncoding(input, format);
  const textColor = { field: "textColor", type: "nominal" as const, scale: null };
  return {
    ...frameProperties(input),
    data: { values },
    width: { step },
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
        mark: { type: "text", dy: -step / 8, limit: step - 10, fontWeight: "bold" },
        encoding: { text: { field: "label", type: "nominal" }, fill: textColor },
      },
      {
        transform: [
          {
            calculate: `datum.value == null ? ${JSON.stringify(noData)} : format(datum.value, ${JSON.stringify(format)})`,
            as: "valueText",
          },
        ],
        mark: { type: "text", dy: step / 8 },
        encoding: { text: { field: "valueText", type: "nominal" }, fill: textColor },
      },
    ],
    config: { view: { stroke: null } },
  };
}
