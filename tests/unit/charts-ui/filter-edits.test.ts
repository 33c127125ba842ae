import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filterFromText, filterText, isIncompleteFilter } from "../../../renderer/src/charts/filter-edits.ts";
import type { ChartSpec } from "../../../shared/charts/chart-spec.ts";
import { compileChartQuery } from "../../../shared/charts/compile-chart-query.ts";

describe("filter text boxes", () => {
  it("reads the text by operator and column type, and shows it back", () => {
    const cases = [
      [
        filterFromText("year", "equal", "2022", "INTEGER"),
        { field: "year", op: "equal", value: 2022 },
        "2022",
      ],
      [
        filterFromText("unit_id", "equal", "osh_city", "VARCHAR"),
        { field: "unit_id", op: "equal", value: "osh_city" },
        "osh_city",
      ],
      [
        filterFromText("flag", "equal", "true", "BOOLEAN"),
        { field: "flag", op: "equal", value: true },
        "true",
      ],
      [
        filterFromText("value", "range", "10..", "DOUBLE"),
        { field: "value", op: "range", value: [10, null] },
        "10..",
      ],
      [
        filterFromText("unit_id", "oneOf", "kg, osh_city", "VARCHAR"),
        { field: "unit_id", op: "oneOf", value: ["kg", "osh_city"] },
        "kg, osh_city",
      ],
      [
        filterFromText("year", "oneOf", "2020,2021", "BIGINT"),
        { field: "year", op: "oneOf", value: [2020, 2021] },
        "2020, 2021",
      ],
      [filterFromText("value", "gte", "50", "DOUBLE"), { field: "value", op: "gte", value: 50 }, "50"],
      [
        filterFromText("note", "valid", "false", "VARCHAR"),
        { field: "note", op: "valid", value: false },
        "false",
      ],
    ] as const;
    for (const [filter, expected, text] of cases) {
      expect(filter).toEqual(expected);
      expect(filterText(filter)).toBe(text);
    }
  });

  it("a filter not filled in yet is recognised", () => {
    expect(isIncompleteFilter(filterFromText("unit_id", "equal", "", "VARCHAR"))).toBe(true);
    expect(isIncompleteFilter(filterFromText("unit_id", "oneOf", " , ", "VARCHAR"))).toBe(true);
    expect(isIncompleteFilter(filterFromText("value", "range", "..", "DOUBLE"))).toBe(true);
    expect(isIncompleteFilter(filterFromText("value", "equal", "0", "DOUBLE"))).toBe(false);
  });
});

describe("filters typed from text run in DuckDB", () => {
  let instance: DuckDBInstance;
  beforeAll(async () => {
    instance = await DuckDBInstance.create(":memory:");
  });
  afterAll(() => instance.closeSync());

  it("compare like with like: numbers as numbers, text as text", async () => {
    const conn = await instance.connect();
    await conn.run(
      "CREATE TABLE obs AS SELECT * FROM (VALUES ('kg', 2020, 60.0), ('kg', 2021, 70.0), ('osh_city', 2021, 80.0), ('osh_city', 2022, 90.0)) t(unit_id, year, value)",
    );
    const spec: ChartSpec = {
      source: "obs",
      mark: "bar",
      encoding: {
        x: { field: "unit_id", type: "nominal" },
        y: { field: "value", type: "quantitative", aggregate: "sum" },
      },
      filters: [
        filterFromText("year", "oneOf", "2021, 2022", "INTEGER"),
        filterFromText("value", "range", "65..85", "DOUBLE"),
      ],
    };
    const rows = (await conn.runAndReadAll(compileChartQuery(spec).sql)).getRowObjectsJS();
    conn.closeSync();
    expect(rows).toEqual([
      { unit_id: "kg", sum_value: 70 },
      { unit_id: "osh_city", sum_value: 80 },
    ]);
  });
});
