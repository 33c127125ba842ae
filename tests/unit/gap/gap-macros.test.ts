import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GAP_MACROS, registerGapMacros } from "../../../electron/engine/gap/gap-macros.ts";

let instance: DuckDBInstance;
let conn: DuckDBConnection;

beforeAll(async () => {
  instance = await DuckDBInstance.create(":memory:");
  conn = await instance.connect();
  await registerGapMacros(conn);
});

afterAll(() => {
  conn.closeSync();
  instance.closeSync();
});

async function scalar(sql: string): Promise<unknown> {
  const reader = await conn.runAndReadAll(`SELECT ${sql} AS v`);
  return reader.getRowObjectsJS()[0]?.v;
}

describe("registerGapMacros", () => {
  it("creates every macro and can run again (idempotent)", async () => {
    await registerGapMacros(conn);
    const reader = await conn.runAndReadAll(
      "SELECT DISTINCT function_name FROM duckdb_functions() WHERE function_name LIKE 'gap\\_%' ESCAPE '\\' ORDER BY 1",
    );
    expect(reader.getRowObjectsJS().map((r) => r.function_name)).toEqual(
      GAP_MACROS.map((m) => m.name).sort(),
    );
  });
});

describe("gap_progress", () => {
  it("is (current - baseline) / (target - baseline)", async () => {
    // (15 - 10) / (20 - 10) = 5 / 10 = 0.5
    expect(await scalar("gap_progress(10, 15, 20)")).toBe(0.5);
    // past the target: (25 - 10) / (20 - 10) = 1.5
    expect(await scalar("gap_progress(10, 25, 20)")).toBe(1.5);
    // worse than baseline: (5 - 10) / (20 - 10) = -0.5
    expect(await scalar("gap_progress(10, 5, 20)")).toBe(-0.5);
    // lower is better works through the signs: (15 - 20) / (10 - 20) = -5 / -10 = 0.5
    expect(await scalar("gap_progress(20, 15, 10)")).toBe(0.5);
  });

  it("is NULL when target = baseline or an input is NULL", async () => {
    expect(await scalar("gap_progress(10, 15, 10)")).toBeNull();
    expect(await scalar("gap_progress(NULL, 15, 20)")).toBeNull();
    expect(await scalar("gap_progress(10, NULL, 20)")).toBeNull();
    expect(await scalar("gap_progress(10, 15, NULL)")).toBeNull();
  });
});

describe("gap_cagr", () => {
  it("is (v_end / v_start) ^ (1 / years) - 1", async () => {
    // (121 / 100) ^ (1/2) - 1 = 1.1 - 1 = 0.1
    expect(await scalar("gap_cagr(100, 2015, 121, 2017)")).toBeCloseTo(0.1, 14);
    // DECIMAL arguments give the same: (121.0 / 100.0) ^ 0.5 - 1
    expect(await scalar("gap_cagr(100.0, 2015, 121.0, 2017)")).toBeCloseTo(0.1, 14);
    // falling: (81 / 100) ^ (1/2) - 1 = 0.9 - 1 = -0.1
    expect(await scalar("gap_cagr(100, 2015, 81, 2017)")).toBeCloseTo(-0.1, 14);
    // (60.5 / 50) ^ (1/2) - 1 = 1.21 ^ 0.5 - 1 = 0.1
    expect(await scalar("gap_cagr(50, 2015, 60.5, 2017)")).toBeCloseTo(0.1, 14);
  });

  it("is NULL when the years are equal, a value is not positive, or an input is NULL", async () => {
    expect(await scalar("gap_cagr(100, 2015, 121, 2015)")).toBeNull();
    expect(await scalar("gap_cagr(0, 2015, 121, 2017)")).toBeNull();
    expect(await scalar("gap_cagr(-5, 2015, 121, 2017)")).toBeNull();
    expect(await scalar("gap_cagr(100, 2015, 0, 2017)")).toBeNull();
    expect(await scalar("gap_cagr(100, 2015, -1, 2017)")).toBeNull();
    expect(await scalar("gap_cagr(NULL, 2015, 121, 2017)")).toBeNull();
    expect(await scalar("gap_cagr(100, NULL, 121, 2017)")).toBeNull();
    expect(await scalar("gap_cagr(100, 2015, NULL, 2017)")).toBeNull();
    expect(await scalar("gap_cagr(100, 2015, 121, NULL)")).toBeNull();
  });
});

describe("gap_required_cagr", () => {
  it("is the rate from current to target by the target year", async () => {
    // (72 / 50) ^ (1 / (2022 - 2020)) - 1 = 1.44 ^ 0.5 - 1 = 0.2
    expect(await scalar("gap_required_cagr(50, 2020, 72, 2022)")).toBeCloseTo(0.2, 14);
    // lower target: (40.5 / 50) ^ (1/2) - 1 = 0.81 ^ 0.5 - 1 = -0.1
    expect(await scalar("gap_required_cagr(50, 2020, 40.5, 2022)")).toBeCloseTo(-0.1, 14);
  });

  it("has gap_cagr's NULL rules", async () => {
    expect(await scalar("gap_required_cagr(50, 2020, 72, 2020)")).toBeNull();
    expect(await scalar("gap_required_cagr(0, 2020, 72, 2022)")).toBeNull();
    expect(await scalar("gap_required_cagr(50, 2020, -72, 2022)")).toBeNull();
    expect(await scalar("gap_required_cagr(NULL, 2020, 72, 2022)")).toBeNull();
    expect(await scalar("gap_required_cagr(50, 2020, 72, NULL)")).toBeNull();
  });
});

describe("gap_eurostat_class", () => {
  it("classes by observed / required with the 0.95 / 0.6 / 0 bounds", async () => {
    // ratio 0.95 / 1 = 0.95, on the bound: significant
    expect(await scalar("gap_eurostat_class(0.95, 1)")).toBe("significant progress");
    // ratio 0.1 / 0.041 = 2.44
    expect(await scalar("gap_eurostat_class(0.1, 0.041)")).toBe("significant progress");
    // ratio 0.6 / 1 = 0.6, on the bound: moderate
    expect(await scalar("gap_eurostat_class(0.6, 1)")).toBe("moderate progress");
    // ratio 0.05 / 0.0718 = 0.696
    expect(await scalar("gap_eurostat_class(0.05, 0.0718)")).toBe("moderate progress");
    // ratio 0 / 0.05 = 0, on the bound: insufficient
    expect(await scalar("gap_eurostat_class(0, 0.05)")).toBe("insufficient progress");
    // ratio 0.0599 / 0.1 = 0.599
    expect(await scalar("gap_eurostat_class(0.0599, 0.1)")).toBe("insufficient progress");
    // ratio -0.0001 / 0.05 < 0
    expect(await scalar("gap_eurostat_class(-0.0001, 0.05)")).toBe("moving away");
    // lower is better: both negative, ratio -0.1 / -0.067 = 1.49
    expect(await scalar("gap_eurostat_class(-0.1, -0.067)")).toBe("significant progress");
    // rising where a fall is required: 0.02 / -0.05 = -0.4
    expect(await scalar("gap_eurostat_class(0.02, -0.05)")).toBe("moving away");
  });

  it("is NULL when an input is NULL or required is 0", async () => {
    expect(await scalar("gap_eurostat_class(0.1, 0)")).toBeNull();
    expect(await scalar("gap_eurostat_class(NULL, 0.05)")).toBeNull();
    expect(await scalar("gap_eurostat_class(0.1, NULL)")).toBeNull();
  });
});

describe("gap_years_to_target", () => {
  it("is ln(target / current) / ln(1 + cagr)", async () => {
    // ln(121 / 100) / ln(1.1) = 2 ln 1.1 / ln 1.1 = 2
    expect(await scalar("gap_years_to_target(100, 121, 0.1)")).toBeCloseTo(2, 12);
    // falling to a lower target: ln(81 / 100) / ln(0.9) = 2
    expect(await scalar("gap_years_to_target(100, 81, -0.1)")).toBeCloseTo(2, 12);
    // ln(90 / 72.6) / ln(1.1) = 0.214844 / 0.0953102 = 2.2542
    expect(await scalar("gap_years_to_target(72.6, 90, 0.1)")).toBeCloseTo(2.2542, 4);
    // already there
    expect(await scalar("gap_years_to_target(100, 100, 0.05)")).toBe(0);
  });

  it("is NULL when the rate never gets there", async () => {
    expect(await scalar("gap_years_to_target(100, 90, 0.1)")).toBeNull(); // rising, target below
    expect(await scalar("gap_years_to_target(100, 121, -0.1)")).toBeNull(); // falling, target above
    expect(await scalar("gap_years_to_target(100, 121, 0)")).toBeNull(); // standing still
    expect(await scalar("gap_years_to_target(100, 50, -1)")).toBeNull(); // -100 %: ln(0) undefined
    expect(await scalar("gap_years_to_target(100, 50, -1.5)")).toBeNull();
    expect(await scalar("gap_years_to_target(0, 121, 0.1)")).toBeNull(); // no ratio from 0
    expect(await scalar("gap_years_to_target(100, 0, -0.1)")).toBeNull();
    expect(await scalar("gap_years_to_target(-5, 121, 0.1)")).toBeNull();
    expect(await scalar("gap_years_to_target(NULL, 121, 0.1)")).toBeNull();
    expect(await scalar("gap_years_to_target(100, NULL, 0.1)")).toBeNull();
    expect(await scalar("gap_years_to_target(100, 121, NULL)")).toBeNull();
  });

  it("works row by row over a table, guards included", async () => {
    // ln() would raise an error on the second row if its CASE branch were evaluated there.
    const reader = await conn.runAndReadAll(
      "SELECT gap_years_to_target(c, t, r) AS y FROM (VALUES (100.0, 121.0, 0.1), (0.0, 5.0, 0.1), (100.0, 90.0, 0.1)) v(c, t, r)",
    );
    const ys = reader.getRowObjectsJS().map((r) => r.y);
    expect(ys[0]).toBeCloseTo(2, 12);
    expect(ys.slice(1)).toEqual([null, null]);
  });
});
