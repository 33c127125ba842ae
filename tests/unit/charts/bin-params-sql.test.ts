import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import * as vega from "vega";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  binParamsSelect,
  binParamsStages,
  binPow10Cte,
  POW10_CTE,
} from "../../../shared/charts/bin-params-sql.ts";
import { compileChartQuery } from "../../../shared/charts/compile-chart-query.ts";
import { type Row, vegaLiteDatasets } from "./vega-headless.ts";

interface VegaBin {
  start: number;
  stop: number;
  step: number;
}
/** vega re-exports vega-statistics' bin(), which vega's typings leave out. */
const bin = (vega as unknown as { bin: (opts: { extent: [number, number]; maxbins: number }) => VegaBin })
  .bin;

let instance: DuckDBInstance;
let con: DuckDBConnection;

beforeAll(async () => {
  instance = await DuckDBInstance.create(":memory:");
  con = await instance.connect();
});

afterAll(() => {
  con.closeSync();
  instance.closeSync();
});

/** Extents over many magnitudes, signs and shapes (deterministic). */
function extents(): [number, number][] {
  const out: [number, number][] = [
    [0, 0],
    [5, 5],
    [-3, -3],
    [0, 1],
    [0.1, 0.3],
    [0.3, 0.9],
    [-0.7, 0.7],
    [1, 1000],
    [0, 999],
    [1999, 2024],
    [-50000, 150000],
    [1e-7, 3e-7],
    [123456789, 987654321],
    [0.001, 0.0015],
  ];
  let s = 7;
  const r = () => {
    s = (s * 48271) % 2147483647;
    return s / 2147483647;
  };
  for (let i = 0; i < 300; i++) {
    const scale = 10 ** Math.floor(r() * 16 - 7);
    const lo = (Math.round((r() - 0.3) * 1000) * scale) / 100;
    const width = r() < 0.1 ? 0 : (Math.round(r() * 5000) * scale) / 100;
    out.push([lo, lo + width]);
  }
  return out;
}

const dbl = (x: number) => `CAST('${x}' AS DOUBLE)`;

describe("bin parameters in SQL equal vega's bin()", () => {
  for (const maxbins of [2, 3, 6, 10, 13, 20, 30, 50, 100, 500]) {
    it(`maxbins ${maxbins}`, async () => {
      const cases = extents();
      const { stages, columns } = binParamsStages('"lo"', '"hi"', maxbins, "__b");
      const values = cases.map(([lo, hi], i) => `(${i}, ${dbl(lo)}, ${dbl(hi)})`).join(", ");
      const sql =
        `WITH ${binPow10Cte()}, "ext" AS (SELECT * FROM (VALUES ${values}) t("id", "lo", "hi")) ` +
        `SELECT "id", ${columns.start} AS "start", ${columns.step} AS "step", ${columns.stop} AS "stop" ` +
        `FROM (${binParamsSelect(`"ext" CROSS JOIN ${POW10_CTE}`, [{ stages }])}) ORDER BY "id"`;
      const rows = (await con.runAndReadAll(sql)).getRowObjectsJS() as Row[];
      expect(rows).toHaveLength(cases.length);
      for (const row of rows) {
        const [lo, hi] = cases[Number(row.id)]!;
        const b = bin({ extent: [lo, hi], maxbins });
        // vega-transforms' Bin widens stop to a whole number of steps.
        const stop = b.start + Math.ceil((b.stop - b.start) / b.step) * b.step;
        expect([row.start, row.step, row.stop], `extent [${lo}, ${hi}]`).toEqual([b.start, b.step, stop]);
      }
    });
  }
});

describe("bin assignment of values on and near bin edges", () => {
  it("decimal steps (0.1, 1/3) bin like Vega-Lite", async () => {
    const values = [
      ...Array.from({ length: 31 }, (_, k) => k * 0.1),
      ...Array.from({ length: 12 }, (_, k) => k / 3),
      0.30000000000000004,
      2.9999999999999996,
    ];
    await con.run(`CREATE OR REPLACE TABLE edges AS SELECT unnest([${values.map(dbl).join(", ")}]) AS v`);
    for (const maxbins of [3, 7, 10, 25]) {
      const spec = {
        source: "edges",
        mark: "bar" as const,
        encoding: {
          x: { field: "v", type: "quantitative" as const, bin: { maxbins } },
          y: { aggregate: "count" as const, type: "quantitative" as const },
        },
      };
      const ours = (await con.runAndReadAll(compileChartQuery(spec).sql)).getRowObjectsJS() as Row[];
      const start = `bin_maxbins_${maxbins}_v`;
      const datasets = await vegaLiteDatasets({
        data: { values: values.map((v) => ({ v })) },
        mark: "bar",
        encoding: spec.encoding,
      });
      const theirs = Object.values(datasets).find((rows) => rows.length > 0 && start in rows[0]!) ?? [];
      const pick = (rows: Row[]) =>
        rows.map((r) => [r[start], r[`${start}_end`], r.__count]).sort((a, b) => Number(a[0]) - Number(b[0]));
      expect(pick(ours), `maxbins ${maxbins}`).toEqual(pick(theirs));
    }
  });
});
