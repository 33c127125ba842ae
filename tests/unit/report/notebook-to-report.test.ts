import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureMetaSchema, upsertTableMeta } from "../../../electron/engine/datasets/table-meta.ts";
import type { Engine } from "../../../electron/engine/engine.ts";
import {
  buildReport,
  ReportBuildError,
  reportFromNotebook,
} from "../../../electron/engine/report/notebook-to-report.ts";
import type { Cell, Notebook } from "../../../shared/notebook/notebook-schema.ts";
import { serializeNotebook } from "../../../shared/notebook/notebook-serialize.ts";
import type { FigureBlock, ReportBlock, TableBlock } from "../../../shared/report/report-model.ts";
import { closeTestEngine, openTestEngine } from "../engine/engine-fixture.ts";

let fixture: Awaited<ReturnType<typeof openTestEngine>>;
let engine: Engine;
const generatedAt = new Date("2026-03-01T00:00:00Z");

beforeAll(async () => {
  fixture = await openTestEngine();
  engine = fixture.engine;
  await engine.withConnection(async (conn) => {
    // Test data made here; the figures are invented for the test, as the names say.
    await conn.run(`CREATE TABLE sources AS SELECT * FROM (VALUES
      ('src_b', 'Test publisher B', 'Test table B', 'https://example.org/b'),
      ('src_a', 'Test publisher A', 'Test table A', 'https://example.org/a'),
      ('src_unused', 'Test publisher C', 'Unused', NULL)) t(source_id, publisher, title, url)`);
    await conn.run(`CREATE TABLE households AS SELECT * FROM (VALUES
      ('Өзгөн', 2023, 61.5, 'src_a'), ('Кара-Суу', 2023, 58.0, 'src_b'), ('Өзгөн', 2022, 55.0, 'src_unused'))
      t(district, year, share, source_id)`);
    await conn.run(
      "CREATE TABLE generated_people AS SELECT ['Өзгөн', 'Ноокат'][1 + i % 2] AS district FROM range(10) r(i)",
    );
    await ensureMetaSchema(conn);
    const meta = { datasetId: "test", description: "", origin: "generated" as const };
    await upsertTableMeta(conn, {
      ...meta,
      tableName: "households",
      title: "H",
      synthetic: false,
      sourceIds: ["src_a"],
    });
    await upsertTableMeta(conn, {
      ...meta,
      tableName: "generated_people",
      title: "P",
      synthetic: true,
      sourceIds: [],
    });
  });
});
afterAll(() => closeTestEngine(fixture));

let ids = 0;
type WithoutId<C> = C extends unknown ? Omit<C, "id"> : never;
function cell(fields: WithoutId<Cell>): Cell {
  return { id: `c${++ids}`, ...fields } as Cell;
}
const sql = (name: string, source: string): Cell => cell({ name, kind: "sql", source });
const chart = (name: string, spec: object, hideInSlides?: boolean): Cell =>
  cell({ name, kind: "chart", source: "", options: { spec }, hideInSlides });

function notebook(cells: Cell[]): Notebook {
  return { version: 1, title: "Тест: ң ө ү", cells };
}

const mainNotebook = notebook([
  cell({ name: "intro", kind: "markdown", source: "# Отчёт ң\n\nText." }),
  cell({ name: "year", kind: "input", source: "", options: { control: "year", value: 2023 } }),
  sql(
    "share_in_year",
    "-- Households online in the chosen year\nSELECT district, share, source_id FROM households WHERE year = $year ORDER BY district",
  ),
  chart("share_chart", {
    source: "share_in_year",
    mark: "bar",
    title: "Share online",
    encoding: { x: { field: "district", type: "nominal" }, y: { field: "share", type: "quantitative" } },
  }),
  sql(
    "people_by_district",
    "SELECT district, count(*) AS people FROM generated_people GROUP BY ALL ORDER BY 1",
  ),
  sql("many_rows", "SELECT i FROM range(250) r(i)"),
  sql("setup_only", "CREATE OR REPLACE TEMP TABLE scratch AS SELECT 1 AS x"),
  chart(
    "people_chart",
    {
      source: "people_by_district",
      mark: "bar",
      encoding: { x: { field: "district", type: "nominal" }, y: { field: "people", type: "quantitative" } },
    },
    true,
  ),
  sql("district_count", "SELECT count(*) AS districts FROM share_in_year"),
  sql("mean_share", "SELECT avg(share) AS mean_share FROM households"),
]);

describe("a notebook as a report", () => {
  let blocks: ReportBlock[];
  beforeAll(async () => {
    blocks = (await reportFromNotebook(engine, mainNotebook, "test.json", { generatedAt })).blocks;
  });

  it("walks the cells in document order", () => {
    expect(blocks.map((b) => b.kind)).toEqual([
      "markdown",
      "note",
      "table",
      "figure",
      "table",
      "table",
      "figure",
      "table",
      "table",
    ]);
    expect(blocks[1]).toEqual({ kind: "note", text: "Input year = 2023" });
  });

  it("shows a SQL result as a table, run with the input's value, captioned by its first comment", () => {
    const table = blocks[2] as TableBlock;
    expect(table.caption).toBe("Households online in the chosen year");
    expect(table.columns).toEqual(["district", "share", "source_id"]);
    expect(table.rows).toEqual([
      ["Кара-Суу", "58.0", "src_b"],
      ["Өзгөн", "61.5", "src_a"],
    ]);
    expect(table.synthetic).toBe(false);
  });

  it("cites the sources named in the rows, not every source of the table", () => {
    const table = blocks[2] as TableBlock;
    expect(table.sources.map((s) => s.sourceId)).toEqual(["src_a", "src_b"]);
    expect(table.sources[0]).toEqual({
      sourceId: "src_a",
      publisher: "Test publisher A",
      title: "Test table A",
      url: "https://example.org/a",
    });
  });

  it("without a source column, cites the sources in the cells it reads, else those recorded for its tables", () => {
    expect((blocks[7] as TableBlock).sources.map((s) => s.sourceId)).toEqual(["src_a", "src_b"]);
    expect((blocks[8] as TableBlock).sources.map((s) => s.sourceId)).toEqual(["src_a"]);
  });

  it("draws a chart cell from its compiled query, with the sources of the table it reads", () => {
    const figure = blocks[3] as FigureBlock;
    expect(figure.svg).toMatch(/^<svg\b/);
    expect(figure.svg).toContain("Кара-Суу");
    expect(figure.widthPx).toBeGreaterThan(20);
    expect(figure.heightPx).toBeGreaterThan(20);
    expect(figure.caption).toBe("Share online");
    expect(figure.sources.map((s) => s.sourceId)).toEqual(["src_a", "src_b"]);
    expect(figure.synthetic).toBe(false);
  });

  it("labels everything computed from synthetic data synthetic, through the cells in between", () => {
    const people = blocks[4] as TableBlock;
    expect(people.synthetic).toBe(true);
    expect(people.sources).toEqual([]);
    const figure = blocks[6] as FigureBlock;
    expect(figure.synthetic).toBe(true);
    expect(figure.hideInSlides).toBe(true);
    expect(figure.caption).toBe("people_chart");
  });

  it("keeps the first 200 rows of a long result and counts the rest", () => {
    const table = blocks[5] as TableBlock;
    expect(table.rows).toHaveLength(200);
    expect(table.omittedRows).toBe(50);
    expect(table.synthetic).toBe(false);
  });
});

describe("cells that cannot run", () => {
  const broken = notebook([
    sql("broken", "SELECT 1 AS ok,\n  nope FROM households"),
    sql("after_broken", "SELECT * FROM broken"),
    chart("broken_chart", {
      source: "broken",
      mark: "bar",
      encoding: { x: { field: "ok", type: "nominal" } },
    }),
  ]);

  it("stop the report by default, saying which cell and where", async () => {
    const error = await reportFromNotebook(engine, broken, "broken.json", { generatedAt }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ReportBuildError);
    expect((error as ReportBuildError).cell).toBe("broken");
    expect((error as Error).message).toMatch(
      /^broken\.json, cell broken \(cell 1 of 3\): line 2, column 3: .*nope/,
    );
  });

  it("become notes in the report with onCellError: note, and so do the cells that read them", async () => {
    const report = await reportFromNotebook(engine, broken, "broken.json", {
      generatedAt,
      onCellError: "note",
    });
    expect(report.blocks.map((b) => (b.kind === "note" ? b.text : b.kind))).toEqual([
      expect.stringMatching(/^Cell broken could not run: line 2, column 3: /),
      "Cell after_broken could not run: it reads cell broken, which could not run",
      "Cell broken_chart could not run: it reads cell broken, which could not run",
    ]);
  });
});

describe("building from a notebook file", () => {
  it("reads, runs and titles the report after the notebook", async () => {
    const file = path.join(fixture.dir, "saved.json");
    writeFileSync(file, serializeNotebook(notebook(mainNotebook.cells.slice(0, 3))));
    const report = await buildReport(engine, file, { generatedAt, subtitle: "Draft" });
    expect(report).toMatchObject({ title: "Тест: ң ө ү", subtitle: "Draft", generatedAt });
    expect(report.blocks.map((b) => b.kind)).toEqual(["markdown", "note", "table"]);
  });

  it("says so when the file is missing or not a notebook", async () => {
    await expect(buildReport(engine, path.join(fixture.dir, "nope.json"), { generatedAt })).rejects.toThrow(
      /nope\.json does not exist/,
    );
    const bad = path.join(fixture.dir, "bad.json");
    writeFileSync(bad, '{"version": 1, "title": "x", "cells": [}');
    await expect(buildReport(engine, bad, { generatedAt })).rejects.toThrow(/bad\.json: line 1, column/);
  });
});
