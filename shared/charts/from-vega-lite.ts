import { z } from "zod";
import {
  AGGREGATE_OPS,
  binSchema,
  CHART_MARKS,
  CHART_THEMES,
  type ChartFieldDef,
  type ChartFilter,
  type ChartSpec,
  chartSpecSchema,
  FIELD_TYPES,
  oneOfValuesSchema,
  SINGLE_CHANNELS,
  type SingleChannel,
  SORT_BY_CHANNELS,
  sortSchema,
  TIME_UNITS,
} from "./chart-spec.ts";
import { guideKeyOf } from "./to-vega-lite.ts";
import { unescapeVegaLiteField } from "./vega-lite-field-name.ts";

/**
 * Vega-Lite -> builder model, for specs the builder can express (what to-vega-lite.ts writes,
 * plus the "-y" sort shorthand and a plain `$schema`). Anything else returns null: the user keeps
 * editing the JSON and the builder shows "not expressible in the builder".
 */

const guideSchema = z.strictObject({
  format: z.string().min(1).optional(),
  labelAngle: z.number().optional(),
});

const sortShorthand = z
  .string()
  .regex(/^-?[a-z]+$/)
  .transform((s, ctx) => {
    const encoding = s.replace(/^-/, "");
    if (!(SORT_BY_CHANNELS as readonly string[]).includes(encoding)) {
      ctx.addIssue({ code: "custom", message: "not a sort-by-encoding shorthand" });
      return z.NEVER;
    }
    return {
      encoding: encoding as (typeof SORT_BY_CHANNELS)[number],
      order: s.startsWith("-") ? ("descending" as const) : ("ascending" as const),
    };
  });

const vlFieldDefSchema = z.strictObject({
  field: z.string().min(1).optional(),
  type: z.enum(FIELD_TYPES),
  aggregate: z.enum(AGGREGATE_OPS).optional(),
  bin: binSchema.optional(),
  timeUnit: z.enum(TIME_UNITS).optional(),
  sort: z.union([sortSchema, sortShorthand]).optional(),
  stack: z.union([z.enum(["zero", "normalize", "center"]), z.null()]).optional(),
  title: z.string().optional(),
  format: z.string().min(1).optional(),
  axis: guideSchema.optional(),
  legend: guideSchema.optional(),
  header: guideSchema.optional(),
});
type VlFieldDef = z.infer<typeof vlFieldDefSchema>;

const scalar = z.union([z.string(), z.number(), z.boolean()]);
const predicateSchema = z.union([
  z.strictObject({ field: z.string().min(1), equal: scalar }),
  z.strictObject({ field: z.string().min(1), lt: z.union([z.string(), z.number()]) }),
  z.strictObject({ field: z.string().min(1), lte: z.union([z.string(), z.number()]) }),
  z.strictObject({ field: z.string().min(1), gt: z.union([z.string(), z.number()]) }),
  z.strictObject({ field: z.string().min(1), gte: z.union([z.string(), z.number()]) }),
  z.strictObject({
    field: z.string().min(1),
    range: z.tuple([z.number().nullable(), z.number().nullable()]),
  }),
  z.strictObject({ field: z.string().min(1), oneOf: oneOfValuesSchema }),
  z.strictObject({ field: z.string().min(1), valid: z.boolean() }),
]);

const encodingShape: Record<string, z.ZodType> = {};
for (const channel of SINGLE_CHANNELS) encodingShape[channel] = vlFieldDefSchema.optional();
encodingShape.tooltip = z.array(vlFieldDefSchema).min(1).optional();

const vlSpecSchema = z.strictObject({
  $schema: z.string().optional(),
  data: z.strictObject({ name: z.string().min(1) }),
  mark: z.union([
    z.enum(CHART_MARKS),
    z.strictObject({ type: z.enum(CHART_MARKS), point: z.boolean().optional() }),
  ]),
  encoding: z.strictObject(encodingShape),
  transform: z
    .array(z.strictObject({ filter: predicateSchema }))
    .min(1)
    .optional(),
  title: z
    .union([z.string(), z.strictObject({ text: z.string(), subtitle: z.string().optional() })])
    .optional(),
  width: z.number().optional(),
  height: z.number().optional(),
  config: z
    .strictObject({
      legend: z.union([
        z.strictObject({ disable: z.literal(true) }),
        z.strictObject({ orient: z.enum(["right", "left", "top", "bottom"]) }),
      ]),
    })
    .optional(),
  usermeta: z.strictObject({ theme: z.enum(CHART_THEMES) }).optional(),
});

export function fromVegaLite(vl: unknown): ChartSpec | null {
  const parsed = vlSpecSchema.safeParse(vl);
  if (!parsed.success) return null;
  const v = parsed.data;

  const encoding: Record<string, unknown> = {};
  for (const channel of SINGLE_CHANNELS) {
    const def = v.encoding[channel] as VlFieldDef | undefined;
    if (def === undefined) continue;
    const builderDef = fieldDefFromVegaLite(channel, def);
    if (builderDef === null) return null;
    encoding[channel] = builderDef;
  }
  const tooltip = v.encoding.tooltip as VlFieldDef[] | undefined;
  if (tooltip !== undefined) {
    const defs = tooltip.map((def) => fieldDefFromVegaLite("tooltip", def));
    if (defs.some((d) => d === null)) return null;
    encoding.tooltip = defs;
  }

  const spec: Record<string, unknown> = {
    source: v.data.name,
    mark: typeof v.mark === "string" ? v.mark : v.mark.type,
    encoding,
  };
  if (typeof v.mark !== "string" && v.mark.point !== undefined) spec.points = v.mark.point;
  if (v.transform !== undefined) spec.filters = v.transform.map((t) => predicateToFilter(t.filter));
  if (typeof v.title === "string") spec.title = v.title;
  else if (v.title !== undefined) {
    spec.title = v.title.text;
    if (v.title.subtitle !== undefined) spec.subtitle = v.title.subtitle;
  }
  if (v.width !== undefined) spec.width = v.width;
  if (v.height !== undefined) spec.height = v.height;
  if (v.config !== undefined) spec.legend = "disable" in v.config.legend ? "none" : v.config.legend.orient;
  if (v.usermeta !== undefined) spec.theme = v.usermeta.theme;

  // The builder's own rules (bin only on x/y, boxplot shape, ...) decide what is expressible.
  const checked = chartSpecSchema.safeParse(spec);
  return checked.success ? checked.data : null;
}

function fieldDefFromVegaLite(channel: SingleChannel | "tooltip", def: VlFieldDef): ChartFieldDef | null {
  const { axis, legend, header, format, sort, field, ...rest } = def;
  const guideKey = guideKeyOf(channel);
  const guides = { axis, legend, header };
  // Labels may only sit where to-vega-lite puts them for this channel.
  for (const key of ["axis", "legend", "header"] as const) {
    if (guides[key] !== undefined && key !== guideKey) return null;
  }
  if (format !== undefined && guideKey !== null) return null;
  const guide = guideKey === null ? { format } : (guides[guideKey] ?? {});
  if (guideKey !== "axis" && "labelAngle" in guide && guide.labelAngle !== undefined) return null;

  const out: ChartFieldDef = { ...rest };
  if (field !== undefined) out.field = unescapeVegaLiteField(field);
  if (sort !== undefined) {
    out.sort =
      sort !== null &&
      typeof sort === "object" &&
      !Array.isArray(sort) &&
      "field" in sort &&
      sort.field !== undefined
        ? { ...sort, field: unescapeVegaLiteField(sort.field) }
        : sort;
  }
  if (guide.format !== undefined) out.format = guide.format;
  if ("labelAngle" in guide && guide.labelAngle !== undefined) out.labelAngle = guide.labelAngle;
  return out;
}

function predicateToFilter(p: z.infer<typeof predicateSchema>): ChartFilter {
  const field = unescapeVegaLiteField(p.field);
  if ("equal" in p) return { field, op: "equal", value: p.equal };
  if ("lt" in p) return { field, op: "lt", value: p.lt };
  if ("lte" in p) return { field, op: "lte", value: p.lte };
  if ("gt" in p) return { field, op: "gt", value: p.gt };
  if ("gte" in p) return { field, op: "gte", value: p.gte };
  if ("range" in p) return { field, op: "range", value: p.range };
  if ("oneOf" in p) return { field, op: "oneOf", value: p.oneOf };
  return { field, op: "valid", value: p.valid };
}
