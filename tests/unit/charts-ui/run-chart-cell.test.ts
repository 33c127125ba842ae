import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { directTransport } from "../../../electron/engine/direct-transport.ts";
import { chartOutputOf } from "../../../renderer/src/charts/chart-output.ts";
import { runChartCell } from "../../../renderer/src/charts/run-chart-cell.ts";
import type { ChartSpec } from "../../../shared/charts/chart-spec.ts";
import { CHART_ROWS_DATASET } from "../../../shared/charts/compile-chart-query.ts";
import type { Cell } from "../../../shared/notebook/notebook-schema.ts";
import { EngineCallError, EngineClient } from "../../../shared/protocol/engine-client.ts";
import { closeTestEngine, openTestEngine } from "../engine/engine-fixture.ts";

let fixture: Awaited<ReturnType<typeof openTestEngine>>;
let client: EngineClient;

beforeAll(async () => {
  fixture = await openTestEngine();
  client = new EngineClient(directTransport(fixture.engine));
  await client.call("sql.run", {
    sql: `CREATE TABLE obs AS SELECT * FROM (VALUES
      ('kg', 2021, 70.0), ('kg', 2021, 74.0), ('kg', 2022, 80.0),
      ('osh_city', 2021, 83.0), ('osh_city', 2022, 86.0)) t(unit_id, year, value)`,
  });
  await client.call("sql.run", {
    sql: "CREATE TABLE survey_synthetic AS SELECT i % 3 AS grp FROM range(30) t(i)",
  });
  await client.call("sql.run", { sql: "CREATE TABLE big AS SELECT i AS n FROM range(60000) t(i)" });
});
afterAll(() => closeTestEngine(fixture));

function chartCell(spec: unknown): Cell {
  return { id: "c-test", name: "trend_chart", kind: "chart", source: "", options: { spec } };
}

const run = (spec: unknown) =>
  runChartCell(chartCell(spec), { client, params: {}, signal: new AbortController().signal });

const meanByYear: ChartSpec = {
  source: "obs",
  mark: "line",
  encoding: {
    x: { field: "year", type: "ordinal" },
    y: { field: "value", type: "quantitative", aggregate: "mean" },
    color: { field: "unit_id", type: "nominal" },
  },
};

describe("chart cell runner", () => {
  it("runs a builder chart in DuckDB and hands Vega only the aggregated rows, as plain numbers", async () => {
    const out = await run(meanByYear);
    const chart = chartOutputOf({ status: "done", ...out });
    expect(chart).not.toBeNull();
    expect(chart!.mode).toBe("aggregated");
    expect(chart!.sourceRowCount).toBe(5);
    expect(chart!.synthetic).toBe(false);
    expect(chart!.rows).toEqual([
      { year: 2021, unit_id: "kg", mean_value: 72 },
      { year: 2021, unit_id: "osh_city", mean_value: 83 },
      { year: 2022, unit_id: "kg", mean_value: 80 },
      { year: 2022, unit_id: "osh_city", mean_value: 86 },
    ]);
    expect(chart!.vegaLite.data).toEqual({ name: CHART_ROWS_DATASET });
    // The cell's status line reads the row count from the result.
    expect(out.result).toMatchObject({ resultId: null, rowCount: 4, statementType: "SELECT" });
  });

  it("reports synthetic sources as the engine decides them", async () => {
    const out = await run({
      source: "survey_synthetic",
      mark: "bar",
      encoding: { x: { field: "grp", type: "nominal" }, y: { type: "quantitative", aggregate: "count" } },
    });
    const chart = chartOutputOf({ status: "done", ...out })!;
    expect(chart.synthetic).toBe(true);
    expect(chart.rows.map((r) => r.__count)).toEqual([10, 10, 10]);
  });

  it("draws hand-written Vega-Lite from the source rows as they are", async () => {
    const vegaLite = {
      data: { name: "obs" },
      transform: [{ calculate: "datum.value / 100", as: "share" }],
      mark: "point",
      encoding: { x: { field: "share", type: "quantitative" }, y: { field: "unit_id", type: "nominal" } },
    };
    const out = await run({ source: "obs", vegaLite });
    const chart = chartOutputOf({ status: "done", ...out })!;
    expect(chart.mode).toBe("vegaLite");
    expect(chart.rows).toHaveLength(5);
    expect(chart.rows[0]).toEqual({ unit_id: "kg", year: 2021, value: 70 });
    expect(chart.vegaLite).toEqual({ ...vegaLite, data: { name: CHART_ROWS_DATASET } });
  });

  it("refuses hand-written Vega-Lite over more rows than it may draw, naming cell, source and limit", async () => {
    const spec = {
      source: "big",
      vegaLite: {
        data: { name: "big" },
        mark: "tick",
        encoding: { x: { field: "n", type: "quantitative" } },
      },
    };
    await expect(run(spec)).rejects.toThrow(/^Chart cell trend_chart: big has 60,000 rows\..*at most 50,000/);
  });

  it("names the cell and the spec path when the spec is a draft the chart cannot draw", async () => {
    await expect(run(null)).rejects.toThrow("Chart cell trend_chart: choose the data and the fields");
    await expect(run({ source: "obs", mark: "arc", encoding: {} })).rejects.toThrow(
      /^Chart cell trend_chart: chart spec encoding\.theta: an arc \(pie\) chart needs a theta field/,
    );
  });

  it("keeps engine errors as engine errors, with the cell's name in front", async () => {
    const missing = {
      ...meanByYear,
      encoding: { ...meanByYear.encoding, color: { field: "nope", type: "nominal" } },
    };
    const error = await run(missing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineCallError);
    expect((error as EngineCallError).message).toMatch(/^Chart cell trend_chart: Chart over obs: .*nope/);
  });
});

describe("chart.pdf", () => {
  it("turns a chart's SVG into a one-page PDF of the chart's size", async () => {
    const { svg } = await client.call("chart.svg", {
      vegaLite: {
        data: { values: [{ a: "Өзгөн", b: 3 }] },
        mark: "bar",
        encoding: { x: { field: "a" }, y: { field: "b", type: "quantitative" } },
      } as Record<string, unknown>,
    });
    const width = Number(/<svg[^>]*\bwidth="([\d.]+)"/.exec(svg)?.[1]);
    const height = Number(/<svg[^>]*\bheight="([\d.]+)"/.exec(svg)?.[1]);
    const { pdf } = await client.call("chart.pdf", {
      svg,
      widthPx: width,
      heightPx: height,
      title: "Test chart",
    });
    const text = Buffer.from(pdf).toString("latin1");
    expect(text.startsWith("%PDF-")).toBe(true);
    expect(text.match(/\/Type \/Page\b/g)).toHaveLength(1);
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(text);
    expect(Number(box?.[1])).toBeCloseTo(width * 0.75, 1);
    expect(Number(box?.[2])).toBeCloseTo(height * 0.75, 1);
    // The bundled font is embedded: besides the Latin subset (digits), the Cyrillic ones the
    // Kyrgyz label needs.
    expect(text).toMatch(/\/FontFile2/);
    const regular = new Set(text.match(/\/BaseFont \/[A-Z]{6}\+NotoSans-Regular/g));
    expect(regular.size).toBeGreaterThanOrEqual(2);
  });
});
