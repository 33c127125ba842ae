import { z } from "zod";

/**
 * The chart builder's model. It is deliberately a strict subset of Vega-Lite (same names, same
 * meanings) so that it converts both ways without loss (to-vega-lite.ts / from-vega-lite.ts) and
 * so that compile-chart-query.ts can reproduce Vega-Lite's data semantics in DuckDB.
 */

export const CHART_MARKS = [
  "bar",
  "line",
  "area",
  "point",
  "rect",
  "arc",
  "boxplot",
  "rule",
  "text",
] as const;
export type ChartMark = (typeof CHART_MARKS)[number];

export const FIELD_TYPES = ["quantitative", "nominal", "ordinal", "temporal"] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const AGGREGATE_OPS = ["count", "sum", "mean", "median", "min", "max"] as const;
export type AggregateOp = (typeof AGGREGATE_OPS)[number];

/** Vega-Lite (local-time) time units the compiler reproduces in SQL; see time-unit-sql.ts. */
export const TIME_UNITS = [
  "year",
  "quarter",
  "month",
  "week",
  "date",
  "day",
  "dayofyear",
  "hours",
  "minutes",
  "seconds",
  "yearquarter",
  "yearmonth",
  "yearweek",
  "yearmonthdate",
  "yearmonthdatehours",
  "yearmonthdatehoursminutes",
  "monthdate",
  "hoursminutes",
] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

export const CHART_THEMES = ["light", "dark", "projector"] as const;
export type ChartThemeName = (typeof CHART_THEMES)[number];

export const LEGEND_POSITIONS = ["right", "left", "top", "bottom", "none"] as const;
export type LegendPosition = (typeof LEGEND_POSITIONS)[number];

/** Single-field channels, in the order the builder shows them. `tooltip` is a list, kept apart. */
export const SINGLE_CHANNELS = [
  "x",
  "y",
  "color",
  "size",
  "shape",
  "opacity",
  "theta",
  "text",
  "detail",
  "column",
  "row",
] as const;
export type SingleChannel = (typeof SINGLE_CHANNELS)[number];

/** Channels that draw a legend (the top-level `legend` setting applies to them). */
export const LEGEND_CHANNELS = ["color", "size", "shape", "opacity"] as const;
export const FACET_CHANNELS = ["column", "row"] as const;
/** Channels Vega-Lite can stack on. */
export const STACK_CHANNELS = ["x", "y", "theta"] as const;
/** Channels a sort may refer to ("sort x by the values of y"). */
export const SORT_BY_CHANNELS = ["x", "y", "color", "size", "shape", "opacity", "theta", "text"] as const;

const sortOrderSchema = z.enum(["ascending", "descending"]);

/** Vega-Lite's sort forms, except the "-y" string shorthand (normalised to `{ encoding, order }`). */
export const sortSchema = z.union([
  sortOrderSchema,
  z.null(),
  z.array(z.union([z.string(), z.number(), z.boolean()])).min(1),
  z.strictObject({ encoding: z.enum(SORT_BY_CHANNELS), order: sortOrderSchema.optional() }),
  z.strictObject({
    field: z.string().min(1).optional(),
    op: z.enum(AGGREGATE_OPS).optional(),
    order: sortOrderSchema.optional(),
  }),
]);
export type ChartSort = z.infer<typeof sortSchema>;

export const binSchema = z.union([
  z.boolean(),
  z.strictObject({ maxbins: z.number().int().min(2).max(500) }),
]);
export type ChartBin = z.infer<typeof binSchema>;

export const fieldDefSchema = z
  .strictObject({
    /** Column name as DuckDB spells it; absent only for `aggregate: "count"` (count of rows). */
    field: z.string().min(1).optional(),
    type: z.enum(FIELD_TYPES),
    aggregate: z.enum(AGGREGATE_OPS).optional(),
    bin: binSchema.optional(),
    timeUnit: z.enum(TIME_UNITS).optional(),
    sort: sortSchema.optional(),
    stack: z.union([z.enum(["zero", "normalize", "center"]), z.null()]).optional(),
    /** Axis, legend or header title; absent = Vega-Lite's default ("Sum of amount"). */
    title: z.string().optional(),
    /** d3-format (numbers) or d3-time-format (temporal) pattern for labels and tooltips. */
    format: z.string().min(1).optional(),
    /** Axis label angle in degrees (x and y only). */
    labelAngle: z.number().min(-90).max(90).optional(),
  })
  .superRefine((def, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (def.field === undefined && def.aggregate !== "count") {
      issue("field", "a field is required unless the aggregate is count");
    }
    if (def.aggregate !== undefined && (def.bin !== undefined || def.timeUnit !== undefined)) {
      issue("aggregate", "a field cannot be aggregated and binned (or time-unit truncated) at once");
    }
    if (def.bin !== undefined && def.bin !== false && def.type !== "quantitative") {
      issue("bin", "only a quantitative field can be binned");
    }
    if (def.bin !== undefined && def.bin !== false && def.timeUnit !== undefined) {
      issue("bin", "a field cannot have both bin and timeUnit");
    }
    if (def.timeUnit !== undefined && def.type !== "temporal" && def.type !== "ordinal") {
      issue("timeUnit", "a time unit needs a temporal or ordinal field");
    }
    if (def.aggregate !== undefined && def.aggregate !== "count" && def.type !== "quantitative") {
      issue("aggregate", `${def.aggregate} needs a quantitative field`);
    }
  });
export type ChartFieldDef = z.infer<typeof fieldDefSchema>;

const scalarSchema = z.union([z.string(), z.number(), z.boolean()]);
/** Vega-Lite wants the values of a oneOf predicate to share one type. */
export const oneOfValuesSchema = z.union([
  z.array(z.string()).min(1),
  z.array(z.number()).min(1),
  z.array(z.boolean()).min(1),
]);

/** Row filters, one-to-one with Vega-Lite's field predicates (all of them must hold). */
export const filterSchema = z.discriminatedUnion("op", [
  z.strictObject({ field: z.string().min(1), op: z.literal("equal"), value: scalarSchema }),
  z.strictObject({
    field: z.string().min(1),
    op: z.enum(["lt", "lte", "gt", "gte"]),
    value: z.union([z.string(), z.number()]),
  }),
  z.strictObject({
    field: z.string().min(1),
    op: z.literal("range"),
    value: z.tuple([z.number().nullable(), z.number().nullable()]),
  }),
  z.strictObject({ field: z.string().min(1), op: z.literal("oneOf"), value: oneOfValuesSchema }),
  z.strictObject({ field: z.string().min(1), op: z.literal("valid"), value: z.boolean() }),
]);
export type ChartFilter = z.infer<typeof filterSchema>;

export const encodingSchema = z.strictObject({
  x: fieldDefSchema.optional(),
  y: fieldDefSchema.optional(),
  color: fieldDefSchema.optional(),
  size: fieldDefSchema.optional(),
  shape: fieldDefSchema.optional(),
  opacity: fieldDefSchema.optional(),
  theta: fieldDefSchema.optional(),
  text: fieldDefSchema.optional(),
  detail: fieldDefSchema.optional(),
  column: fieldDefSchema.optional(),
  row: fieldDefSchema.optional(),
  tooltip: z.array(fieldDefSchema).min(1).optional(),
});
export type ChartEncoding = z.infer<typeof encodingSchema>;

export const chartSpecSchema = z
  .strictObject({
    /** Table or notebook cell (its result table) the chart reads. */
    source: z.string().min(1),
    mark: z.enum(CHART_MARKS),
    /** Line and area marks: draw a point on each datum. */
    points: z.boolean().optional(),
    encoding: encodingSchema,
    filters: z.array(filterSchema).min(1).optional(),
    title: z.string().optional(),
    subtitle: z.string().optional(),
    width: z.number().int().min(20).max(4000).optional(),
    height: z.number().int().min(20).max(4000).optional(),
    legend: z.enum(LEGEND_POSITIONS).optional(),
    theme: z.enum(CHART_THEMES).optional(),
  })
  .superRefine((spec, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: "custom", path, message });
    const enc = spec.encoding;
    for (const channel of SINGLE_CHANNELS) {
      const def = enc[channel];
      if (def === undefined) continue;
      if (def.bin !== undefined && def.bin !== false && channel !== "x" && channel !== "y") {
        issue(["encoding", channel, "bin"], "bin is supported on x and y only");
      }
      if (def.stack !== undefined && !(STACK_CHANNELS as readonly string[]).includes(channel)) {
        issue(["encoding", channel, "stack"], "stack applies to x, y and theta only");
      }
      if (def.labelAngle !== undefined && channel !== "x" && channel !== "y") {
        issue(["encoding", channel, "labelAngle"], "labelAngle applies to the x and y axes only");
      }
      if (
        def.sort !== undefined &&
        def.sort !== null &&
        typeof def.sort === "object" &&
        "encoding" in def.sort
      ) {
        const target = def.sort.encoding;
        if (target === channel || enc[target] === undefined) {
          issue(["encoding", channel, "sort"], `sorts by the ${target} channel, which has no field`);
        }
      }
    }
    if (spec.subtitle !== undefined && spec.title === undefined) {
      issue(["subtitle"], "a subtitle needs a title");
    }
    if (spec.points !== undefined && spec.mark !== "line" && spec.mark !== "area") {
      issue(["points"], "points apply to line and area marks only");
    }
    if (spec.mark === "arc" && enc.theta === undefined) {
      issue(["encoding", "theta"], "an arc (pie) chart needs a theta field");
    }
    if (spec.mark === "text" && enc.text === undefined) {
      issue(["encoding", "text"], "a text chart needs a text field");
    }
    if (spec.mark === "boxplot") checkBoxplot(spec.encoding, issue);
  });
export type ChartSpec = z.infer<typeof chartSpecSchema>;

function checkBoxplot(enc: ChartEncoding, issue: (path: (string | number)[], message: string) => void): void {
  const continuous = (["x", "y"] as const).filter((c) => enc[c]?.type === "quantitative");
  if (continuous.length !== 1) {
    issue(["encoding"], "a boxplot needs exactly one quantitative position field (x or y)");
  }
  for (const channel of SINGLE_CHANNELS) {
    const def = enc[channel];
    if (def === undefined) continue;
    if (!["x", "y", "color", "column", "row"].includes(channel)) {
      issue(["encoding", channel], `a boxplot does not use the ${channel} channel`);
    }
    if (def.aggregate !== undefined || (def.bin !== undefined && def.bin !== false)) {
      issue(["encoding", channel], "a boxplot summarises raw values: remove aggregate and bin");
    }
  }
  if (enc.tooltip !== undefined) {
    issue(["encoding", "tooltip"], "a boxplot shows its own five-number tooltip; remove tooltip fields");
  }
}

/** The single-field channels of an encoding that have a field definition, in canonical order. */
export function usedChannels(encoding: ChartEncoding): { channel: SingleChannel; def: ChartFieldDef }[] {
  const out: { channel: SingleChannel; def: ChartFieldDef }[] = [];
  for (const channel of SINGLE_CHANNELS) {
    const def = encoding[channel];
    if (def !== undefined) out.push({ channel, def });
  }
  return out;
}

export function isBinned(def: ChartFieldDef): boolean {
  return def.bin !== undefined && def.bin !== false;
}

/** Vega-Lite's default maxbins: 10 on x and y (the only channels the builder bins). */
export function maxbinsOf(def: ChartFieldDef): number {
  return typeof def.bin === "object" ? def.bin.maxbins : 10;
}

export type ChartSpecParseResult = { ok: true; spec: ChartSpec } | { ok: false; errors: string[] };

/** Validates untrusted input (a saved notebook, a protocol message); errors name the spec path. */
export function parseChartSpec(input: unknown): ChartSpecParseResult {
  const parsed = chartSpecSchema.safeParse(input);
  if (parsed.success) return { ok: true, spec: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map(
      (i) => `chart spec ${i.path.length ? i.path.join(".") : "(top level)"}: ${i.message}`,
    ),
  };
}
