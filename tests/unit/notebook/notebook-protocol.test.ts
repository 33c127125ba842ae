import fs from "node:fs";
import path from "node:path";
import { tableFromIPC } from "apache-arrow";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveDatasetsDir } from "../../../electron/engine/datasets/resolve-datasets-dir.ts";
import { directTransport } from "../../../electron/engine/direct-transport.ts";
import type { Engine } from "../../../electron/engine/engine.ts";
import { bundledStarterPath } from "../../../electron/engine/notebook/starter-notebook.ts";
import { chartSpecSchema } from "../../../shared/charts/chart-spec.ts";
import { buildCellGraph, runPlan } from "../../../shared/notebook/cell-graph.ts";
import type { Cell, InputValue } from "../../../shared/notebook/notebook-schema.ts";
import { parseNotebook, serializeNotebook } from "../../../shared/notebook/notebook-serialize.ts";
import { EngineCallError, EngineClient } from "../../../shared/protocol/engine-client.ts";
import type { ParamsOf } from "../../../shared/protocol/methods.ts";
import { closeTestEngine, openTestEngine } from "../engine/engine-fixture.ts";

let fixture: Awaited<ReturnType<typeof openTestEngine>>;
let engine: Engine;
let client: EngineClient;
beforeAll(async () => {
  fixture = await openTestEngine({ bundledData: true });
  engine = fixture.engine;
  client = new EngineClient(directTransport(engine));
});
afterAll(() => {
  client.close();
  closeTestEngine(fixture);
});

/** How the UI describes cells to notebook.analyze: SQL by source, charts by the table they read. */
function toAnalyze(cells: readonly Cell[]): ParamsOf<"notebook.analyze">["cells"] {
  return cells.map((c) => {
    if (c.kind === "sql") return { name: c.name, kind: c.kind, source: c.source };
    if (c.kind === "chart") {
      const source = (c.options.spec as { source?: string }).source;
      return { name: c.name, kind: c.kind, uses: { tables: source ? [source] : [], params: [] } };
    }
    return { name: c.name, kind: c.kind };
  });
}

function inputValues(cells: readonly Cell[]): Record<string, InputValue> {
  return Object.fromEntries(cells.flatMap((c) => (c.kind === "input" ? [[c.name, c.options.value]] : [])));
}

describe("the starter notebook", () => {
  const text = fs.readFileSync(bundledStarterPath(resolveDatasetsDir()), "utf8");
  const parsed = parseNotebook(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const notebook = parsed.notebook;

  it("is a valid, canonically written notebook with every kind of cell", () => {
    expect(serializeNotebook(notebook)).toBe(text);
    expect(new Set(notebook.cells.map((c) => c.kind))).toEqual(
      new Set(["markdown", "sql", "input", "chart", "gap"]),
    );
    const chart = notebook.cells.find((c) => c.kind === "chart");
    expect(chart?.kind === "chart" && chartSpecSchema.safeParse(chart.options.spec).success).toBe(true);
  });

  it("has no graph problems, uses $year, and every SQL cell runs on the bundled data", async () => {
    const analysis = await client.call("notebook.analyze", { cells: toAnalyze(notebook.cells) });
    expect(analysis.cells.flatMap((c) => c.problems)).toEqual([]);
    expect(analysis.cells.find((c) => c.name === "internet_in_year")?.params).toEqual(["year"]);
    expect(analysis.cells.find((c) => c.name === "osh_points_vs_country")?.tables).toEqual([
      "osh_vs_national",
    ]);

    const graph = buildCellGraph(
      analysis.cells.map((c, i) => ({
        name: c.name,
        kind: notebook.cells[i]!.kind,
        tables: c.tables,
        params: c.params,
        opaque: c.opaque.length > 0,
      })),
      analysis.catalogTables,
    );
    const plan = runPlan(graph, { mode: "all" }, new Set());
    expect(plan.blocked).toEqual([]);
    const sqlCells = plan.run.filter((n) => notebook.cells.find((c) => c.name === n)?.kind === "sql");
    expect(sqlCells.length).toBe(notebook.cells.filter((c) => c.kind === "sql").length);
    for (const name of sqlCells) {
      const cell = notebook.cells.find((c) => c.name === name)!;
      const r = await client.call("notebook.runCell", {
        name,
        sql: cell.source,
        params: inputValues(notebook.cells),
      });
      expect(r.resultId, name).toBe(name);
      expect(r.rowCount, `${name} returns rows`).toBeGreaterThan(0);
    }
  });
});

describe("notebook methods through EngineClient", () => {
  it("runs a cell, fetches windows of it by name, renames and drops it", async () => {
    const r = await client.call("notebook.runCell", {
      name: "districts",
      sql: "SELECT unit_id, $label AS label FROM units WHERE unit_type = 'district' ORDER BY unit_id",
      params: { label: "it's; fine" },
      windowSize: 2,
    });
    expect(r.resultId).toBe("districts");
    expect(r.rowCount).toBe(7);
    expect(tableFromIPC(r.window.arrow).numRows).toBe(2);
    const w = await client.call("sql.fetch", { resultId: "districts", offset: 5, limit: 10 });
    expect(w.rowCount).toBe(2);
    expect(tableFromIPC(w.arrow).getChild("label")?.get(0)).toBe("it's; fine");

    expect(await client.call("notebook.renameCell", { from: "districts", to: "osh_districts" })).toEqual({
      renamed: true,
    });
    expect(await client.call("notebook.dropCell", { name: "osh_districts" })).toEqual({ dropped: true });
    await expect(
      client.call("sql.fetch", { resultId: "osh_districts", offset: 0, limit: 1 }),
    ).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("reports cell errors with the cell as `where` and the SQL position", async () => {
    const e = await client
      .call("notebook.runCell", { name: "bad", sql: "SELECT\n  nope\nFROM units", params: {} })
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(EngineCallError);
    expect(e).toMatchObject({ code: "sql_error", where: "cell bad", position: { line: 2, column: 3 } });
  });

  it("analyses a notebook: references, missing names and cycles", async () => {
    const a = await client.call("notebook.analyze", {
      cells: [
        { name: "year", kind: "input" },
        { name: "a", kind: "sql", source: "SELECT * FROM b WHERE year = $year" },
        { name: "b", kind: "sql", source: "SELECT * FROM a" },
        { name: "c", kind: "sql", source: "SELECT * FROM units JOIN gone USING (unit_id)" },
        { name: "d", kind: "sql", source: "SELECT * FROM" },
      ],
    });
    const byName = Object.fromEntries(a.cells.map((c) => [c.name, c]));
    expect(byName.a?.problems[0]).toMatchObject({ kind: "cycle", members: ["a", "b"] });
    expect(byName.c?.problems[0]).toMatchObject({ kind: "missing", names: ["gone"] });
    expect(byName.c?.blocked).toMatch(/gone/);
    expect(byName.d?.syntaxError?.position).toMatchObject({ line: 1 });
    expect(a.order).toEqual(["c", "d"]);
    expect(a.catalogTables).toContain("observations");
  });

  it("creates, saves, lists, opens, autosaves and recovers notebooks", async () => {
    const starter = await client.call("notebook.starter", {});
    expect(starter).toEqual({ path: "osh-ict-overview.json", firstStart: true });
    expect((await client.call("notebook.starter", {})).firstStart).toBe(false);

    const { notebook, draftId } = await client.call("notebook.new", { title: "Fresh" });
    expect(notebook.cells).toHaveLength(1);
    await client.call("notebook.autosave", { draftId, notebook });
    const check = await client.call("notebook.recoveryCheck", {});
    expect(check.items.map((i) => i.draftId)).toEqual([draftId]);
    const restored = await client.call("notebook.recoveryRestore", { key: check.items[0]!.key });
    expect(restored.notebook).toEqual(notebook);

    const saved = await client.call("notebook.saveAs", { path: "fresh.json", notebook, draftId });
    expect(saved.path).toBe("fresh.json");
    expect((await client.call("notebook.recoveryCheck", {})).items).toEqual([]);

    const list = await client.call("notebook.list", {});
    expect(list.notebooks.map((n) => [n.path, n.title])).toEqual([
      ["fresh.json", "Fresh"],
      ["osh-ict-overview.json", "Osh oblast ICT overview"],
    ]);
    const opened = await client.call("notebook.open", { path: "osh-ict-overview.json" });
    expect(opened.ok && opened.notebook.title).toBe("Osh oblast ICT overview");
    const recent = await client.call("notebook.recent", {});
    expect(recent.recent[0]).toMatchObject({ path: "osh-ict-overview.json", exists: true });

    const edited = { ...notebook, title: "Fresh, edited" };
    const auto = await client.call("notebook.autosave", { path: "fresh.json", notebook: edited });
    expect(auto.key).toBe("fresh.json");
    expect(await client.call("notebook.save", { path: "fresh.json", notebook: edited })).toMatchObject({
      path: "fresh.json",
    });
    expect((await client.call("notebook.recoveryCheck", {})).items).toEqual([]);
  });

  it("opens a damaged file as an answer, not a crash, and refuses bad params", async () => {
    fs.writeFileSync(path.join(fixture.dir, "notebooks", "broken.json"), "{ nope");
    const opened = await client.call("notebook.open", { path: "broken.json" });
    expect(opened).toMatchObject({ ok: false, error: { kind: "syntax", line: 1, column: 3 } });
    await expect(
      client.call("notebook.autosave", {
        draftId: "../../evil",
        notebook: { version: 1, title: "x", cells: [] },
      }),
    ).rejects.toMatchObject({ code: "invalid_params" });
    await expect(client.call("notebook.open", { path: "../workspace.duckdb" })).rejects.toMatchObject({
      code: "invalid_params",
    });
  });
});
