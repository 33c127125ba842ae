import { OKABE_ITO } from "../themes.ts";

/**
 * Status colours for heat maps and tile maps, from best to worst, colour-blind safe (Okabe-Ito
 * blue through yellow to vermillion, never red next to green) with grey for "no assessment".
 * Callers map their own statuses (Eurostat, ESCAP, German weather, ...) onto these tones.
 */
export const STATUS_TONES = ["best", "good", "fair", "poor", "worst", "none"] as const;
export type StatusTone = (typeof STATUS_TONES)[number];

export const STATUS_TONE_FILL: Record<StatusTone, string> = {
  best: OKABE_ITO.blue,
  good: OKABE_ITO.skyBlue,
  fair: OKABE_ITO.yellow,
  poor: OKABE_ITO.orange,
  worst: OKABE_ITO.vermillion,
  none: "#BBBBBB",
};

/** Text written on a tone's fill: white only where black would be too weak (WCAG contrast). */
export const STATUS_TONE_TEXT: Record<StatusTone, string> = {
  best: "#FFFFFF",
  good: "#000000",
  fair: "#000000",
  poor: "#000000",
  worst: "#000000",
  none: "#000000",
};

/** One status as the legend shows it. */
export interface StatusEntry {
  id: string;
  label: string;
  tone: StatusTone;
}

/** A colour scale over status labels, in the order given (best first). */
export function statusColorScale(statuses: readonly StatusEntry[]): { domain: string[]; range: string[] } {
  return { domain: statuses.map((s) => s.label), range: statuses.map((s) => STATUS_TONE_FILL[s.tone]) };
}

/** How a cell chart (heat map, tile grid) is coloured: by status, or by value on viridis. */
export type CellColoring =
  | { colorBy: "status"; statuses: readonly StatusEntry[]; statusTitle: string }
  | { colorBy: "value"; valueTitle: string };

/** The colour encoding of a cell chart's `status` or `value` field; `format` labels the value legend. */
export function cellColorEncoding(coloring: CellColoring, format: string) {
  return coloring.colorBy === "status"
    ? {
        field: "status",
        type: "nominal" as const,
        title: coloring.statusTitle,
        scale: statusColorScale(coloring.statuses),
      }
    : {
        field: "value",
        type: "quantitative" as const,
        title: coloring.valueTitle,
        scale: { scheme: "viridis" },
        legend: { format },
      };
}

/**
 * Text colour for a viridis-coloured cell at position t in [0, 1] of the value range: viridis is
 * dark (purple, blue) in its lower half, light (green, yellow) above.
 */
export function textOnViridis(t: number): string {
  return t < 0.55 ? "#FFFFFF" : "#000000";
}
