import type { TopLevelSpec } from "vega-lite";
import outline from "../geo/kyrgyzstan-outline.json" with { type: "json" };
import { PRESET_STYLES } from "../themes.ts";
import { frameProperties, type PresetFrame } from "./preset-frame.ts";

/**
 * Osh oblast's districts and Osh city as symbols at their coordinates over the outline of
 * Kyrgyzstan (Natural Earth 1:50m, embedded: nothing is fetched), zoomed to the units by default. Proportional circles (area
 * proportional to the value) or equal circles coloured on viridis. Units whose coordinates are
 * unknown cannot be placed; the caller's note about them is added under the title, so the map
 * never silently drops a district.
 */
export interface MapUnit {
  unitId: string;
  label: string;
  /** From the units table (district seat or nominal point); null when the source has none. */
  lat: number | null;
  lon: number | null;
  value: number | null;
}

export interface DistrictMapInput extends PresetFrame {
  units: readonly MapUnit[];
  valueTitle: string;
  symbol: "size" | "color";
  /** Subtitle line naming units that could not be placed, e.g. (labels) => `No coordinates: ${labels.join(", ")}`. */
  notPlacedNote: (labels: string[]) => string;
  /** d3-format for legend values; default ",.1f". */
  format?: string;
  /** "units": zoom to the placed units (default); "country": all of Kyrgyzstan. */
  extent?: "units" | "country";
  width?: number;
  height?: number;
}

/** Margin around the placed units when zooming, in degrees (roughly 50 km). */
const ZOOM_PADDING_DEG = 0.5;

/**
 * A Mercator projection showing the given box in a width x height view, clipped to the view so
 * the country outline beyond it is cut off instead of spilling over titles and legends.
 */
function mercatorFor(lons: number[], lats: number[], width: number, height: number) {
  const rad = Math.PI / 180;
  const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * rad) / 2));
  const lon0 = Math.min(...lons) - ZOOM_PADDING_DEG;
  const lon1 = Math.max(...lons) + ZOOM_PADDING_DEG;
  const y0 = mercY(Math.min(...lats) - ZOOM_PADDING_DEG);
  const y1 = mercY(Math.max(...lats) + ZOOM_PADDING_DEG);
  const scale = Math.min(width / ((lon1 - lon0) * rad), height / (y1 - y0));
  const latMid = (2 * Math.atan(Math.exp((y0 + y1) / 2)) - Math.PI / 2) / rad;
  return {
    type: "mercator" as const,
    center: [(lon0 + lon1) / 2, latMid] as [number, number],
    scale,
    translate: [width / 2, height / 2] as [number, number],
    clipExtent: [
      [0, 0],
      [width, height],
    ] as [[number, number], [number, number]],
  };
}

export function districtMap(input: DistrictMapInput): TopLevelSpec {
  const format = input.format ?? ",.1f";
  const placed = input.units.filter((u) => u.lat !== null && u.lon !== null);
  const notPlaced = input.units.filter((u) => u.lat === null || u.lon === null).map((u) => u.label);
  const subtitle = [
    ...(input.subtitle === undefined
      ? []
      : Array.isArray(input.subtitle)
        ? input.subtitle
        : [input.subtitle]),
    ...(notPlaced.length > 0 ? [input.notPlacedNote(notPlaced)] : []),
  ];
  const frame = frameProperties({ ...input, subtitle: subtitle.length > 0 ? subtitle : undefined });
  const values = placed.map((u) => ({ unit: u.label, lat: u.lat, lon: u.lon, value: u.value }));
  const position = {
    latitude: { field: "lat", type: "quantitative" as const },
    longitude: { field: "lon", type: "quantitative" as const },
  };
  const projector = input.theme === "projector";
  const width = input.width ?? 620;
  const height = input.height ?? 400;
  const projection =
    (input.extent ?? "units") === "units" && placed.length > 0
      ? mercatorFor(
          placed.map((u) => u.lon as number),
          placed.map((u) => u.lat as number),
          width,
          height,
        )
      : { type: "mercator" as const };
  const symbolEncoding =
    input.symbol === "size"
      ? {
          size: {
            field: "value",
            type: "quantitative" as const,
            title: input.valueTitle,
            // Area proportional to the value: a zero-based domain onto a zero-based area range.
            scale: { zero: true, range: [0, projector ? 3600 : 1600] },
            legend: { format },
          },
        }
      : {
          color: {
            field: "value",
            type: "quantitative" as const,
            title: input.valueTitle,
            scale: { scheme: "viridis" },
            legend: { format },
          },
        };
  return {
    ...frame,
    width,
    height,
    projection,
    layer: [
      {
        data: {
          values: { type: "FeatureCollection", features: [outline] },
          format: { type: "json", property: "features" },
        },
        mark: { type: "geoshape", style: PRESET_STYLES.land },
      },
      {
        data: { values },
        mark: {
          type: "circle",
          opacity: 0.85,
          stroke: "#FFFFFF",
          strokeWidth: 1,
          ...(input.symbol === "color" ? { size: projector ? 700 : 300 } : {}),
        },
        encoding: {
          ...position,
          ...symbolEncoding,
          tooltip: [{ field: "unit" }, { field: "value", format }],
        },
      },
      // Labels with a halo in the background colour, readable over the outline and the circles.
      ...[PRESET_STYLES.halo, PRESET_STYLES.label].map((style) => ({
        data: { values },
        mark: {
          type: "text" as const,
          style,
          align: "left" as const,
          dx: projector ? 20 : 14,
          dy: projector ? -18 : -12,
        },
        encoding: { ...position, text: { field: "unit" } },
      })),
    ],
  };
}
