import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { arrowFromResult } from "../../../electron/engine/arrow/arrow-from-duckdb.ts";
import { arrowRows } from "../../../renderer/src/charts/arrow-rows.ts";

// Osh is UTC+6: in UTC local and UTC time would coincide and the wall-clock rule would go untested.
process.env.TZ = "Asia/Bishkek";

let instance: DuckDBInstance;
beforeAll(async () => {
  instance = await DuckDBInstance.create(":memory:");
});
afterAll(() => instance.closeSync());

/** Rows as the renderer gets them: DuckDB -> the engine's Arrow conversion -> arrowRows. */
async function rowsOf(sql: string) {
  const conn = await instance.connect();
  try {
    const { ipc } = await arrowFromResult(await conn.run(sql));
    return arrowRows(ipc);
  } finally {
    conn.closeSync();
  }
}

describe("arrowRows", () => {
  it("turns 64-bit integers, decimals and HUGEINT into plain numbers", async () => {
    const { rows } = await rowsOf(
      `SELECT 9007199254740::BIGINT AS big, 3::UBIGINT AS ubig, 12.345::DECIMAL(10,3) AS dec,
              -0.05::DECIMAL(4,2) AS negdec, 12345678901234::HUGEINT AS huge, 1.5::DECIMAL(38,10) AS wide,
              count(*) AS n FROM range(3)`,
    );
    expect(rows).toEqual([
      { big: 9007199254740, ubig: 3, dec: 12.345, negdec: -0.05, huge: 12345678901234, wide: 1.5, n: 3 },
    ]);
    for (const value of Object.values(rows[0]!)) expect(typeof value).toBe("number");
  });

  it("keeps nulls, strings and booleans, and lists become arrays of numbers", async () => {
    const { rows, columns } = await rowsOf(
      "SELECT * FROM (VALUES ('Ош', true, [1, 2]::BIGINT[]), (NULL, NULL, NULL)) t(name, flag, list)",
    );
    expect(rows).toEqual([
      { name: "Ош", flag: true, list: [1, 2] },
      { name: null, flag: null, list: null },
    ]);
    expect(columns.map((c) => c.name)).toEqual(["name", "flag", "list"]);
  });

  it("gives dates and timestamps without a zone as local wall-clock epoch milliseconds", async () => {
    const { rows } = await rowsOf(
      "SELECT DATE '2021-03-04' AS d, TIMESTAMP '2021-03-04 05:06:07.5' AS ts, TIMESTAMPTZ '2021-03-04 05:06:07+00' AS tz",
    );
    const row = rows[0]!;
    expect(new Date(2021, 2, 4).getTimezoneOffset()).toBe(-360);
    expect(row.d).toBe(new Date(2021, 2, 4).getTime());
    expect(row.ts).toBe(new Date(2021, 2, 4, 5, 6, 7, 500).getTime());
    // A zoned timestamp is an instant: its epoch milliseconds are kept.
    expect(row.tz).toBe(Date.UTC(2021, 2, 4, 5, 6, 7));
  });
});
