import { tableFromIPC } from "apache-arrow";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../electron/engine/engine.ts";
import { closeTestEngine, openTestEngine } from "./engine-fixture.ts";

let fixture: Awaited<ReturnType<typeof openTestEngine>>;
let engine: Engine;
beforeAll(async () => {
  fixture = await openTestEngine();
  engine = fixture.engine;
});
afterAll(() => closeTestEngine(fixture));

async function firstRow(sql: string) {
  const r = await engine.runSql(sql);
  const table = tableFromIPC(r.window.arrow);
  return { r, table, row: table.get(0)!.toJSON() as Record<string, unknown> };
}

describe("DuckDB results as Arrow", () => {
  it("keeps integers, floats, bigints and hugeints exact", async () => {
    const { row, table } = await firstRow(
      "SELECT 127::TINYINT a, (-32768)::SMALLINT b, 2147483647 c, 9007199254740993::BIGINT d, 18446744073709551615::UBIGINT e, 1.5::FLOAT f, 0.1::DOUBLE g, 170141183460469231731687303715884105727::HUGEINT h",
    );
    expect(row.a).toBe(127);
    expect(row.b).toBe(-32768);
    expect(row.c).toBe(2147483647);
    expect(row.d).toBe(9007199254740993n);
    expect(row.e).toBe(18446744073709551615n);
    expect(row.f).toBe(1.5);
    expect(row.g).toBe(0.1);
    expect(String(row.h)).toBe("170141183460469231731687303715884105727");
    expect(table.schema.fields.map((f) => String(f.type))).toEqual([
      "Int8",
      "Int16",
      "Int32",
      "Int64",
      "Uint64",
      "Float32",
      "Float64",
      "Decimal[38e0]",
    ]);
  });

  it("widens decimals of every storage width without losing digits or sign", async () => {
    const { row, table } = await firstRow(
      "SELECT -12.34::DECIMAL(4,2) a, 1234567.89::DECIMAL(9,2) b, -123456789012345.678::DECIMAL(18,3) c, 12345678901234567890.123456::DECIMAL(38,6) d",
    );
    expect(String(row.a)).toBe("-1234");
    expect(String(row.b)).toBe("123456789");
    expect(String(row.c)).toBe("-123456789012345678");
    expect(String(row.d)).toBe("12345678901234567890123456");
    expect(table.schema.fields.map((f) => (f.type as { scale: number }).scale)).toEqual([2, 2, 3, 6]);
  });

  it("converts strings with Cyrillic, dates, timestamps and booleans", async () => {
    const { row } = await firstRow(
      "SELECT 'Ош шаары — Өзгөн, Ноокат (ң ө ү)' s, DATE '2023-12-31' d, TIMESTAMP '2024-03-01 10:15:00' ts, true t, false f",
    );
    expect(row.s).toBe("Ош шаары — Өзгөн, Ноокат (ң ө ү)");
    expect(new Date(row.d as number).toISOString()).toBe("2023-12-31T00:00:00.000Z");
    expect(new Date(row.ts as number).toISOString()).toBe("2024-03-01T10:15:00.000Z");
    expect(row.t).toBe(true);
    expect(row.f).toBe(false);
  });

  it("marks NULLs in every kind of column", async () => {
    const { table } = await firstRow(
      "SELECT * FROM (VALUES (1, 'a', 1.5::DECIMAL(5,1), true, DATE '2020-01-01', [1], {'k': 1}), (NULL, NULL, NULL, NULL, NULL, NULL, NULL)) t(i, s, d, b, dt, l, st)",
    );
    expect(table.numRows).toBe(2);
    for (const field of table.schema.fields) {
      const column = table.getChild(field.name)!;
      expect(column.get(0), field.name).not.toBeNull();
      expect(column.get(1), field.name).toBeNull();
      expect(column.nullCount, field.name).toBe(1);
    }
  });

  it("builds nested lists, structs and maps as Arrow nested types", async () => {
    const { row, table } = await firstRow(
      "SELECT [1, 2, NULL] l, {'name': 'Kara-Suu', 'pop': 3} st, MAP {'a': 1, 'b': 2} m, [[1], [2, 3]] ll",
    );
    expect(String(table.schema.fields[0]!.type)).toMatch(/^List/);
    expect(String(table.schema.fields[1]!.type)).toMatch(/^Struct/);
    expect(Array.from(row.l as ArrayLike<unknown>)).toEqual([1, 2, null]);
    expect((row.st as { toJSON(): unknown }).toJSON()).toEqual({ name: "Kara-Suu", pop: 3 });
    const m = Array.from(row.m as ArrayLike<{ toJSON(): unknown }>).map((e) => e.toJSON());
    expect(m).toEqual([
      { key: "a", value: 1 },
      { key: "b", value: 2 },
    ]);
    const ll = Array.from(row.ll as ArrayLike<ArrayLike<unknown>>).map((x) => Array.from(x));
    expect(ll).toEqual([[1], [2, 3]]);
  });

  it("shows other types as DuckDB prints them", async () => {
    const { row } = await firstRow(
      "SELECT INTERVAL 3 DAY iv, '6f1b6a3c-9b2e-4c53-8a0a-3b0a6b1f2c11'::UUID u, 'x'::BLOB bl",
    );
    expect(row.iv).toBe("3 days");
    expect(row.u).toBe("6f1b6a3c-9b2e-4c53-8a0a-3b0a6b1f2c11");
    expect(Array.from(row.bl as Uint8Array)).toEqual([120]);
  });

  it("returns an empty result with its schema", async () => {
    const r = await engine.runSql("SELECT 1 AS a, 'x' AS b WHERE false");
    expect(r.rowCount).toBe(0);
    const table = tableFromIPC(r.window.arrow);
    expect(table.numRows).toBe(0);
    expect(table.schema.fields.map((f) => f.name)).toEqual(["a", "b"]);
  });
});
