import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { directTransport } from "../../../electron/engine/direct-transport.ts";
import { computeScorecard } from "../../../electron/engine/gap/scorecard.ts";
import { ReportBuildError, reportFromNotebook } from "../../../electron/engine/report/notebook-to-report.ts";
import { renderReport } from "../../../electron/engine/report/write-report.ts";
import { formatSigned, formatValue } from "../../../shared/gap/format-gap-values.ts";
import { type GapCellConfig, scorecardRequest } from "../../../shared/gap/gap-cell-config.ts";
import { gapStringEn } from "../../../shared/gap/gap-strings-en.ts";
import type { GapStatus } from "../../../shared/gap/gap-types.ts";
import { statusLabel } from "../../../shared/gap/status-tones.ts";
import type { Cell, Notebook } from "../../../shared/notebook/notebook-schema.ts";
import { EngineClient } from "../../../shared/protocol/engine-client.ts";
import type {
  FigureBlock,
  ReportBlock,
  ReportDocument,
  TableBlock,
} from "../../../shared/report/report-model.ts";
import { closeTestEngine, openTestEngine } from "../engine/engine-fixture.ts";
import { partText, pdfPageContents, zipParts } from "./report-packages.ts";

let fixture: Awaited<ReturnType<typeof openTestEngine>>;
let client: EngineClient;
const generatedAt = new Date("2026-03-01T00:00:00Z");

/*
 * The bundled targets T1 and T3 (with their subtasks) for Osh oblast, Osh city and the country,
 * as the starter notebook's gap cell has them. The user target, scenario rate and roadmap action
 * below are test input, as a user would type them; the bundled series are what they are scored on.
 */
const config: GapCellConfig = {
  targets: { by: "framework", frameworkIds: ["T1", "T3"] },
  unitIds: ["osh_oblast", "osh_city", "kg"],
  method: "eurostat",
  scenarios: {
    unitId: "osh_oblast",
    list: [
      { id: "baseline", name: "Baseline (observed trend)", kind: "baseline", rates: {} },
      {
        id: "fast",
        name: "Fast (test assumption)",
        kind: "custom",
        rates: { account_ownership_pct_age15plus: 9 },
      },
    ],
  },
};

let ids = 0;
const gapCell = (name: string, cellConfig: unknown): Cell => ({
  id: `g${++ids}`,
  name,
  kind: "gap",
  source: "",
  options: { config: cellConfig },
});
const notebook = (cells: Cell[]): Notebook => ({ version: 1, title: "Gap report test", cells });

beforeAll(async () => {
  fixture = await openTestEngine({ bundledData: true });
  client = new EngineClient(directTransport(fixture.engine));
  await client.call("gap.targets.upsert", {
    target: {
      programme: "Osh oblast ICT roadmap (test input)",
      frameworkId: "T3.3",
      indicatorId: "account_ownership_pct_age15plus",
      unitScope: "osh_oblast",
      baselineValue: null,
      baselineYear: null,
      targetValue: 80,
      targetYear: 2030,
      direction: "higher",
      targetText: "Adults with an account",
      unit: "%",
      note: null,
    },
  });
  await client.call("gap.actions.upsert", {
    action: {
      title: "Digital literacy courses (test input)",
      owner: null,
      start: "2026-01-01",
      end: "2026-12-31",
      targetIds: ["U01"],
      status: "planned",
    },
  });
});
afterAll(() => {
  client.close();
  closeTestEngine(fixture);
});

describe("a gap cell in a report", () => {
  let report: ReportDocument;
  let blocks: ReportBlock[];
  let scorecard: TableBlock;
  let figures: FigureBlock[];
  beforeAll(async () => {
    report = await reportFromNotebook(
      fixture.engine,
      notebook([
        { id: "m1", name: "intro", kind: "markdown", source: "# Gaps" },
        gapCell("internet_gap", config),
      ]),
      "gap.json",
      { generatedAt },
    );
    blocks = report.blocks;
    scorecard = blocks[1] as TableBlock;
    figures = blocks.filter((b): b is FigureBlock => b.kind === "figure");
  });

  it("shows the scorecard as a table captioned with the cell and the method", () => {
    expect(scorecard.kind).toBe("table");
    expect(scorecard.caption).toBe(
      "Scorecard of internet_gap — method: Eurostat: observed versus required growth",
    );
    expect(scorecard.columns).toEqual([
      "Target",
      "Unit",
      "Latest",
      "Target",
      "Gap · progress",
      "Growth a year",
      "Status (Eurostat), flags",
    ]);
    expect(scorecard.synthetic).toBe(false);
  });

  it("has one row per target and unit, with the values and statuses computeScorecard gives", async () => {
    const rows = await fixture.engine.withConnection((conn) =>
      computeScorecard(conn, scorecardRequest(config)),
    );
    expect(scorecard.rows).toHaveLength(rows.length);
    expect(scorecard.omittedRows).toBe(0);
    for (const r of rows) {
      const unit = r.unitName ?? r.unitId;
      const line = scorecard.rows.find(
        (cells) => cells[0]?.split(/[ ·]/)[0] === r.targetId && cells[1] === unit,
      );
      expect(line, `${r.targetId} / ${r.unitId}`).toBeDefined();
      const value = r.latestValue === null ? "–" : formatValue(r.latestValue);
      expect(line?.[2]).toBe(r.latestYear === null ? value : `${value} (${r.latestYear})`);
      expect(line?.[4]?.split(" · ")[0]).toBe(r.gap === null ? "–" : formatSigned(r.gap));
      expect(line?.[6]?.split(/,| \(/)[0]).toBe(statusLabel("eurostat", r.status as GapStatus, gapStringEn));
    }
    // A figure the gap-handler tests also check: the 2020 EGDI rank meets T03 for the country.
    const t03 = scorecard.rows.find(
      (cells) => cells[0]?.startsWith("T03") && cells[1] === "Kyrgyz Republic (Kyrgyzstan)",
    );
    expect(t03?.[2]).toBe("83 (2020)");
    expect(t03?.[6]).toBe("Target met (Baseline from observations; Target already met; Target year passed)");
    expect(rows.some((r) => r.status === "target_met")).toBe(true);
  });

  it("marks the user's target and cites the source rows behind the figures", () => {
    const user = scorecard.rows.filter((cells) => cells[0]?.startsWith("U01"));
    expect(user.length).toBeGreaterThan(0);
    expect(user[0]?.[0]).toMatch(/^U01 \(user target\) · Proportion of adults/);
    for (const cells of user.slice(1)) expect(cells[0]).toBe("U01 (user target)");
    expect(scorecard.rows.filter((cells) => cells[0]?.includes("(user target)"))).toEqual(user);
    expect(scorecard.sources.length).toBeGreaterThan(0);
    expect(scorecard.sources.some((s) => s.url?.includes("24.kg"))).toBe(true);
    for (const s of scorecard.sources) expect(s.publisher ?? s.title).toBeTruthy();
  });

  it("draws the cell's bullet, trajectory and heat map charts as SVG, crediting the method", () => {
    expect(figures.length).toBeGreaterThanOrEqual(3);
    const [bullet, trajectory, heatmap] = figures;
    for (const f of [bullet, trajectory, heatmap]) {
      expect(f?.svg).toMatch(/^<svg\b/);
      expect(f?.widthPx).toBeGreaterThan(100);
      expect(f?.sources.length).toBeGreaterThan(0);
    }
    expect(bullet?.caption).toMatch(/: latest value per unit against the target$/);
    expect(trajectory?.caption).toMatch(/ in (Osh|Kyrgyz)/);
    expect(trajectory?.svg).toContain("Required path");
    expect(heatmap?.caption).toBe("Status per unit and target");
    expect(heatmap?.svg).toContain("Status by the Eurostat method");
    expect(heatmap?.svg).toContain("Target met");
  });

  it("adds the saved scenarios' table and the roadmap's Gantt chart", () => {
    const scenarios = blocks.find(
      (b): b is TableBlock => b.kind === "table" && b.caption.startsWith("Scenarios"),
    );
    expect(scenarios?.caption).toContain("for Osh Region (Osh oblast)");
    const fast = scenarios?.rows.find(
      (cells) => cells[0]?.startsWith("U01") && cells[1] === "Fast (test assumption)",
    );
    expect(fast?.[0]).toBe("U01: 80 by 2030, higher is better");
    expect(fast?.[2]).toBe("+9 %/yr");
    expect(fast?.[6]).toMatch(/^(\d{4} (in time|late)|never at this rate)$/);
    const gantt = figures.find((f) => f.caption === "Roadmap actions");
    expect(gantt?.svg).toContain("Digital literacy courses (test input)");
    expect(gantt?.svg).toContain("Today 2026-03-01");
  });

  it("is written by every report format", async () => {
    const html = (await renderReport(report, "html")).data.toString("utf8");
    expect(html).toContain("Scorecard of internet_gap — method: Eurostat: observed versus required growth");
    expect(html.match(/<svg\b/g)?.length).toBe(figures.length);
    expect(html).toContain("U01 (user target)");
    const docx = partText(zipParts((await renderReport(report, "docx")).data), "word/document.xml");
    expect(docx.replace(/<[^>]+>/g, "")).toContain("Table 1. Scorecard of internet_gap");
    const pptx = zipParts((await renderReport(report, "pptx")).data);
    const slides = Object.keys(pptx)
      .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
      .map((n) => partText(pptx, n).replace(/<[^>]+>/g, " "));
    expect(slides.some((s) => s.includes("Table 1. Scorecard of internet_gap"))).toBe(true);
    expect(slides.some((s) => s.includes("Figure 3. Status per unit and target"))).toBe(true);
    const pdf = await renderReport(report, "pdf");
    expect(pdf.pages).toBeGreaterThanOrEqual(3);
    // The trajectory's dashed lines and the Gantt chart's dashed "today" rule are drawn as vectors.
    const pages = pdfPageContents(pdf.data).join("\n");
    expect(pages).toContain("[8 5] 0 d");
    expect(pages).toContain("[6 3] 0 d");
  });
});

describe("a gap cell that cannot be computed", () => {
  const bad = notebook([gapCell("bad_gap", { ...config, method: "oecd" })]);

  it("becomes a note naming the cell and the wrong setting", async () => {
    const report = await reportFromNotebook(fixture.engine, bad, "bad.json", {
      generatedAt,
      onCellError: "note",
    });
    expect(report.blocks).toEqual([
      {
        kind: "note",
        text: expect.stringMatching(/^Cell bad_gap could not run: Gap cell bad_gap: config\.method: /),
      },
    ]);
  });

  it("stops the report by default, saying which cell", async () => {
    const error = await reportFromNotebook(fixture.engine, bad, "bad.json", { generatedAt }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ReportBuildError);
    expect((error as ReportBuildError).cell).toBe("bad_gap");
    expect((error as Error).message).toMatch(
      /^bad\.json, cell bad_gap \(cell 1 of 1\): Gap cell bad_gap: config\.method/,
    );
  });
});

describe("a gap cell over synthetic observations", () => {
  it("labels its table and charts synthetic", async () => {
    // Runs last: it marks the bundled observations as generated, which they are not.
    await fixture.engine.withConnection((conn) =>
      conn.run("UPDATE workbench_meta.table_meta SET synthetic = true WHERE table_name = 'observations'"),
    );
    const report = await reportFromNotebook(fixture.engine, notebook([gapCell("gap", config)]), "s.json", {
      generatedAt,
    });
    const shown = report.blocks.filter((b) => b.kind === "table" || b.kind === "figure");
    expect(shown.length).toBeGreaterThanOrEqual(4);
    for (const b of shown) expect(b.synthetic).toBe(true);
  });
});
