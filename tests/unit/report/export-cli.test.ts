import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { packageRoot } from "../../../electron/engine/package-root.ts";
import { parseNotebook } from "../../../shared/notebook/notebook-serialize.ts";
import { REPORT_FORMATS } from "../../../shared/report/report-model.ts";
import { isPng, partText, pdfPageCount, zipParts } from "./report-packages.ts";

const root = packageRoot();
const STARTER = path.join(root, "datasets", "notebooks", "osh-ict-overview.json");
const dir = mkdtempSync(path.join(os.tmpdir(), "osh-export-cli-"));
const workspace = path.join(dir, "workspace");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(...args: string[]): Promise<CliRun> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [path.join(root, "bin", "osh-workbench.mjs"), "export", ...args],
      { cwd: root, env: { ...process.env, SOURCE_DATE_EPOCH: "1772357400" }, timeout: 120_000 },
    );
    return { code: 0, stdout, stderr };
  } catch (e) {
    const failed = e as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}

describe("osh-workbench export", { timeout: 180_000 }, () => {
  const starter = parseNotebook(readFileSync(STARTER, "utf8"));
  if (!starter.ok) throw new Error(`the starter notebook does not parse: ${starter.error.message}`);
  const cells = starter.notebook.cells;

  // One after another: the first run fills the workspace, the others reuse it.
  it.each(REPORT_FORMATS)("writes the starter notebook as %s, with no window", async (format) => {
    const out = path.join(dir, `starter.${format}`);
    const run = await cli(STARTER, "--to", format, "--out", out, "--workspace", workspace);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Wrote ${out} (${format},`);
    const data = readFileSync(out);
    // Each gap cell (the starter's has no saved scenarios) gives its scorecard table and three charts.
    const gaps = cells.filter((c) => c.kind === "gap").length;
    const charts = cells.filter((c) => c.kind === "chart").length + 3 * gaps;
    switch (format) {
      case "html": {
        const html = data.toString("utf8");
        expect(html).not.toMatch(
          /<link\b|<script\b|\b(src|href)\s*=\s*["']?(https?:)?\/\/|url\(\s*["']?(https?:)?\/\//i,
        );
        expect(html).toContain(`<title>${starter.notebook.title}</title>`);
        expect(html).toContain("Generated 2026-03-01 09:30 UTC");
        expect(html.match(/<figure class="figure">/g)).toHaveLength(charts);
        expect(html).toContain("Figure 1.");
        expect(html).toContain("Source: National Statistical Committee");
        break;
      }
      case "pdf":
        expect(data.subarray(0, 5).toString("latin1")).toBe("%PDF-");
        expect(run.stdout).toContain(`, ${pdfPageCount(data)} pages).`);
        break;
      case "docx": {
        const parts = zipParts(data);
        const media = Object.keys(parts).filter((n) => /^word\/media\/[^/]+\.png$/.test(n));
        expect(media).toHaveLength(charts);
        expect(media.every((n) => isPng(parts[n]!))).toBe(true);
        expect(partText(parts, "word/document.xml")).toContain("Figure 1.");
        break;
      }
      case "pptx": {
        const parts = zipParts(data);
        const slides = Object.keys(parts).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
        // The title slide, then each markdown, chart and SQL cell not hidden from slides, and a
        // gap cell's table and charts.
        const shown = cells.filter(
          (c) => !c.hideInSlides && (c.kind === "markdown" || c.kind === "chart" || c.kind === "sql"),
        );
        expect(slides).toHaveLength(1 + shown.length + 4 * gaps);
        const text = slides.map((n) => partText(parts, n)).join(" ");
        expect(text).toContain("Scorecard of internet_gap — method: Eurostat");
        expect(text).toContain("Status per unit and target");
        break;
      }
    }
  });

  it("fails with a clear message, writing nothing, when the notebook is missing", async () => {
    const out = path.join(dir, "missing.html");
    const run = await cli("no-such-notebook.json", "--to", "html", "--out", out, "--workspace", workspace);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^export: notebook no-such-notebook\.json does not exist/);
    expect(() => readFileSync(out)).toThrow();
  });

  it("refuses an unknown format", async () => {
    const run = await cli(STARTER, "--to", "odt", "--out", path.join(dir, "x.odt"), "--workspace", workspace);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('export: --to must be one of html, pdf, docx, pptx (got "odt").\n');
  });
});
