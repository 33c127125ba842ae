import type { ChartLocale } from "../../../shared/charts/chart-locales.ts";
import type { ChartThemeName } from "../../../shared/charts/chart-spec.ts";
import { CHART_ROWS_DATASET } from "../../../shared/charts/compile-chart-query.ts";
import { chartConfig } from "../../../shared/charts/themes.ts";
import { unescapeVegaLiteField } from "../../../shared/charts/vega-lite-field-name.ts";
import type { ChartRow } from "./arrow-rows.ts";

/**
 * The Vega-Lite a chart cell draws, from the spec the runner produced: a size that suits the
 * theme when the spec sets none, the SYNTHETIC DATA label drawn into the chart (so every image
 * export carries it), and interaction (zoom and pan on continuous axes, highlight from the
 * legend) where the spec is a plain unit spec that has no parameters of its own.
 */

type Json = Record<string, unknown>;

export interface PresentOptions {
  rows: readonly ChartRow[];
  theme: ChartThemeName;
  /** Label drawn when `synthetic`; the caller passes it translated. */
  synthetic: boolean;
  syntheticLabel: string;
}

/**
 * Plot sizes when the spec has none: Vega-Lite's 200 px default is too small to read on a
 * projector. The width is the most a plot gets; the live view narrows it to fit its cell.
 */
const PLOT_SIZE: Record<ChartThemeName, { width: number; height: number; step: number }> = {
  light: { width: 720, height: 320, step: 24 },
  dark: { width: 720, height: 320, step: 24 },
  projector: { width: 1400, height: 540, step: 48 },
};

/** Discrete x labels up to this many characters (years, codes) stay horizontal. */
const SHORT_LABEL = 8;

/** Colour of the synthetic label per theme: the report's warning red, lighter on dark. */
const SYNTHETIC_COLOR: Record<ChartThemeName, string> = {
  light: "#A12A00",
  dark: "#FFB380",
  projector: "#A12A00",
};

/** Name of the legend selection the highlight reads; chosen so it does not clash with Vega-Lite's own. */
export const LEGEND_PARAM = "chart_legend_pick";
export const ZOOM_PARAM = "chart_zoom";

const DISCRETE = new Set(["nominal", "ordinal"]);
const CONTINUOUS = new Set(["quantitative", "temporal"]);

function isRecord(value: unknown): value is Json {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function markType(spec: Json): string | null {
  if (typeof spec.mark === "string") return spec.mark;
  if (isRecord(spec.mark) && typeof spec.mark.type === "string") return spec.mark.type;
  return null;
}

/** The position definition of a channel, from a unit spec or the first layer of a layered one. */
function positionDef(spec: Json, channel: "x" | "y"): Json | undefined {
  const unit = isRecord(spec.encoding)
    ? spec
    : Array.isArray(spec.layer) && isRecord(spec.layer[0])
      ? spec.layer[0]
      : null;
  const def = unit && isRecord(unit.encoding) ? unit.encoding[channel] : undefined;
  return isRecord(def) ? def : undefined;
}

function distinctCount(rows: readonly ChartRow[], field: string): number {
  const seen = new Set<unknown>();
  for (const row of rows) seen.add(row[field]);
  return seen.size;
}

function isFaceted(spec: Json): boolean {
  return (
    "facet" in spec || (isRecord(spec.encoding) && ("column" in spec.encoding || "row" in spec.encoding))
  );
}

/**
 * Width (or height) for one axis when the spec sets none: the theme's plot size, or a step per
 * category when there are so many discrete values that the fixed size would squeeze them.
 */
function axisSize(
  def: Json | undefined,
  rows: readonly ChartRow[],
  size: number,
  step: number,
): number | { step: number } {
  if (def && DISCRETE.has(String(def.type)) && typeof def.field === "string") {
    const n = distinctCount(rows, def.field);
    if (n * step > size) return { step };
  }
  return size;
}

function withDefaultSize(spec: Json, rows: readonly ChartRow[], theme: ChartThemeName): Json {
  // Facets size their cells with Vega-Lite's steps; a fixed size per cell would be far too wide.
  if (isFaceted(spec)) return spec;
  const plot = PLOT_SIZE[theme];
  const out = { ...spec };
  if (markType(spec) === "arc") {
    if (out.width === undefined) out.width = plot.height;
    if (out.height === undefined) out.height = plot.height;
    return out;
  }
  if (out.width === undefined) out.width = axisSize(positionDef(spec, "x"), rows, plot.width, plot.step);
  if (out.height === undefined) out.height = axisSize(positionDef(spec, "y"), rows, plot.height, plot.step);
  return out;
}

/**
 * Vega-Lite turns discrete x labels vertical; years and short codes read better level. Only
 * where the spec leaves the angle open and every label is short.
 */
function withLevelLabels(spec: Json, rows: readonly ChartRow[]): Json {
  if (!isRecord(spec.encoding)) return spec;
  const x = spec.encoding.x;
  if (!isRecord(x) || !DISCRETE.has(String(x.type)) || typeof x.field !== "string") return spec;
  const axis = isRecord(x.axis) ? x.axis : x.axis === undefined ? {} : null;
  if (axis === null || axis.labelAngle !== undefined) return spec;
  const field = unescapeVegaLiteField(x.field);
  if (!rows.every((r) => String(r[field] ?? "").length <= SHORT_LABEL)) return spec;
  return { ...spec, encoding: { ...spec.encoding, x: { ...x, axis: { ...axis, labelAngle: 0 } } } };
}

/** Adds the label as the first subtitle line of the title (making a title if there is none). */
function withSyntheticLabel(spec: Json, label: string, theme: ChartThemeName): Json {
  const style = { subtitleColor: SYNTHETIC_COLOR[theme], subtitleFontWeight: "bold" };
  const title = spec.title;
  if (typeof title === "string" || Array.isArray(title)) {
    return { ...spec, title: { text: title, subtitle: label, ...style } };
  }
  if (isRecord(title)) {
    const existing = title.subtitle;
    const lines = existing === undefined ? [] : Array.isArray(existing) ? existing : [existing];
    return { ...spec, title: { ...title, subtitle: [label, ...lines], ...style } };
  }
  // Vega-Lite draws no title without text: the label becomes the title, at the subtitle's size.
  const size = (chartConfig(theme, "en").title as { subtitleFontSize?: number } | undefined)
    ?.subtitleFontSize;
  return {
    ...spec,
    title: { text: label, color: SYNTHETIC_COLOR[theme], fontWeight: "bold", fontSize: size },
  };
}

/**
 * Zoom and pan (drag, wheel; double-click resets) on the continuous position axes, and a click
 * on a legend entry that fades the other series. Bars and areas zoom only along time: panning a
 * bar's value axis would move its baseline under a presenter's hand.
 */
function withInteraction(spec: Json): Json {
  if (!isRecord(spec.encoding) || spec.params !== undefined) return spec;
  const mark = markType(spec);
  if (mark === null || mark === "arc" || mark === "boxplot") return spec;
  const encoding = spec.encoding;
  const params: Json[] = [];
  const zoom = (["x", "y"] as const).filter((channel) => {
    const def = encoding[channel];
    if (!isRecord(def) || !CONTINUOUS.has(String(def.type)) || def.bin !== undefined) return false;
    return mark === "bar" || mark === "area" ? def.type === "temporal" : true;
  });
  if (zoom.length > 0)
    params.push({ name: ZOOM_PARAM, select: { type: "interval", encodings: zoom }, bind: "scales" });
  const color = encoding.color;
  const out: Json = { ...spec, encoding: { ...encoding } };
  if (isRecord(color) && typeof color.field === "string" && DISCRETE.has(String(color.type))) {
    params.push({ name: LEGEND_PARAM, select: { type: "point", fields: [color.field] }, bind: "legend" });
    if (encoding.opacity === undefined) {
      (out.encoding as Json).opacity = { condition: { param: LEGEND_PARAM, value: 1 }, value: 0.2 };
    }
  }
  if (params.length === 0) return spec;
  out.params = params;
  return out;
}

/** What the drawn chart lets the user do, for the hint under it. */
export function interactionsOf(presented: Json): { zoom: boolean; legend: boolean } {
  const names = Array.isArray(presented.params)
    ? presented.params.map((p) => (isRecord(p) ? p.name : undefined))
    : [];
  return { zoom: names.includes(ZOOM_PARAM), legend: names.includes(LEGEND_PARAM) };
}

/** Whether the live view may narrow the plot to fit its cell: the width is the theme's default. */
export function widthIsDefault(vegaLite: Json, presented: Json): boolean {
  return vegaLite.width === undefined && typeof presented.width === "number";
}

export function presentedSpec(vegaLite: Json, opts: PresentOptions): Json {
  let spec = withLevelLabels(withDefaultSize(vegaLite, opts.rows, opts.theme), opts.rows);
  if (opts.synthetic) spec = withSyntheticLabel(spec, opts.syntheticLabel, opts.theme);
  return withInteraction(spec);
}

/**
 * Tooltip numbers without a format of their own: up to 7 significant digits (a population is
 * shown whole, a share without a tail of float noise), grouped as the locale groups thousands.
 */
const TOOLTIP_NUMBER_FORMAT = ",.7~r";

/** The Vega-Lite config a chart is compiled with: the theme, the locale, and tooltips on every mark. */
export function viewConfig(theme: ChartThemeName, locale: ChartLocale): Json {
  const config = chartConfig(theme, locale) as Json;
  return {
    ...config,
    mark: { ...(isRecord(config.mark) ? config.mark : {}), tooltip: true },
    tooltipFormat: { numberFormat: TOOLTIP_NUMBER_FORMAT },
  };
}

/** Vega-Lite's own rule for a spec's config over the one passed to compile: objects merge, the rest is replaced. */
export function mergeConfig(base: Json, over: Json): Json {
  const out: Json = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const under = out[key];
    out[key] = isRecord(under) && isRecord(value) ? mergeConfig(under, value) : value;
  }
  return out;
}

/**
 * A self-contained Vega-Lite document (opens in the Vega editor): the rows inline as a named
 * dataset, the theme's config merged under the spec's own.
 */
export function standaloneSpec(presented: Json, rows: readonly ChartRow[], config: Json): Json {
  const own = isRecord(presented.config) ? presented.config : {};
  const data = isRecord(presented.data) ? presented.data : null;
  const out: Json = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    ...presented,
    config: mergeConfig(config, own),
  };
  if (data !== null && data.name === CHART_ROWS_DATASET) out.datasets = { [CHART_ROWS_DATASET]: rows };
  return out;
}
