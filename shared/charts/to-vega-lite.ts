import type { Field } from "vega-lite/types_unstable/channeldef.js";
import type { Encoding } from "vega-lite/types_unstable/encoding.js";
import type { FieldPredicate } from "vega-lite/types_unstable/predicate.js";
import type { TopLevelUnitSpec } from "vega-lite/types_unstable/spec/unit.js";
import {
  type ChartFieldDef,
  type ChartFilter,
  type ChartSort,
  type ChartSpec,
  FACET_CHANNELS,
  LEGEND_CHANNELS,
  type SingleChannel,
  usedChannels,
} from "./chart-spec.ts";
import { escapeVegaLiteField } from "./vega-lite-field-name.ts";

/**
 * Builder model -> Vega-Lite. The output is the canonical form from-vega-lite.ts reads back:
 * the data is the named dataset `source`, filters are field predicates, labels are set through
 * axis / legend / header / format, the legend position through `config.legend` and the theme
 * name through `usermeta.theme` (renderers turn it into a config, see themes.ts).
 */

export function toVegaLite(spec: ChartSpec): TopLevelUnitSpec<Field> {
  const encoding: Record<string, unknown> = {};
  for (const { channel, def } of usedChannels(spec.encoding)) {
    encoding[channel] = channelDefToVegaLite(channel, def);
  }
  if (spec.encoding.tooltip !== undefined) {
    encoding.tooltip = spec.encoding.tooltip.map((def) => channelDefToVegaLite("tooltip", def));
  }
  // Vega-Lite's per-channel union types cannot follow a loop over channels; each entry is built
  // from the validated builder model by channelDefToVegaLite.
  const out: TopLevelUnitSpec<Field> = {
    data: { name: spec.source },
    mark: spec.points === undefined ? spec.mark : { type: spec.mark, point: spec.points },
    encoding: encoding as Encoding<Field>,
  };
  if (spec.filters !== undefined) out.transform = spec.filters.map((f) => ({ filter: filterToPredicate(f) }));
  if (spec.title !== undefined) {
    out.title = spec.subtitle === undefined ? spec.title : { text: spec.title, subtitle: spec.subtitle };
  }
  if (spec.width !== undefined) out.width = spec.width;
  if (spec.height !== undefined) out.height = spec.height;
  if (spec.legend !== undefined) {
    out.config = { legend: spec.legend === "none" ? { disable: true } : { orient: spec.legend } };
  }
  if (spec.theme !== undefined) out.usermeta = { theme: spec.theme };
  return out;
}

/** Where a channel's label settings live in Vega-Lite. */
export function guideKeyOf(channel: SingleChannel | "tooltip"): "axis" | "legend" | "header" | null {
  if (channel === "x" || channel === "y") return "axis";
  if ((LEGEND_CHANNELS as readonly string[]).includes(channel)) return "legend";
  if ((FACET_CHANNELS as readonly string[]).includes(channel)) return "header";
  return null;
}

export function channelDefToVegaLite(
  channel: SingleChannel | "tooltip",
  def: ChartFieldDef,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (def.field !== undefined) out.field = escapeVegaLiteField(def.field);
  out.type = def.type;
  if (def.aggregate !== undefined) out.aggregate = def.aggregate;
  if (def.bin !== undefined) out.bin = def.bin;
  if (def.timeUnit !== undefined) out.timeUnit = def.timeUnit;
  if (def.sort !== undefined) out.sort = sortToVegaLite(def.sort);
  if (def.stack !== undefined) out.stack = def.stack;
  if (def.title !== undefined) out.title = def.title;
  const guide: Record<string, unknown> = {};
  if (def.format !== undefined) guide.format = def.format;
  if (def.labelAngle !== undefined) guide.labelAngle = def.labelAngle;
  const guideKey = guideKeyOf(channel);
  if (Object.keys(guide).length > 0) {
    if (guideKey === null) Object.assign(out, guide);
    else out[guideKey] = guide;
  }
  return out;
}

function sortToVegaLite(sort: ChartSort): unknown {
  if (
    sort === null ||
    typeof sort !== "object" ||
    Array.isArray(sort) ||
    !("field" in sort) ||
    sort.field === undefined
  ) {
    return sort;
  }
  return { ...sort, field: escapeVegaLiteField(sort.field) };
}

function filterToPredicate(filter: ChartFilter): FieldPredicate {
  const field = escapeVegaLiteField(filter.field);
  switch (filter.op) {
    case "equal":
      return { field, equal: filter.value };
    case "lt":
      return { field, lt: filter.value };
    case "lte":
      return { field, lte: filter.value };
    case "gt":
      return { field, gt: filter.value };
    case "gte":
      return { field, gte: filter.value };
    case "range":
      return { field, range: filter.value };
    case "oneOf":
      return { field, oneOf: filter.value };
    case "valid":
      return { field, valid: filter.value };
  }
}
