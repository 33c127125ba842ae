import type { AggregateOp, ChartFieldDef } from "./chart-spec.ts";
import { quoteIdentifier } from "./sql-quote.ts";
import { localEpochMsSql, timestampSql, timeUnitSql } from "./time-unit-sql.ts";

/**
 * The output columns of a chart query. Names follow Vega-Lite's own (`sum_amount`,
 * `yearmonth_date`, `bin_maxbins_10_x`, `__count`) so tooltips and default titles read the same;
 * the same computation asked for twice (y and a tooltip) becomes one column, and a name that is
 * already taken by a different computation gets a numeric suffix.
 */
export interface OutputColumn {
  name: string;
  sql: string;
}

export class ChartColumns {
  readonly dimensions: OutputColumn[] = [];
  readonly measures: OutputColumn[] = [];
  private readonly nameByKey = new Map<string, string>();
  private readonly taken = new Set<string>();

  /** Reserves a name that is not a dimension or measure (e.g. boxplot's row kind). */
  reserve(preferred: string): string {
    return this.allocate(preferred);
  }

  dimension(key: string, preferred: string, sql: string): string {
    return this.add(this.dimensions, key, preferred, sql);
  }

  measure(key: string, preferred: string, sql: string): string {
    return this.add(this.measures, key, preferred, sql);
  }

  private add(list: OutputColumn[], key: string, preferred: string, sql: string): string {
    const known = this.nameByKey.get(key);
    if (known !== undefined) return known;
    const name = this.allocate(preferred);
    this.nameByKey.set(key, name);
    list.push({ name, sql });
    return name;
  }

  private allocate(preferred: string): string {
    let name = preferred;
    for (let n = 2; this.taken.has(name); n++) name = `${preferred}_${n}`;
    this.taken.add(name);
    return name;
  }
}

/** A DOUBLE view of a quantitative column, so integer sums do not come back as HUGEINT. */
export function doubleSql(field: string): string {
  return `CAST(${quoteIdentifier(field)} AS DOUBLE)`;
}

/** Vega's aggregate ops over DOUBLE values; count counts rows, as Vega's `count` does. */
export function aggregateSql(op: AggregateOp, field: string | undefined): string {
  if (op === "count") return "CAST(count(*) AS DOUBLE)";
  if (field === undefined) throw new Error(`aggregate ${op} needs a field`);
  const v = doubleSql(field);
  switch (op) {
    case "sum":
      return `sum(${v})`;
    case "mean":
      return `avg(${v})`;
    // Vega's median is d3's quantile (type R-7, linear interpolation), as is quantile_cont.
    case "median":
      return `quantile_cont(${v}, 0.5)`;
    case "min":
      return `min(${v})`;
    case "max":
      return `max(${v})`;
  }
}

export function measureName(op: AggregateOp, field: string | undefined): string {
  return field === undefined ? `__${op}` : `${op}_${field}`;
}

/**
 * A non-aggregated field as an output dimension: temporal fields (with or without a time unit)
 * become local epoch milliseconds, everything else is passed through.
 */
export function addFieldDimension(columns: ChartColumns, def: ChartFieldDef & { field: string }): string {
  const col = quoteIdentifier(def.field);
  if (def.timeUnit !== undefined) {
    return columns.dimension(
      `timeunit|${def.timeUnit}|${def.field}`,
      `${def.timeUnit}_${def.field}`,
      localEpochMsSql(timeUnitSql(timestampSql(col), def.timeUnit)),
    );
  }
  if (def.type === "temporal") {
    return columns.dimension(`temporal|${def.field}`, def.field, localEpochMsSql(timestampSql(col)));
  }
  return columns.dimension(`field|${def.field}`, def.field, col);
}
