import { addFieldDimension, doubleSql } from "./chart-columns.ts";
import type { QueryContext } from "./chart-query-context.ts";
import type { ChartFieldDef, ChartSpec } from "./chart-spec.ts";
import { quoteIdentifier } from "./sql-quote.ts";
import { channelDefToVegaLite } from "./to-vega-lite.ts";
import { vegaLiteDefaultTitle } from "./vega-lite-default-title.ts";
import { escapeVegaLiteField } from "./vega-lite-field-name.ts";

/**
 * Vega-Lite's default ("tukey", extent 1.5) boxplot in DuckDB: per group the quartiles
 * (quantile_cont = d3's R-7 quantile that Vega uses), min, max, and whiskers at the most extreme
 * values within 1.5 IQR of the box; plus one row per outlier. Summary rows have kind "box",
 * outliers kind "outlier". The layers reproduce what vega-lite's normalizeBoxPlot builds
 * (same parts, styles, sizes and tooltips), each layer filtered to its kind of row.
 */

const EXTENT = 1.5;
/** Vega-Lite's config.boxplot.size default. */
const BOX_SIZE = 14;
/** Vega-Lite's default mark colour, used when the median tick would vanish into a flat box. */
const DEFAULT_BOX_COLOR = "#4c78a8";

export interface CompiledBoxplot {
  ctes: string[];
  select: string;
  /** The view: a layer, or a facet around it when column/row are used. */
  view: Record<string, unknown>;
}

export function compileBoxplot(spec: ChartSpec, ctx: QueryContext, sourceCte: string): CompiledBoxplot {
  const enc = spec.encoding;
  const continuous = enc.x?.type === "quantitative" ? "x" : "y";
  const other = continuous === "x" ? "y" : "x";
  const valueDef = enc[continuous] as ChartFieldDef & { field: string };
  const field = valueDef.field;
  const cols = ctx.columns;

  // Group dimensions, in channel order; each channel's Vega-Lite def reads its dimension column.
  const groupDefs: Record<string, Record<string, unknown>> = {};
  for (const channel of [other, "color", "column", "row"] as const) {
    const def = enc[channel];
    if (def?.field === undefined) continue;
    const { timeUnit: _t, ...out } = channelDefToVegaLite(channel, def);
    out.field = escapeVegaLiteField(addFieldDimension(cols, { ...def, field: def.field }));
    out.title = def.title ?? vegaLiteDefaultTitle(def);
    if (def.timeUnit !== undefined) out.timeUnit = { unit: def.timeUnit, binned: true };
    groupDefs[channel] = out;
  }
  const dims = cols.dimensions.map((d) => quoteIdentifier(d.name));
  const n = {
    kind: cols.reserve("__kind"),
    value: cols.reserve("__value"),
    q1: cols.reserve("__q1"),
    q3: cols.reserve("__q3"),
    outlier: cols.reserve(field),
    lowerBox: cols.reserve(`lower_box_${field}`),
    midBox: cols.reserve(`mid_box_${field}`),
    upperBox: cols.reserve(`upper_box_${field}`),
    min: cols.reserve(`min_${field}`),
    max: cols.reserve(`max_${field}`),
    lowerWhisker: cols.reserve(`lower_whisker_${field}`),
    upperWhisker: cols.reserve(`upper_whisker_${field}`),
  };
  const q = (name: string) => quoteIdentifier(name);

  const rowsCte = '"__chart_box_rows"';
  const fencedCte = '"__chart_box_fenced"';
  const dimItems = cols.dimensions.map((d) => `${d.sql} AS ${q(d.name)}`);
  const partition = dims.length > 0 ? `PARTITION BY ${dims.join(", ")}` : "";
  const iqr = `(${q(n.q3)} - ${q(n.q1)})`;
  const inside = `${q(n.q1)} - ${EXTENT} * ${iqr} <= ${q(n.value)} AND ${q(n.value)} <= ${q(n.q3)} + ${EXTENT} * ${iqr}`;
  const outside = `${q(n.value)} < ${q(n.q1)} - ${EXTENT} * ${iqr} OR ${q(n.value)} > ${q(n.q3)} + ${EXTENT} * ${iqr}`;
  const dimList = dims.map((d) => `${d}, `).join("");
  const ctes = [
    `${rowsCte} AS (SELECT ${[...dimItems, `${doubleSql(field)} AS ${q(n.value)}`].join(", ")} FROM ${sourceCte})`,
    `${fencedCte} AS (SELECT *, quantile_cont(${q(n.value)}, 0.25) OVER w AS ${q(n.q1)}, ` +
      `quantile_cont(${q(n.value)}, 0.75) OVER w AS ${q(n.q3)} FROM ${rowsCte} WINDOW w AS (${partition}))`,
  ];
  const select =
    `SELECT ${dimList}'box' AS ${q(n.kind)},\n` +
    `  quantile_cont(${q(n.value)}, 0.25) AS ${q(n.lowerBox)},\n` +
    `  quantile_cont(${q(n.value)}, 0.5) AS ${q(n.midBox)},\n` +
    `  quantile_cont(${q(n.value)}, 0.75) AS ${q(n.upperBox)},\n` +
    `  min(${q(n.value)}) AS ${q(n.min)}, max(${q(n.value)}) AS ${q(n.max)},\n` +
    `  min(${q(n.value)}) FILTER (WHERE ${inside}) AS ${q(n.lowerWhisker)},\n` +
    `  max(${q(n.value)}) FILTER (WHERE ${inside}) AS ${q(n.upperWhisker)}\n` +
    `FROM ${fencedCte} GROUP BY ALL\n` +
    `UNION ALL BY NAME\n` +
    `SELECT ${dimList}'outlier' AS ${q(n.kind)}, ${q(n.value)} AS ${q(n.outlier)} FROM ${fencedCte} WHERE ${outside}\n` +
    "ORDER BY ALL";

  const title = valueDef.title ?? field;
  const kindIs = (kind: string) => [
    { filter: `datum[${JSON.stringify(n.kind)}] === ${JSON.stringify(kind)}` },
  ];
  const value = (name: string) => ({ field: escapeVegaLiteField(name), type: "quantitative", title });
  const end = (name: string) => ({ field: escapeVegaLiteField(name) });
  const stat = (name: string, label: string) => ({
    field: escapeVegaLiteField(name),
    type: "quantitative",
    title: `${label} of ${field}`,
  });
  const positionGroup = groupDefs[other] === undefined ? {} : { [other]: groupDefs[other] };
  const colorGroup = groupDefs.color === undefined ? {} : { color: groupDefs.color };
  const groupTooltip = [groupDefs[other], groupDefs.color].filter((d) => d !== undefined);
  const whiskerTooltip = [
    stat(n.upperWhisker, "Upper Whisker"),
    stat(n.lowerWhisker, "Lower Whisker"),
    ...groupTooltip,
  ];
  const fiveTooltip = [
    stat(n.max, "Max"),
    stat(n.upperBox, "Q3"),
    stat(n.midBox, "Median"),
    stat(n.lowerBox, "Q1"),
    stat(n.min, "Min"),
    ...groupTooltip,
  ];
  const c2 = `${continuous}2`;
  const boxOrient = continuous === "y" ? "vertical" : "horizontal";
  const tickOrient = continuous === "y" ? "horizontal" : "vertical";
  const flatBox = `datum[${JSON.stringify(n.lowerBox)}] >= datum[${JSON.stringify(n.upperBox)}]`;

  const layer = [
    {
      transform: kindIs("outlier"),
      mark: { type: "point", style: "boxplot-outliers" },
      encoding: { [continuous]: value(n.outlier), ...positionGroup, ...colorGroup },
    },
    {
      transform: kindIs("box"),
      mark: { type: "rule", aria: false, style: "boxplot-rule" },
      encoding: {
        [continuous]: value(n.lowerWhisker),
        [c2]: end(n.lowerBox),
        ...positionGroup,
        tooltip: whiskerTooltip,
      },
    },
    {
      transform: kindIs("box"),
      mark: { type: "rule", aria: false, style: "boxplot-rule" },
      encoding: {
        [continuous]: value(n.upperBox),
        [c2]: end(n.upperWhisker),
        ...positionGroup,
        tooltip: whiskerTooltip,
      },
    },
    {
      transform: kindIs("box"),
      mark: {
        type: "bar",
        size: BOX_SIZE,
        orient: boxOrient,
        ariaRoleDescription: "box",
        style: "boxplot-box",
      },
      encoding: {
        [continuous]: value(n.lowerBox),
        [c2]: end(n.upperBox),
        ...positionGroup,
        ...colorGroup,
        tooltip: fiveTooltip,
      },
    },
    {
      transform: kindIs("box"),
      mark: {
        color: "white",
        type: "tick",
        size: BOX_SIZE,
        orient: tickOrient,
        aria: false,
        style: "boxplot-median",
      },
      encoding: {
        [continuous]: value(n.midBox),
        ...positionGroup,
        color: { condition: { test: flatBox, ...(groupDefs.color ?? { value: DEFAULT_BOX_COLOR }) } },
        tooltip: fiveTooltip,
      },
    },
  ];
  const facet: Record<string, unknown> = {};
  if (groupDefs.column !== undefined) facet.column = groupDefs.column;
  if (groupDefs.row !== undefined) facet.row = groupDefs.row;
  const view = Object.keys(facet).length > 0 ? { facet, spec: { layer } } : { layer };
  return { ctes, select, view };
}
