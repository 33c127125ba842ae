// Local-time semantics are checked in the users' zone (UTC+6, no DST); set before any Date use.
process.env.TZ = "Asia/Bishkek";

import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import type { TopLevelSpec } from "vega-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChartQueryError } from "../../../shared/charts/chart-query-error.ts";
import { type ChartSpec, TIME_UNITS } from "../../../shared/charts/chart-spec.ts";
import { CHART_ROWS_DATASET, compileChartQuery } from "../../../shared/charts/compile-chart-query.ts";
import { toVegaLite } from "../../../shared/charts/to-vega-lite.ts";
import { createTableSql, syntheticRows } from "./synthetic-chart-rows.ts";
import { type Row, vegaLiteDatasets, vegaLiteSvg } from "./vega-headless.ts";

const RAW = syntheticRows(360);
let instance: DuckDBInstance;
let con: DuckDBConnection;

beforeAll(async () => {
  instance = await DuckDBInstance.create(":memory:");
  con = await instance.connect();
  await con.run("SET TimeZone = 'Asia/Bishkek'");
  await con.run(createTableSql("facts", RAW));
});

afterAll(() => {
  con.closeSync();
  instance.closeSync();
});

async function query(sql: string): Promise<Row[]> {
  return (await con.runAndReadAll(sql)).getRowObjectsJS() as Row[];
}

/** The raw-rows chart Vega-Lite draws by itself: the builder's spec with the rows inline. */
function rawVegaLite(spec: ChartSpec): TopLevelSpec {
  return { ...toVegaLite(spec), data: { values: RAW } } as TopLevelSpec;
}

/** The compiled chart with the DuckDB rows in its dataset. */
function compiledVegaLite(vegaLite: TopLevelSpec, rows: Row[]): TopLevelSpec {
  expect(vegaLite.data).toEqual({ name: CHART_ROWS_DATASET });
  return { ...vegaLite, data: { values: rows } } as TopLevelSpec;
}

function norm(v: unknown): unknown {
  if (v instanceof Date) return v.getTime();
  if (v === undefined) return null;
  return v;
}

function keyOf(row: Row, dims: string[]): string {
  return JSON.stringify(dims.map((d) => norm(row[d])));
}

function expectClose(actual: unknown, expected: unknown, what: string): void {
  const a = norm(actual);
  const e = norm(expected);
  if (typeof a === "number" && typeof e === "number") {
    expect(Math.abs(a - e), `${what}: ${a} vs ${e}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(e)));
  } else {
    expect(a, what).toEqual(e);
  }
}

/** The dataset Vega-Lite aggregated into: the one whose rows carry all the given fields. */
function pickDataset(datasets: Record<string, Row[]>, fields: string[]): Row[] {
  const hits = Object.entries(datasets).filter(
    ([, rows]) => rows.length > 0 && fields.every((f) => f in rows[0]!),
  );
  expect(
    hits.map(([name]) => name),
    `a Vega dataset with ${fields.join(", ")}`,
  ).not.toHaveLength(0);
  return hits[0]![1];
}

/**
 * DuckDB's rows equal Vega-Lite's, group by group. Vega-Lite drops groups whose continuous
 * (scale-mapped) fields are null before drawing; ours keeps them for Vega-Lite to drop, so a
 * DuckDB row without a Vega-Lite twin must have such a null.
 */
function expectSameGroups(
  ours: Row[],
  theirs: Row[],
  dims: string[],
  measures: string[],
  continuous: string[],
) {
  const byKey = new Map(ours.map((r) => [keyOf(r, dims), r]));
  expect(byKey.size, "group keys are unique").toBe(ours.length);
  for (const row of theirs) {
    const mine = byKey.get(keyOf(row, dims));
    expect(mine, `DuckDB has the group ${keyOf(row, dims)}`).toBeDefined();
    for (const m of measures) expectClose(mine?.[m], row[m], `${m} of ${keyOf(row, dims)}`);
    byKey.delete(keyOf(row, dims));
  }
  for (const [key, row] of byKey) {
    expect(
      continuous.some((c) => row[c] === null),
      `group ${key} is missing from Vega-Lite's data without a null to explain it`,
    ).toBe(true);
  }
  expect(theirs.length).toBeGreaterThanOrEqual(dims.length > 0 ? 2 : 1);
}

interface AggregateCase {
  name: string;
  spec: ChartSpec;
  dims: string[];
  measures: string[];
  /** Output columns on continuous scales (Vega-Lite filters nulls there). */
  continuous?: string[];
}

const bar = (encoding: ChartSpec["encoding"], extra: Partial<ChartSpec> = {}): ChartSpec => ({
  source: "facts",
  mark: "bar",
  encoding,
  ...extra,
});

const AGGREGATE_CASES: AggregateCase[] = [
  {
    name: "count per district (null district is a group)",
    spec: bar({ x: { field: "district", type: "nominal" }, y: { aggregate: "count", type: "quantitative" } }),
    dims: ["district"],
    measures: ["__count"],
  },
  {
    name: "sum stacked by colour",
    spec: bar({
      x: { field: "district", type: "nominal" },
      y: { field: "amount", type: "quantitative", aggregate: "sum" },
      color: { field: "sector", type: "nominal" },
    }),
    dims: ["district", "sector"],
    measures: ["sum_amount"],
    continuous: ["sum_amount"],
  },
  {
    name: "mean with nulls in the field",
    spec: bar({
      x: { field: "sector", type: "nominal" },
      y: { field: "value", type: "quantitative", aggregate: "mean" },
    }),
    dims: ["sector"],
    measures: ["mean_value"],
    continuous: ["mean_value"],
  },
  {
    name: "median per district and sector",
    spec: {
      source: "facts",
      mark: "point",
      encoding: {
        x: { field: "district", type: "nominal" },
        y: { field: "amount", type: "quantitative", aggregate: "median" },
        color: { field: "sector", type: "nominal" },
      },
    },
    dims: ["district", "sector"],
    measures: ["median_amount"],
    continuous: ["median_amount"],
  },
  {
    name: "min on y, max and count in the tooltip",
    spec: bar({
      x: { field: "sector", type: "nominal" },
      y: { field: "amount", type: "quantitative", aggregate: "min" },
      tooltip: [
        { field: "amount", type: "quantitative", aggregate: "max" },
        { aggregate: "count", type: "quantitative" },
        { field: "sector", type: "nominal" },
      ],
    }),
    dims: ["sector"],
    measures: ["min_amount", "max_amount", "__count"],
    continuous: ["min_amount"],
  },
  {
    name: "histogram (bin, maxbins 10) of a field with nulls",
    spec: bar({
      x: { field: "value", type: "quantitative", bin: true },
      y: { aggregate: "count", type: "quantitative" },
    }),
    dims: ["bin_maxbins_10_value", "bin_maxbins_10_value_end"],
    measures: ["__count"],
    continuous: ["bin_maxbins_10_value"],
  },
  {
    name: "bin with maxbins 30 on negative-to-positive decimals, by colour",
    spec: bar({
      x: { field: "amount", type: "quantitative", bin: { maxbins: 30 } },
      y: { field: "value", type: "quantitative", aggregate: "sum" },
      color: { field: "sector", type: "nominal" },
    }),
    dims: ["bin_maxbins_30_amount", "bin_maxbins_30_amount_end", "sector"],
    measures: ["sum_value"],
    continuous: ["bin_maxbins_30_amount", "sum_value"],
  },
  {
    name: "two binned axes (heat map of counts)",
    spec: {
      source: "facts",
      mark: "rect",
      encoding: {
        x: { field: "amount", type: "quantitative", bin: { maxbins: 8 } },
        y: { field: "value", type: "quantitative", bin: { maxbins: 5 } },
        color: { aggregate: "count", type: "quantitative" },
      },
    },
    dims: ["bin_maxbins_8_amount", "bin_maxbins_5_value"],
    measures: ["__count"],
    continuous: ["bin_maxbins_5_value"],
  },
  {
    name: "timeUnit year",
    spec: bar({
      x: { field: "ts", type: "temporal", timeUnit: "year" },
      y: { field: "amount", type: "quantitative", aggregate: "sum" },
    }),
    dims: ["year_ts"],
    measures: ["sum_amount"],
    continuous: ["year_ts", "sum_amount"],
  },
  {
    name: "timeUnit month (ordinal) by colour",
    spec: {
      source: "facts",
      mark: "line",
      encoding: {
        x: { field: "ts", type: "ordinal", timeUnit: "month" },
        y: { field: "amount", type: "quantitative", aggregate: "mean" },
        color: { field: "sector", type: "nominal" },
      },
    },
    dims: ["month_ts", "sector"],
    measures: ["mean_amount"],
    continuous: ["mean_amount"],
  },
  {
    name: "facet columns with filters",
    spec: bar(
      {
        x: { field: "district", type: "nominal" },
        y: { field: "value", type: "quantitative", aggregate: "max" },
        column: { field: "sector", type: "nominal" },
      },
      {
        filters: [
          { field: "sector", op: "oneOf", value: ["mobile", "fixed"] },
          { field: "amount", op: "gt", value: -100 },
          { field: "ts", op: "gte", value: "2020-01-01 00:00:00" },
        ],
      },
    ),
    dims: ["district", "sector"],
    measures: ["max_value"],
    continuous: ["max_value"],
  },
];

describe("compileChartQuery: DuckDB's rows equal Vega-Lite's own aggregation", () => {
  for (const c of AGGREGATE_CASES) {
    it(c.name, async () => {
      const compiled = compileChartQuery(c.spec);
      expect(compiled.mode).toBe("aggregated");
      const ours = await query(compiled.sql);
      const spec = c.spec.filters === undefined ? c.spec : { ...c.spec, filters: undefined };
      // Vega-Lite filters with JavaScript string comparison for the timestamp bound; drop that
      // filter on its side and apply the same rows filter to the raw values instead.
      const raw = c.spec.filters === undefined ? rawVegaLite(c.spec) : rawWithFilters(spec, c.spec);
      const theirs = pickDataset(await vegaLiteDatasets(raw), [...c.dims, ...c.measures]);
      expectSameGroups(ours, theirs, c.dims, c.measures, c.continuous ?? []);
    });
  }

  it("every supported time unit truncates like vega-time (local time)", async () => {
    for (const unit of TIME_UNITS) {
      const spec = bar({
        x: { field: "ts", type: "ordinal", timeUnit: unit },
        y: { aggregate: "count", type: "quantitative" },
      });
      const ours = await query(compileChartQuery(spec).sql);
      const theirs = pickDataset(await vegaLiteDatasets(rawVegaLite(spec)), [`${unit}_ts`, "__count"]);
      expect(ours.length, unit).toBe(theirs.length);
      expectSameGroups(ours, theirs, [`${unit}_ts`], ["__count"], []);
    }
  });
});

function rawWithFilters(spec: ChartSpec, original: ChartSpec): TopLevelSpec {
  const values = RAW.filter(
    (r) =>
      (r.sector === "mobile" || r.sector === "fixed") && r.amount > -100 && r.ts >= "2020-01-01T00:00:00",
  );
  expect(original.filters).toHaveLength(3);
  return { ...toVegaLite(spec), data: { values } } as TopLevelSpec;
}

describe("compileChartQuery: boxplot", () => {
  for (const [name, spec, groups] of [
    [
      "vertical, per district",
      {
        source: "facts",
        mark: "boxplot",
        encoding: { x: { field: "district", type: "nominal" }, y: { field: "value", type: "quantitative" } },
      },
      ["district"],
    ],
    [
      "horizontal, per sector with colour",
      {
        source: "facts",
        mark: "boxplot",
        encoding: {
          y: { field: "sector", type: "nominal" },
          x: { field: "amount", type: "quantitative" },
          color: { field: "sector", type: "nominal" },
        },
      },
      ["sector"],
    ],
    [
      "one box for all rows",
      { source: "facts", mark: "boxplot", encoding: { y: { field: "value", type: "quantitative" } } },
      [],
    ],
  ] as [string, ChartSpec, string[]][]) {
    it(`${name}: quartiles, whiskers at 1.5 IQR and outliers equal Vega-Lite's`, async () => {
      const field =
        (spec.encoding.x?.type === "quantitative" ? spec.encoding.x.field : spec.encoding.y?.field) ?? "";
      const compiled = compileChartQuery(spec);
      const rows = await query(compiled.sql);
      const boxes = rows.filter((r) => r.__kind === "box");
      const outliers = rows.filter((r) => r.__kind === "outlier");
      const datasets = await vegaLiteDatasets(rawVegaLite(spec));

      const summary = pickDataset(datasets, [`mid_box_${field}`, `min_${field}`]);
      expectSameGroups(
        boxes,
        summary,
        groups,
        [`lower_box_${field}`, `mid_box_${field}`, `upper_box_${field}`, `min_${field}`, `max_${field}`],
        [],
      );
      const whiskers = pickDataset(datasets, [`lower_whisker_${field}`, `upper_whisker_${field}`]);
      expectSameGroups(boxes, whiskers, groups, [`lower_whisker_${field}`, `upper_whisker_${field}`], []);

      // Vega-Lite's outlier dataset: raw rows outside the fences, after its own validity filter.
      const theirOutliers = Object.values(datasets).find(
        (rows) =>
          rows.length > 0 &&
          `lower_box_${field}` in rows[0]! &&
          field in rows[0]! &&
          !(`mid_box_${field}` in rows[0]!) &&
          rows.length < 60,
      );
      const fmt = (r: Row) => JSON.stringify([...groups.map((g) => norm(r[g])), norm(r[field])]);
      expect(outliers.map(fmt).sort()).toEqual((theirOutliers ?? []).map(fmt).sort());
      if (field === "value") expect(outliers.length).toBeGreaterThan(0);
    });
  }
});

/** Marks as drawn (class names aside, which follow layer nesting); order-free. */
function drawnElements(svg: string, marksOnly: boolean): string[] {
  const parts = svg.replace(/ class="[^"]*"/g, "").split("><");
  return (marksOnly ? parts.filter((p) => p.includes('role="graphics-symbol"')) : parts).sort();
}

describe("compileChartQuery: the compiled chart draws what Vega-Lite draws from raw rows", () => {
  const cases: [string, ChartSpec, boolean][] = [
    [
      "stacked bars sorted by their total",
      bar({
        x: { field: "district", type: "nominal", sort: { encoding: "y", order: "descending" } },
        y: { field: "amount", type: "quantitative", aggregate: "sum" },
        color: { field: "sector", type: "nominal" },
      }),
      false,
    ],
    [
      "bars sorted by another field's median",
      bar({
        x: { field: "sector", type: "nominal", sort: { field: "value", op: "median", order: "descending" } },
        y: { aggregate: "count", type: "quantitative" },
      }),
      false,
    ],
    [
      "monthly line per sector",
      {
        source: "facts",
        mark: "line",
        points: true,
        encoding: {
          x: { field: "ts", type: "temporal", timeUnit: "yearmonth" },
          y: { field: "amount", type: "quantitative", aggregate: "sum" },
          color: { field: "sector", type: "nominal" },
        },
      },
      false,
    ],
    [
      "yearly bars",
      bar({
        x: { field: "ts", type: "temporal", timeUnit: "year" },
        y: { aggregate: "count", type: "quantitative" },
      }),
      false,
    ],
    [
      "pie of counts",
      {
        source: "facts",
        mark: "arc",
        encoding: {
          theta: { aggregate: "count", type: "quantitative" },
          color: { field: "sector", type: "nominal" },
        },
      },
      false,
    ],
    [
      "boxplot",
      {
        source: "facts",
        mark: "boxplot",
        encoding: { x: { field: "district", type: "nominal" }, y: { field: "value", type: "quantitative" } },
      },
      false,
    ],
    // Binned axes tick at the same places but Vega-Lite labels its own bins "0.0": marks only.
    [
      "histogram",
      bar({
        x: { field: "value", type: "quantitative", bin: true },
        y: { aggregate: "count", type: "quantitative" },
      }),
      true,
    ],
  ];
  for (const [name, spec, marksOnly] of cases) {
    it(name, async () => {
      const compiled = compileChartQuery(spec);
      const rows = await query(compiled.sql);
      const expected = drawnElements(await vegaLiteSvg(rawVegaLite(spec)), marksOnly);
      const actual = drawnElements(await vegaLiteSvg(compiledVegaLite(compiled.vegaLite, rows)), marksOnly);
      expect(actual.length).toBeGreaterThan(3);
      expect(actual).toEqual(expected);
    });
  }
});

describe("compileChartQuery: raw mode, limits, quoting", () => {
  const scatter: ChartSpec = {
    source: "facts",
    mark: "point",
    encoding: {
      x: { field: "amount", type: "quantitative" },
      y: { field: "value", type: "quantitative" },
      color: { field: "ts", type: "temporal" },
    },
  };

  it("a chart without aggregates reads the used columns, one row per source row", async () => {
    const compiled = compileChartQuery(scatter);
    expect(compiled.mode).toBe("raw");
    const rows = await query(compiled.sql);
    expect(rows).toHaveLength(RAW.length);
    expect(Object.keys(rows[0]!).sort()).toEqual(["amount", "ts", "value"]);
    // Temporal values arrive as local epoch milliseconds.
    expect(rows[0]!.ts).toBe(new Date(RAW[0]!.ts).getTime());
  });

  it("refuses a raw chart over a table larger than the threshold, naming the table", () => {
    expect(() => compileChartQuery(scatter, { rawRowThreshold: 100, sourceRowCount: 360 })).toThrow(
      ChartQueryError,
    );
    expect(() => compileChartQuery(scatter, { rawRowThreshold: 100, sourceRowCount: 360 })).toThrow(
      /Chart on "facts": the table has 360 rows .* limit of 100/,
    );
    // Aggregated charts are fine over any size.
    const agg = bar({
      x: { field: "sector", type: "nominal" },
      y: { aggregate: "count", type: "quantitative" },
    });
    expect(compileChartQuery(agg, { rawRowThreshold: 100, sourceRowCount: 10_000_000 }).mode).toBe(
      "aggregated",
    );
  });

  it("stops after rowLimit + 1 rows so an overfull chart can be detected", async () => {
    const compiled = compileChartQuery(scatter, { rawRowThreshold: 50 });
    expect(compiled.rowLimit).toBe(50);
    expect(await query(compiled.sql)).toHaveLength(51);
  });

  it("quotes table and column names: hostile names are data, not SQL", async () => {
    const table = 'odd "table"; DROP TABLE facts; --';
    const column = `x"); DROP TABLE facts; --`;
    await con.run(
      `CREATE TABLE "${table.replaceAll('"', '""')}" AS SELECT sector AS "${column.replaceAll('"', '""')}", amount AS "a.b" FROM facts`,
    );
    const compiled = compileChartQuery({
      source: table,
      mark: "bar",
      encoding: {
        x: { field: column, type: "nominal" },
        y: { field: "a.b", type: "quantitative", aggregate: "sum" },
      },
      filters: [{ field: column, op: "equal", value: "it's" }],
    });
    expect(await query(compiled.sql)).toEqual([]);
    const unfiltered = compileChartQuery({
      source: table,
      mark: "bar",
      encoding: {
        x: { field: column, type: "nominal" },
        y: { field: "a.b", type: "quantitative", aggregate: "sum" },
      },
    });
    const rows = await query(unfiltered.sql);
    expect(rows.map((r) => r[column]).sort()).toEqual(["fixed", "mobile", "post"]);
    // Vega-Lite reads "a.b" as nested access unless escaped.
    expect(JSON.stringify(unfiltered.vegaLite)).toContain('"field":"sum_a\\\\.b"');
    expect((await query("SELECT count(*) AS n FROM facts"))[0]!.n).toBe(360n);
  });

  it("rejects an invalid spec with the path of the problem", () => {
    const bad = bar({
      x: { field: "district", type: "nominal", bin: true },
      y: { aggregate: "count", type: "quantitative" },
    });
    expect(() => compileChartQuery(bad)).toThrow(
      /Chart on "facts": encoding\.x\.bin: only a quantitative field can be binned/,
    );
  });
});
