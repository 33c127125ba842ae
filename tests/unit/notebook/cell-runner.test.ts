import { tableFromIPC } from "apache-arrow";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../electron/engine/engine.ts";
import { EngineError } from "../../../electron/engine/engine-error.ts";
import {
  clearCellResults,
  dropCellResult,
  renameCellResult,
} from "../../../electron/engine/notebook/cell-results.ts";
import { runNotebookCell } from "../../../electron/engine/notebook/cell-runner.ts";
import { inputChoices } from "../../../electron/engine/notebook/input-choices.ts";
import { closeTestEngine, openTestEngine } from "../engine/engine-fixture.ts";

let fixture: Awaited<ReturnType<typeof openTestEngine>>;
let engine: Engine;
beforeAll(async () => {
  fixture = await openTestEngine();
  engine = fixture.engine;
  await engine.runSql(
    "CREATE TABLE regions AS SELECT * FROM (VALUES ('osh_oblast', 2022, 85.0), ('osh_city', 2022, 84.0), ('kg', 2022, 81.9), ('osh_oblast', 2021, 80.6)) t(unit_id, year, pct)",
  );
  await engine.runSql("CREATE TABLE t_guard AS SELECT 1 AS still_here");
});
afterAll(() => closeTestEngine(fixture));

const run = (name: string, sql: string, params: Record<string, string | number | boolean | null> = {}) =>
  runNotebookCell(engine, { name, sql, params });

async function failure(p: Promise<unknown>): Promise<EngineError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof EngineError) return e;
    throw e;
  }
  throw new Error("expected a failure");
}

describe("running a SQL cell", () => {
  it("materialises the result under the cell's name: later cells, sql.run and sql.fetch read it", async () => {
    const r = await run(
      "osh_internet_2022",
      "SELECT unit_id, pct FROM regions WHERE year = 2022 ORDER BY pct DESC",
    );
    expect(r.resultId).toBe("osh_internet_2022");
    expect(r.rowCount).toBe(3);
    expect(r.columns).toEqual([
      { name: "unit_id", type: "VARCHAR" },
      { name: "pct", type: "DECIMAL(3,1)" },
    ]);
    expect(tableFromIPC(r.window.arrow).getChild("unit_id")?.toArray()).toEqual([
      "osh_oblast",
      "osh_city",
      "kg",
    ]);

    const next = await run("top_region", "SELECT unit_id FROM osh_internet_2022 LIMIT 1");
    expect(tableFromIPC(next.window.arrow).getChild("unit_id")?.get(0)).toBe("osh_oblast");

    const adHoc = await engine.runSql("SELECT count(*)::INTEGER AS n FROM osh_internet_2022");
    expect(tableFromIPC(adHoc.window.arrow).getChild("n")?.get(0)).toBe(3);

    const w = await engine.sql.fetchWindow("osh_internet_2022", 1, 10);
    expect(w.rowCount).toBe(2);
    expect(tableFromIPC(w.arrow).getChild("unit_id")?.toArray()).toEqual(["osh_city", "kg"]);
  });

  it("re-running replaces the cell's table", async () => {
    await run("replaced", "SELECT 1 AS a");
    const r = await run("replaced", "SELECT 'x' AS b, 2 AS c");
    expect(r.columns.map((c) => c.name)).toEqual(["b", "c"]);
    const w = await engine.sql.fetchWindow("replaced", 0, 10);
    expect(tableFromIPC(w.arrow).getChild("b")?.get(0)).toBe("x");
  });

  it("runs earlier statements as they are and materialises the last", async () => {
    const r = await run(
      "scripted",
      "CREATE OR REPLACE TEMP TABLE helper AS SELECT * FROM regions WHERE year = $year;\nSELECT count(*)::INTEGER AS n FROM helper",
      { year: 2021 },
    );
    expect(r.resultId).toBe("scripted");
    expect(tableFromIPC(r.window.arrow).getChild("n")?.get(0)).toBe(1);
  });
});

describe("input values as bound parameters", () => {
  it("binds a value with a quote and a semicolon as a value, never as SQL", async () => {
    const evil = "x'; DROP TABLE t_guard; --";
    const r = await run("echo_text", "SELECT $label AS label, length($label)::INTEGER AS n", { label: evil });
    const t = tableFromIPC(r.window.arrow);
    expect(t.getChild("label")?.get(0)).toBe(evil);
    expect(t.getChild("n")?.get(0)).toBe(evil.length);
    const guard = await engine.runSql("SELECT still_here FROM t_guard");
    expect(guard.rowCount).toBe(1);
  });

  it("binds whole numbers as integers, and filters with them", async () => {
    const r = await run(
      "in_year",
      "SELECT $year AS y, count(*)::INTEGER AS n FROM regions WHERE year = $year",
      {
        year: 2022,
        unused: "ignored",
      },
    );
    expect(r.columns[0]).toEqual({ name: "y", type: "INTEGER" });
    expect(tableFromIPC(r.window.arrow).getChild("n")?.get(0)).toBe(3);
    const other = await run("typed", "SELECT $share AS s, $flag AS f, $nothing AS z", {
      share: 0.5,
      flag: true,
      nothing: null,
    });
    expect(other.columns.map((c) => c.type).slice(0, 2)).toEqual(["DOUBLE", "BOOLEAN"]);
    const row = tableFromIPC(other.window.arrow).get(0)?.toJSON();
    expect(row).toEqual({ s: 0.5, f: true, z: null });
  });

  it("says which parameter has no input, and refuses positional parameters", async () => {
    const missing = await failure(run("needs_year", "SELECT * FROM regions WHERE year = $year"));
    expect(missing.message).toBe("Cell needs_year uses $year, but no input cell named year gave it a value.");
    expect(missing.where).toBe("cell needs_year");
    const positional = await failure(run("positional", "SELECT ?"));
    expect(positional.message).toMatch(/positional parameter/);
  });
});

describe("cell run errors", () => {
  it("maps a binder error to the line and column of the cell's SQL", async () => {
    const e = await failure(run("broken", "SELECT unit_id,\n       no_such_col\nFROM regions"));
    expect(e.code).toBe("sql_error");
    expect(e.message).toMatch(/Referenced column "no_such_col" not found/);
    expect(e.position).toEqual({ line: 2, column: 8, offset: 23 });
    expect(e.where).toBe("cell broken");
  });

  it("drops the cell's old result when a run fails, so nothing reads a stale table", async () => {
    await run("fragile", "SELECT 1 AS a");
    await failure(run("fragile", "SELECT nope FROM regions"));
    await expect(engine.sql.fetchWindow("fragile", 0, 10)).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses a cell named like a catalog table, and invalid names", async () => {
    const e = await failure(run("regions", "SELECT 1"));
    expect(e.message).toMatch(/^Cell regions has the name of a table in the catalog/);
    const bad = await failure(run("Bad Name", "SELECT 1"));
    expect(bad.code).toBe("invalid_params");
    expect(bad.message).toMatch(/not a valid cell name/);
  });

  it("cancels a long run", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const e = await failure(
      runNotebookCell(engine, {
        name: "slow",
        sql: "SELECT sum(a.range * b.range) FROM range(100000000) a, range(100000) b",
        params: {},
        signal: controller.signal,
      }),
    );
    expect(e.code).toBe("cancelled");
  });

  it("returns rows of a statement that is not a query without keeping a table", async () => {
    await run("described", "SELECT 1 AS a");
    const r = await run("described", "DESCRIBE regions");
    expect(r.resultId).toBeNull();
    expect(tableFromIPC(r.window.arrow).getChild("column_name")?.toArray()).toEqual([
      "unit_id",
      "year",
      "pct",
    ]);
    await expect(engine.sql.fetchWindow("described", 0, 10)).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("cell results: drop, rename, clear, input choices", () => {
  it("drops a deleted cell's table and renames a renamed cell's table", async () => {
    await run("to_drop", "SELECT 1 AS a");
    expect(await dropCellResult(engine, "to_drop")).toBe(true);
    expect(await dropCellResult(engine, "to_drop")).toBe(false);

    await run("old_name", "SELECT 42 AS answer");
    expect(await renameCellResult(engine, "old_name", "new_name")).toBe(true);
    const w = await engine.sql.fetchWindow("new_name", 0, 1);
    expect(tableFromIPC(w.arrow).getChild("answer")?.get(0)).toBe(42);
    await expect(engine.sql.fetchWindow("old_name", 0, 1)).rejects.toMatchObject({ code: "not_found" });
    expect(await renameCellResult(engine, "never_ran", "other")).toBe(false);
  });

  it("clears every cell result but keeps ad-hoc query results", async () => {
    await run("keep_me_not", "SELECT 1 AS a");
    const adHoc = await engine.runSql("SELECT 2 AS b");
    const dropped = await clearCellResults(engine);
    expect(dropped).toContain("keep_me_not");
    expect(dropped).not.toContain(adHoc.resultId);
    await expect(engine.sql.fetchWindow(adHoc.resultId!, 0, 1)).resolves.toMatchObject({ rowCount: 1 });
    await expect(engine.sql.fetchWindow("keep_me_not", 0, 1)).rejects.toMatchObject({ code: "not_found" });
  });

  it("lists a column's distinct values for a dropdown, from a table or a cell", async () => {
    expect(await inputChoices(engine, "regions", "unit_id", 10)).toEqual({
      values: ["kg", "osh_city", "osh_oblast"],
      truncated: false,
    });
    expect(await inputChoices(engine, "regions", "year", 1)).toEqual({ values: [2021], truncated: true });
    await run("cell_years", "SELECT DISTINCT year FROM regions");
    expect((await inputChoices(engine, "cell_years", "year", 10)).values).toEqual([2021, 2022]);
    const e = await failure(inputChoices(engine, "regions", 'x" FROM t_guard; --', 10));
    expect(e.where).toBe('regions.x" FROM t_guard; --');
    expect(e.message).toMatch(/Referenced column .* not found/);
  });
});
