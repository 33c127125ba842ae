/**
 * Vega's `bin` transform in SQL: the step, start and stop that vega-statistics `bin()` picks from
 * a field's extent and maxbins (base 10, divide [5, 2], nice), then the Bin transform's per-value
 * bin start and end. The arithmetic is written in the same order as Vega's JavaScript so that
 * IEEE doubles come out identical.
 *
 * One source of difference is removed on purpose: V8's Math.pow(10, k) is not always the nearest
 * double (Math.pow(10, -4) is 0.00009999999999999999), while DuckDB's pow is; powers of ten are
 * therefore taken from a list computed here with Math.pow. Math.log may still differ from
 * DuckDB's ln in the last bit, which only matters for a span within 1e-16 of 10^(k + 0.5).
 */

const POW10_MIN_EXPONENT = -40;
const POW10_MAX_EXPONENT = 40;

/** The one-row CTE holding the powers-of-ten list (column POW10_LIST); binPow10Cte() defines it. */
export const POW10_CTE = '"__chart_pow10"';
const POW10_LIST = '"__chart_pow10_list"';

/** `"__chart_pow10" AS (...)`: Math.pow(10, k) for k in [POW10_MIN_EXPONENT, POW10_MAX_EXPONENT]. */
export function binPow10Cte(): string {
  const items: string[] = [];
  for (let k = POW10_MIN_EXPONENT; k <= POW10_MAX_EXPONENT; k++) items.push(`'${10 ** k}'`);
  return `${POW10_CTE} AS (SELECT CAST([${items.join(", ")}] AS DOUBLE[]) AS ${POW10_LIST})`;
}

/** Math.pow(10, exponent) as JavaScript computes it, for an integer-valued SQL expression. */
function jsPow10Sql(exponentSql: string): string {
  // List indexes are 1-based; outside the tabulated range DuckDB's pow is close enough.
  return `coalesce(${POW10_LIST}[CAST(${exponentSql} AS INTEGER) - (${POW10_MIN_EXPONENT - 1})], pow(10, ${exponentSql}))`;
}

/** JavaScript's Math.round (halves go up), unlike DuckDB's round (halves go away from zero). */
function jsRoundSql(x: string): string {
  return `floor(${x} + 0.5)`;
}

export interface BinColumns {
  /** Quoted column names, in the params CTE, of the bin start, step and stop. */
  start: string;
  step: string;
  stop: string;
}

/**
 * The bin parameters from two DOUBLE columns holding the field's min and max, as successive
 * stages of select items: stage i may only use columns of earlier stages (and POW10_CTE's). Each
 * stage must be its own SELECT around the previous one: chaining them with DuckDB's lateral
 * column aliases instead re-expands every alias and grows the expression exponentially.
 */
export function binParamsStages(
  minSql: string,
  maxSql: string,
  maxbins: number,
  prefix: string,
): { stages: string[][]; columns: BinColumns } {
  const c = (name: string) => `"${prefix}_${name}"`;
  const level = Math.ceil(Math.log(maxbins) / Math.log(10));
  const stages = [
    // span = (max - min) || Math.abs(min) || 1
    [
      `CASE WHEN ${maxSql} - ${minSql} <> 0 THEN ${maxSql} - ${minSql} WHEN abs(${minSql}) <> 0 THEN abs(${minSql}) ELSE CAST(1 AS DOUBLE) END AS ${c("span")}`,
    ],
    [`${jsPow10Sql(`${jsRoundSql(`ln(${c("span")}) / ln(10)`)} - ${level}`)} AS ${c("s0")}`],
    // "increase step size if too many bins": from the choice of s0, twice is always enough.
    [
      `CASE WHEN ceil(${c("span")} / ${c("s0")}) > ${maxbins} THEN ${c("s0")} * 10 ELSE ${c("s0")} END AS ${c("s1")}`,
    ],
    [
      `CASE WHEN ceil(${c("span")} / ${c("s1")}) > ${maxbins} THEN ${c("s1")} * 10 ELSE ${c("s1")} END AS ${c("s2")}`,
    ],
    // "decrease step size if allowed", divide by 5 then by 2.
    [
      `CASE WHEN ${c("span")} / (${c("s2")} / 5) <= ${maxbins} THEN ${c("s2")} / 5 ELSE ${c("s2")} END AS ${c("s3")}`,
    ],
    [
      `CASE WHEN ${c("span")} / (${c("s3")} / 2) <= ${maxbins} THEN ${c("s3")} / 2 ELSE ${c("s3")} END AS ${c("step")}`,
    ],
    [
      `CASE WHEN ln(${c("step")}) >= 0 THEN 0 ELSE trunc(-ln(${c("step")}) / ln(10)) + 1 END AS ${c("precision")}`,
      `ceil(${maxSql} / ${c("step")}) * ${c("step")} AS ${c("max")}`,
    ],
    [`${jsPow10Sql(`-${c("precision")} - 1`)} AS ${c("eps")}`],
    [`floor(${minSql} / ${c("step")} + ${c("eps")}) * ${c("step")} AS ${c("v")}`],
    [`CASE WHEN ${minSql} < ${c("v")} THEN ${c("v")} - ${c("step")} ELSE ${c("v")} END AS ${c("start")}`],
    [
      `CASE WHEN ${c("max")} = ${c("start")} THEN ${c("start")} + ${c("step")} ELSE ${c("max")} END AS ${c("nice_stop")}`,
    ],
    // The Bin transform then widens stop to a whole number of steps.
    [
      `${c("start")} + ceil((${c("nice_stop")} - ${c("start")}) / ${c("step")}) * ${c("step")} AS ${c("stop")}`,
    ],
  ];
  return { stages, columns: { start: c("start"), step: c("step"), stop: c("stop") } };
}

/**
 * A SELECT of `from` plus the parameters of every bin: stage i of all bins (binParamsStages) is
 * the i-th nested SELECT. `from` must provide the extent columns and POW10_CTE's list.
 */
export function binParamsSelect(from: string, bins: { stages: string[][] }[]): string {
  let select = `SELECT * FROM ${from}`;
  const stageCount = Math.max(0, ...bins.map((b) => b.stages.length));
  for (let i = 0; i < stageCount; i++) {
    select = `SELECT *, ${bins.flatMap((b) => b.stages[i] ?? []).join(", ")}\n  FROM (${select})`;
  }
  return select;
}

/**
 * Bin start and end of a DOUBLE value, as Vega's Bin transform computes them. The extent comes
 * from the same rows, so values below start or above stop (Vega's -Infinity / +Infinity bins)
 * cannot occur and Math.max(start, ...) cannot bind; NULL stays NULL.
 */
export function binValueSql(valueSql: string, bin: BinColumns): { start: string; end: string } {
  const clamped = `CASE WHEN ${valueSql} > ${bin.stop} - ${bin.step} THEN ${bin.stop} - ${bin.step} ELSE ${valueSql} END`;
  const start = `${bin.start} + ${bin.step} * floor(1e-14 + (${clamped} - ${bin.start}) / ${bin.step})`;
  const end = `${bin.start} + ${bin.step} * (1 + ((${start}) - ${bin.start}) / ${bin.step})`;
  return { start, end };
}
