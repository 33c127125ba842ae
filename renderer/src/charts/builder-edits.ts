import {
  type ChartFieldDef,
  type ChartMark,
  type ChartSort,
  type ChartSpec,
  type FieldType,
  SINGLE_CHANNELS,
  type SingleChannel,
  STACK_CHANNELS,
} from "../../../shared/charts/chart-spec.ts";
import type { ColumnInfo } from "../../../shared/protocol/methods.ts";

/**
 * The builder's edits as pure functions over the chart spec: each takes the spec and returns the
 * next one. They keep a field definition consistent with the rules chart-spec.ts enforces
 * (an aggregate other than count needs a quantitative field, bin excludes aggregate and time
 * unit, ...) by adjusting the other settings, so a click never leaves a spec the chart cannot draw
 * because of settings the user did not touch.
 */

/** The field menu's value for "count of rows" (an aggregate without a field). */
export const COUNT_CHOICE = "__count__";

const NUMERIC =
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|REAL|DECIMAL)/i;
const INTEGER = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT)/i;
const TEMPORAL = /^(DATE|TIMESTAMP)/i;

export function isNumericType(duckdbType: string): boolean {
  return NUMERIC.test(duckdbType);
}

/**
 * Vega-Lite type for a column: numbers are quantitative, dates and timestamps temporal, the rest
 * nominal. Integer columns named like a year are ordinal: as quantities they would be drawn
 * as "2,018" on a continuous axis, which is never what a year axis wants.
 */
export function fieldTypeForColumn(column: ColumnInfo): FieldType {
  if (TEMPORAL.test(column.type)) return "temporal";
  if (INTEGER.test(column.type) && /(^|_)(year|yr)$/i.test(column.name)) return "ordinal";
  if (NUMERIC.test(column.type)) return "quantitative";
  return "nominal";
}

/** Drops keys whose value is undefined, so the stored spec (and its JSON) stays minimal. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * A field definition after a change: what the user just set wins, and the settings it rules out
 * go (or the type changes to one that allows it).
 */
export function patchFieldDef(def: ChartFieldDef, patch: Partial<ChartFieldDef>): ChartFieldDef {
  const next: ChartFieldDef = { ...def, ...patch };
  const binned = next.bin !== undefined && next.bin !== false;
  if ("aggregate" in patch && patch.aggregate !== undefined) {
    next.bin = undefined;
    next.timeUnit = undefined;
    if (patch.aggregate !== "count") next.type = "quantitative";
  } else if ("bin" in patch && binned) {
    next.aggregate = undefined;
    next.timeUnit = undefined;
    next.type = "quantitative";
  } else if ("timeUnit" in patch && patch.timeUnit !== undefined) {
    next.aggregate = undefined;
    next.bin = undefined;
    if (next.type !== "temporal" && next.type !== "ordinal") next.type = "temporal";
  } else if ("type" in patch && patch.type !== undefined) {
    if (patch.type !== "quantitative") {
      next.bin = undefined;
      if (next.aggregate !== "count") next.aggregate = undefined;
    }
    if (patch.type !== "temporal" && patch.type !== "ordinal") next.timeUnit = undefined;
  }
  if (next.bin === false) next.bin = undefined;
  if (next.field === undefined && next.aggregate !== "count") next.aggregate = "count";
  return compact(next);
}

/** A channel set to a column (typed from the column), to "count of rows", or cleared (""). */
export function setChannelField(
  spec: ChartSpec,
  channel: SingleChannel,
  choice: string,
  columns: readonly ColumnInfo[],
): ChartSpec {
  const encoding = { ...spec.encoding };
  const old = encoding[channel];
  if (choice === "") {
    delete encoding[channel];
  } else if (choice === COUNT_CHOICE) {
    encoding[channel] = compact<ChartFieldDef>({
      type: "quantitative",
      aggregate: "count",
      stack: old?.stack,
    });
  } else {
    const column = columns.find((c) => c.name === choice);
    const type = column ? fieldTypeForColumn(column) : (old?.type ?? "nominal");
    // Keep the settings that are not about the old field (sort, stack, angle), and an
    // aggregate when the new field can take it.
    const keep = compact({ sort: old?.sort, stack: old?.stack, labelAngle: old?.labelAngle });
    const aggregate = old?.aggregate !== undefined && type === "quantitative" ? old.aggregate : undefined;
    encoding[channel] = compact({ field: choice, type, ...keep, aggregate });
  }
  return { ...spec, encoding };
}

export function patchChannel(
  spec: ChartSpec,
  channel: SingleChannel,
  patch: Partial<ChartFieldDef>,
): ChartSpec {
  const def = spec.encoding[channel];
  if (def === undefined) return spec;
  return { ...spec, encoding: { ...spec.encoding, [channel]: patchFieldDef(def, patch) } };
}

/**
 * A new mark. A pie (arc) reads its size from theta and its slices from color: switching to arc
 * moves y to theta and x to color; switching away moves them back, so the fields are not lost.
 */
export function setMark(spec: ChartSpec, mark: ChartMark): ChartSpec {
  const encoding = { ...spec.encoding };
  if (mark === "arc" && spec.mark !== "arc") {
    if (encoding.theta === undefined && encoding.y !== undefined) {
      encoding.theta = encoding.y;
      delete encoding.y;
    }
    if (encoding.color === undefined && encoding.x !== undefined) {
      encoding.color =
        encoding.x.type === "quantitative" && encoding.x.aggregate === undefined
          ? patchFieldDef(encoding.x, { type: "nominal" })
          : encoding.x;
      delete encoding.x;
    }
  } else if (
    mark !== "arc" &&
    spec.mark === "arc" &&
    encoding.theta !== undefined &&
    encoding.y === undefined
  ) {
    encoding.y = encoding.theta;
    delete encoding.theta;
  }
  const next: ChartSpec = { ...spec, mark, encoding };
  if (mark !== "line" && mark !== "area") delete next.points;
  return next;
}

/**
 * A new source. Encodings, tooltips and filters that read a column the new source lacks are
 * dropped when its columns are known (null: not known yet, everything is kept).
 */
export function setSource(spec: ChartSpec, source: string, columns: readonly ColumnInfo[] | null): ChartSpec {
  if (columns === null) return { ...spec, source };
  const has = (field: string | undefined) => field === undefined || columns.some((c) => c.name === field);
  const encoding: ChartSpec["encoding"] = {};
  for (const channel of SINGLE_CHANNELS) {
    const def = spec.encoding[channel];
    if (def !== undefined && has(def.field)) encoding[channel] = def;
  }
  const tooltip = spec.encoding.tooltip?.filter((d) => has(d.field));
  if (tooltip !== undefined && tooltip.length > 0) encoding.tooltip = tooltip;
  const next: ChartSpec = { ...spec, source, encoding };
  const filters = spec.filters?.filter((f) => has(f.field));
  if (filters !== undefined && filters.length > 0) next.filters = filters;
  else delete next.filters;
  return next;
}

/** Top-level settings (title, size, legend, points); an empty value removes the setting. */
export function setOption<K extends "title" | "subtitle" | "width" | "height" | "legend" | "points">(
  spec: ChartSpec,
  key: K,
  value: ChartSpec[K] | undefined,
): ChartSpec {
  const next: ChartSpec = { ...spec };
  if (value === undefined || value === "") delete next[key];
  else next[key] = value;
  // Vega-Lite cannot draw a subtitle without a title.
  if (key === "title" && next.title === undefined) delete next.subtitle;
  return next;
}

export function setTooltips(spec: ChartSpec, tooltip: ChartFieldDef[]): ChartSpec {
  const encoding = { ...spec.encoding };
  if (tooltip.length === 0) delete encoding.tooltip;
  else encoding.tooltip = tooltip;
  return { ...spec, encoding };
}

/** Whether the builder offers stack for a channel (Vega-Lite stacks on x, y and theta). */
export function stackable(channel: SingleChannel): boolean {
  return (STACK_CHANNELS as readonly string[]).includes(channel);
}

/** The builder's sort menu: named choices for the sort forms it offers. */
export const SORT_CHOICES = [
  "default",
  "ascending",
  "descending",
  "byOtherAsc",
  "byOtherDesc",
  "none",
] as const;
export type SortChoice = (typeof SORT_CHOICES)[number];

/** The channel "sort by the other one" refers to: x by y, everything else by x for y, else by y. */
export function sortPartner(channel: SingleChannel): "x" | "y" {
  return channel === "y" ? "x" : "y";
}

export function sortChoiceOf(channel: SingleChannel, sort: ChartSort | undefined): SortChoice | null {
  if (sort === undefined) return "default";
  if (sort === null) return "none";
  if (sort === "ascending" || sort === "descending") return sort;
  if (
    typeof sort === "object" &&
    !Array.isArray(sort) &&
    "encoding" in sort &&
    sort.encoding === sortPartner(channel)
  ) {
    return sort.order === "descending" ? "byOtherDesc" : "byOtherAsc";
  }
  // A sort written in JSON that the menu has no name for (an explicit order, by a field).
  return null;
}

export function sortForChoice(channel: SingleChannel, choice: SortChoice): ChartSort | undefined {
  switch (choice) {
    case "default":
      return undefined;
    case "none":
      return null;
    case "ascending":
    case "descending":
      return choice;
    case "byOtherAsc":
      return { encoding: sortPartner(channel), order: "ascending" };
    case "byOtherDesc":
      return { encoding: sortPartner(channel), order: "descending" };
  }
}
