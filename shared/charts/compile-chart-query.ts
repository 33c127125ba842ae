import type { TopLevelSpec } from "vega-lite";
import {
  type BinColumns,
  binParamsSelect,
  binParamsStages,
  binPow10Cte,
  binValueSql,
  POW10_CTE,
} from "./bin-params-sql.ts";
import { compileBoxplot } from "./boxplot-query.ts";
import {
  addFieldDimension,
  aggregateSql,
  ChartColumns,
  doubleSql,
  measureName,
  type OutputColumn,
} from "./chart-columns.ts";
import { filterSql } from "./chart-filter-sql.ts";
import type { QueryContext } from "./chart-query-context.ts";
import { ChartQueryError } from "./chart-query-error.ts";
import {
  type AggregateOp,
  type ChartFieldDef,
  type ChartSpec,
  chartSpecSchema,
  isBinned,
  maxbinsOf,
  type SingleChannel,
  usedChannels,
} from "./chart-spec.ts";
import { quoteIdentifier } from "./sql-quote.ts";
import { channelDefToVegaLite, toVegaLite } from "./to-vega-lite.ts";
import { vegaLiteDefaultTitle } from "./vega-lite-default-title.ts";
import { escapeVegaLiteField, unescapeVegaLiteField } from "./vega-lite-field-name.ts";

/**
 * Chart -> one DuckDB query (the Mosaic / VegaFusion idea): DuckDB filters, bins, truncates
 * dates and aggregates; only the resulting rows reach Vega-Lite, whose spec is rewritten to read
 * them as they are (fields renamed, aggregate/bin/timeUnit replaced by their "already done" forms).
 * The numbers equal what Vega-Lite computes from the raw rows (tests/unit/charts proves it).
 */

/** The dataset name the compiled Vega-Lite spec reads; put the query's rows there. */
export const CHART_ROWS_DATASET = "chart_rows";
export const DEFAULT_RAW_ROW_THRESHOLD = 50_000;

export interface CompileChartQueryOptions {
  /** Most rows a chart may draw one mark per row (and most rows any chart query returns). */
  rawRowThreshold?: number;
  /** Rows in the source table, when known: a non-aggregating chart over more is refused. */
  sourceRowCount?: number;
}

export interface CompiledChartQuery {
  /** One DuckDB statement; temporal outputs are local epoch milliseconds (DOUBLE). */
  sql: string;
  /** Vega-Lite for the query's rows, read from the dataset named CHART_ROWS_DATASET. */
  vegaLite: TopLevelSpec;
  /** "aggregated": one row per group; "raw": one row per source row (no encoding aggregates). */
  mode: "aggregated" | "raw";
  /**
   * The query stops after rowLimit + 1 rows: receiving more than rowLimit rows means the chart
   * would draw too many marks and should say so instead of drawing a cut-off picture.
   */
  rowLimit: number;
}

const SOURCE_CTE = '"__chart_source"';
const EXTENT_CTE = '"__chart_bin_extent"';
const PARAMS_CTE = '"__chart_bin_params"';
const ROWS_CTE = '"__chart_rows"';

export function compileChartQuery(spec: ChartSpec, opts: CompileChartQueryOptions = {}): CompiledChartQuery {
  const checked = chartSpecSchema.safeParse(spec);
  if (!checked.success) {
    const first = checked.error.issues[0];
    const path = first && first.path.length > 0 ? first.path.join(".") : null;
    const detail = checked.error.issues
      .map((i) => `${i.path.length > 0 ? i.path.join(".") : "(top level)"}: ${i.message}`)
      .join("; ");
    throw new ChartQueryError(`Chart on "${spec.source}": ${detail}`, spec.source, path);
  }
  const threshold = opts.rawRowThreshold ?? DEFAULT_RAW_ROW_THRESHOLD;
  const aggregated = spec.mark === "boxplot" || allDefs(spec).some((d) => d.aggregate !== undefined);
  if (!aggregated && opts.sourceRowCount !== undefined && opts.sourceRowCount > threshold) {
    throw new ChartQueryError(
      `Chart on "${spec.source}": the table has ${opts.sourceRowCount} rows and the chart draws one mark per row, ` +
        `more than the limit of ${threshold}. Add an aggregate (for example count or mean on y), a bin or a time unit to an encoding.`,
      spec.source,
      "encoding",
    );
  }

  const ctx: QueryContext = { columns: new ChartColumns(), bins: new Map(), required: [] };
  const source = sourceCte(spec);
  if (spec.mark === "boxplot") {
    const box = compileBoxplot(spec, ctx, SOURCE_CTE);
    return {
      sql: `WITH ${[source, ...box.ctes].join(",\n")}\n${box.select}\nLIMIT ${threshold + 1}`,
      vegaLite: withRowsDataset(spec, box.view),
      mode: "aggregated",
      rowLimit: threshold,
    };
  }

  const encoding: Record<string, unknown> = {};
  const sortKeys: { name: string; dimension: OutputColumn; value: string }[] = [];
  const addChannel = (channel: SingleChannel | "tooltip", def: ChartFieldDef): Record<string, unknown> => {
    const out = outputDef(channel, def, ctx, aggregated);
    const key = aggregated && channel !== "tooltip" ? sortKeyFor(channel, def, spec) : null;
    const dimension =
      typeof out.field === "string"
        ? ctx.columns.dimensions.find((d) => d.name === unescapeVegaLiteField(out.field as string))
        : undefined;
    if (key !== null && dimension !== undefined) {
      const name = ctx.columns.reserve(`__sort_${channel}`);
      sortKeys.push({ name, dimension, value: aggregateSql(key.op, key.field) });
      out.sort = { field: escapeVegaLiteField(name), op: "max", order: key.order };
    }
    return out;
  };
  for (const { channel, def } of usedChannels(spec.encoding)) {
    const { end, ...out } = addChannel(channel, def);
    encoding[channel] = out;
    // A binned x or y spans to its bin end, read by x2 / y2.
    if (end !== undefined) encoding[`${channel}2`] = end;
  }
  if (spec.encoding.tooltip !== undefined) {
    encoding.tooltip = spec.encoding.tooltip.map((def) => addChannel("tooltip", def));
  }

  const ctes = [source, ...binCtes(ctx), `${ROWS_CTE} AS (\n${rowsSelect(ctx, aggregated)}\n)`];
  for (const key of sortKeys) {
    ctes.push(
      `${quoteIdentifier(key.name)} AS (SELECT ${key.dimension.sql} AS "__key", ${key.value} AS "__value" ` +
        `${fromClause(ctx)} GROUP BY ALL)`,
    );
  }
  const sortSelect = sortKeys.map(
    (k) => `, ${quoteIdentifier(k.name)}."__value" AS ${quoteIdentifier(k.name)}`,
  );
  const sortJoins = sortKeys.map(
    (k) =>
      `\nLEFT JOIN ${quoteIdentifier(k.name)} ON ${ROWS_CTE}.${quoteIdentifier(k.dimension.name)} ` +
      `IS NOT DISTINCT FROM ${quoteIdentifier(k.name)}."__key"`,
  );
  const sql =
    `WITH ${ctes.join(",\n")}\nSELECT ${ROWS_CTE}.*${sortSelect.join("")} FROM ${ROWS_CTE}${sortJoins.join("")}` +
    `${aggregated ? "\nORDER BY ALL" : ""}\nLIMIT ${threshold + 1}`;
  return {
    sql,
    vegaLite: withRowsDataset(spec, { mark: toVegaLite(spec).mark, encoding }),
    mode: aggregated ? "aggregated" : "raw",
    rowLimit: threshold,
  };
}

function allDefs(spec: ChartSpec): ChartFieldDef[] {
  return [...usedChannels(spec.encoding).map((c) => c.def), ...(spec.encoding.tooltip ?? [])];
}

function sourceCte(spec: ChartSpec): string {
  const where =
    spec.filters === undefined ? "" : ` WHERE ${spec.filters.map((f) => `(${filterSql(f)})`).join(" AND ")}`;
  return `${SOURCE_CTE} AS (SELECT * FROM ${quoteIdentifier(spec.source)}${where})`;
}

/** The compiled spec: the builder's titles, size, legend and theme around the given view. */
function withRowsDataset(spec: ChartSpec, view: Record<string, unknown>): TopLevelSpec {
  const { data: _d, mark: _m, encoding: _e, transform: _t, width, height, ...outer } = toVegaLite(spec);
  const size: Record<string, unknown> = {};
  if (width !== undefined) size.width = width;
  if (height !== undefined) size.height = height;
  // A facet sizes its cells in the inner spec.
  const sized =
    "facet" in view
      ? { ...view, spec: { ...(view.spec as Record<string, unknown>), ...size } }
      : { ...view, ...size };
  // Same top-level properties as toVegaLite's output, with the view swapped for one over the rows.
  return { data: { name: CHART_ROWS_DATASET }, ...sized, ...outer } as TopLevelSpec;
}

function fromClause(ctx: QueryContext): string {
  const params = ctx.bins.size > 0 ? ` CROSS JOIN ${PARAMS_CTE}` : "";
  const where = ctx.required.length > 0 ? ` WHERE ${ctx.required.join(" AND ")}` : "";
  return `FROM ${SOURCE_CTE}${params}${where}`;
}

function binCtes(ctx: QueryContext): string[] {
  if (ctx.bins.size === 0) return [];
  const bins = [...ctx.bins.values()];
  return [
    binPow10Cte(),
    `${EXTENT_CTE} AS (SELECT ${bins.flatMap((b) => b.extentItems).join(", ")} FROM ${SOURCE_CTE})`,
    `${PARAMS_CTE} AS (${binParamsSelect(`${EXTENT_CTE} CROSS JOIN ${POW10_CTE}`, bins)})`,
  ];
}

function rowsSelect(ctx: QueryContext, aggregated: boolean): string {
  const items = [...ctx.columns.dimensions, ...ctx.columns.measures].map(
    (c) => `${c.sql} AS ${quoteIdentifier(c.name)}`,
  );
  return `SELECT ${items.join(",\n  ")}\n${fromClause(ctx)}${aggregated ? "\nGROUP BY ALL" : ""}`;
}

function binColumnsFor(ctx: QueryContext, field: string, maxbins: number): BinColumns {
  const key = `${field}|${maxbins}`;
  const known = ctx.bins.get(key);
  if (known !== undefined) return known.columns;
  const prefix = `__bin${ctx.bins.size}`;
  const lo = `"${prefix}_lo"`;
  const hi = `"${prefix}_hi"`;
  const params = binParamsStages(lo, hi, maxbins, prefix);
  ctx.bins.set(key, {
    extentItems: [`min(${doubleSql(field)}) AS ${lo}`, `max(${doubleSql(field)}) AS ${hi}`],
    stages: params.stages,
    columns: params.columns,
  });
  return params.columns;
}

/**
 * One encoding channel over the query's rows: the column it reads is added to the query, and the
 * Vega-Lite definition keeps type, title, sort, stack and labels but not the work already done.
 * A binned x/y also returns `end`, the x2/y2 definition of its bin end.
 */
function outputDef(
  channel: SingleChannel | "tooltip",
  def: ChartFieldDef,
  ctx: QueryContext,
  aggregated: boolean,
): Record<string, unknown> {
  const { aggregate: _a, bin: _b, timeUnit: _t, ...out } = channelDefToVegaLite(channel, def);
  out.title = def.title ?? vegaLiteDefaultTitle(def);
  if (def.aggregate !== undefined) {
    out.field = escapeVegaLiteField(
      ctx.columns.measure(
        `aggregate|${def.aggregate}|${def.field ?? ""}`,
        measureName(def.aggregate, def.field),
        aggregateSql(def.aggregate, def.field),
      ),
    );
    return out;
  }
  const field = def.field as string;
  if (isBinned(def) && (channel === "x" || channel === "y")) {
    const maxbins = maxbinsOf(def);
    const bin = binValueSql(doubleSql(field), binColumnsFor(ctx, field, maxbins));
    const name = `bin_maxbins_${maxbins}_${field}`;
    const start = ctx.columns.dimension(`bin|${maxbins}|${field}`, name, bin.start);
    const end = ctx.columns.dimension(`binend|${maxbins}|${field}`, `${name}_end`, bin.end);
    ctx.required.push(`${quoteIdentifier(field)} IS NOT NULL`);
    out.field = escapeVegaLiteField(start);
    out.bin = { binned: true };
    out.end = { field: escapeVegaLiteField(end) };
    return out;
  }
  out.field = escapeVegaLiteField(addFieldDimension(ctx.columns, { ...def, field }));
  if (def.timeUnit !== undefined) out.timeUnit = { unit: def.timeUnit, binned: true };
  // In raw mode Vega-Lite sorts by other fields itself, so they must be in the rows too.
  if (!aggregated && def.sort !== undefined && def.sort !== null && typeof def.sort === "object") {
    if ("field" in def.sort && def.sort.field !== undefined) {
      const sortField = def.sort.field;
      ctx.columns.dimension(`field|${sortField}`, sortField, quoteIdentifier(sortField));
    }
  }
  return out;
}

/** An aggregate to sort a discrete channel by, computed over the source rows of each value. */
function sortKeyFor(
  channel: SingleChannel,
  def: ChartFieldDef,
  spec: ChartSpec,
): { op: AggregateOp; field: string | undefined; order: "ascending" | "descending" } | null {
  const sort = def.sort;
  if (sort === undefined || sort === null || typeof sort !== "object" || Array.isArray(sort)) return null;
  if (def.aggregate !== undefined || (def.type !== "nominal" && def.type !== "ordinal")) return null;
  const order = sort.order ?? "ascending";
  if ("encoding" in sort) {
    const target = spec.encoding[sort.encoding];
    if (target === undefined || sort.encoding === channel) return null;
    return { op: target.aggregate ?? "min", field: target.field, order };
  }
  if (sort.field === undefined && sort.op !== "count") return null;
  return { op: sort.op ?? "min", field: sort.field, order };
}
