import { tableFromIPC } from "apache-arrow";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../electron/engine/engine.ts";
import { EngineError } from "../../../electron/engine/engine-error.ts";
import { closeTestEngine, openTestEngine } from "./engine-fixture.ts";

let fixture: Awaited<ReturnType<typeof openTestEngine>>;
let engine: Engine;
beforeAll(async () => {
  fixture = await openTestEngine();
  engine = fixture.engine;
});
afterAll(() => closeTestEngine(fixture));

async function errorOf(sql: string): Promise<EngineError> {
  try {
    await engine.runSql(sql);
  } catch (e) {
    if (e instanceof EngineError) return e;
    throw e;
  }
  throw new Error(`expected ${sql} to fail`);
}

describe("running SQL", () => {
  it("materialises a query so any window can be fetched later", async () => {
    const r = await engine.runSql("SELECT i, i * 2 AS j FROM range(1000000) t(i) ORDER BY i", {
      windowSize: 50,
    });
    expect(r.rowCount).toBe(1_000_000);
    expect(r.resultId).toMatch(/^r_\d+$/);
    expect(tableFromIPC(r.window.arrow).numRows).toBe(50);
    const w = await engine.sql.fetchWindow(r.resultId!, 999_990, 200);
    expect(w.rowCount).toBe(10);
    const t = tableFromIPC(w.arrow);
    expect(t.getChild("i")!.get(0)).toBe(999_990n);
    expect(t.getChild("j")!.get(9)).toBe(1_999_998n);
    expect(await engine.sql.release(r.resultId!)).toBe(true);
    await expect(engine.sql.fetchWindow(r.resultId!, 0, 10)).rejects.toMatchObject({ code: "not_found" });
  });

  it("reports each column's DuckDB type, and the names CREATE TABLE AS gives duplicates", async () => {
    const typed = await engine.runSql("SELECT 1.25::DECIMAL(5,2) AS d, 'x' AS s, [1] AS l");
    expect(typed.columns).toEqual([
      { name: "d", type: "DECIMAL(5,2)" },
      { name: "s", type: "VARCHAR" },
      { name: "l", type: "INTEGER[]" },
    ]);
    const duplicated = await engine.runSql("SELECT 1 AS a, 2 AS a");
    expect(duplicated.columns.map((c) => c.name)).toEqual(["a", "a_1"]);
  });

  it("runs every statement of a script and shows the last one's rows", async () => {
    const r = await engine.runSql(
      "CREATE OR REPLACE TABLE t_script AS SELECT 1 AS x; -- one; two\nINSERT INTO t_script VALUES (2);\nSELECT sum(x)::BIGINT AS s FROM t_script",
    );
    expect(r.rowCount).toBe(1);
    expect(tableFromIPC(r.window.arrow).getChild("s")!.get(0)).toBe(3n);
  });

  it("answers statements that are not queries with their own rows", async () => {
    const created = await engine.runSql("CREATE OR REPLACE TABLE t_plain (a INTEGER)");
    expect(created.resultId).toBeNull();
    expect(created.statementType).toBe("CREATE");
    const described = await engine.runSql("DESCRIBE t_plain");
    expect(tableFromIPC(described.window.arrow).getChild("column_name")!.get(0)).toBe("a");
  });

  it("reports a parser error with the line and column DuckDB gives", async () => {
    const e = await errorOf("SELECT 1;\nSELECT *\n  FORM range(3)");
    expect(e.code).toBe("sql_error");
    expect(e.message).toMatch(/^Parser Error: syntax error at or near "range"/);
    expect(e.position).toEqual({ line: 3, column: 8, offset: 26 });
  });

  it("reports a binder error inside a materialised query at the right spot", async () => {
    const e = await errorOf("SELECT x,\n       missing_col\nFROM range(3) t(x)");
    expect(e.message).toMatch(/Binder Error: Referenced column "missing_col" not found/);
    expect(e.position).toEqual({ line: 2, column: 8, offset: 17 });
  });

  it("says clearly when an extension would have to be downloaded", async () => {
    const e = await errorOf("SELECT * FROM st_read('x.shp')");
    expect(e.code).toBe("sql_error");
    expect(e.message).toMatch(/st_read/);
  });

  it("cancels a long query within half a second", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const outcome = await engine
      .runSql("SELECT count(*) FROM range(1000000000000) a", { signal: controller.signal })
      .then(
        () => "finished",
        (e: EngineError) => e.code,
      );
    expect(outcome).toBe("cancelled");
    // Uncancelled, this query would run for hours; the benchmark reports how fast it stops.
    const after = await engine.runSql("SELECT 42 AS answer");
    expect(after.rowCount).toBe(1);
  });

  it("refuses an empty script", async () => {
    const e = await errorOf("  -- nothing here\n ; ");
    expect(e.message).toMatch(/no SQL statement/);
  });
});
