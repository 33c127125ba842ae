import { describe, expect, it } from "vitest";
import { pdfSafeDashes } from "../../../electron/engine/report/pdf-safe-dashes.ts";
import { renderPdf } from "../../../electron/engine/report/write-pdf.ts";
import type { ReportDocument } from "../../../shared/report/report-model.ts";
import { figure, sampleReport } from "./report-fixture.ts";
import { pdfPageContents, pdfPageCount } from "./report-packages.ts";

function report(blocks: ReportDocument["blocks"]): ReportDocument {
  return { title: "Page break check", generatedAt: new Date("2026-03-01T00:00:00Z"), blocks };
}

const intro = { kind: "markdown" as const, source: "A short paragraph before the charts." };
/** 420 × 700 px = 315 × 525 pt: one fits on an A4 page under the title, two do not. */
const tall = (caption: string) => figure(caption, { widthPx: 420, heightPx: 700 });

describe("PDF report", () => {
  it("reports the page count its file has", async () => {
    const { data, pages } = await renderPdf(sampleReport());
    expect(data.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pdfPageCount(data)).toBe(pages);
  });

  it("embeds Noto Sans with a Unicode map, so Kyrgyz text shows and can be copied", async () => {
    const text = (await renderPdf(sampleReport())).data.toString("latin1");
    expect(text).toMatch(/\/FontName \/[A-Z]{6}\+NotoSans-Regular/);
    expect(text).toMatch(/\/FontName \/[A-Z]{6}\+NotoSans-Bold/);
    expect(text).toContain("/FontFile2");
    expect(text).toContain("/ToUnicode");
  });

  it("starts a figure on a new page rather than split it", async () => {
    const one = await renderPdf(report([intro, tall("First")]));
    expect(one.pages).toBe(1);
    const two = await renderPdf(report([intro, tall("First"), tall("Second")]));
    expect(two.pages).toBe(2);
    // Each page draws one chart (svg-to-pdfkit paints a chart as one form XObject, "… Do").
    const drawn = pdfPageContents(two.data).map((content) => content.match(/ Do\n/g)?.length ?? 0);
    expect(drawn).toEqual([1, 1]);
  });

  it("scales a figure taller than a page down to one whole page", async () => {
    // It does not fit under the report title, so it takes page 2, all of it on that page.
    const { pages } = await renderPdf(report([figure("Very tall", { widthPx: 300, heightPx: 3000 })]));
    expect(pages).toBe(2);
  });

  it("runs a long table onto further pages", async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [
      `Район ${i}`,
      String(2000 + (i % 24)),
      String(i / 10),
    ]);
    const { pages } = await renderPdf(
      report([
        {
          kind: "table",
          columns: ["district", "year", "value"],
          rows,
          omittedRows: 0,
          caption: "Long",
          sources: [],
          synthetic: true,
        },
      ]),
    );
    expect(pages).toBeGreaterThanOrEqual(3);
  });

  it("sizes a column by its widest word however many rows the table has", async () => {
    const text =
      "a sentence too long for one line of the page, so that it wraps onto a second line, and then onto a third line as well";
    const rows = Array.from({ length: 40 }, (_, i) => [String(i), text]);
    const { data } = await renderPdf(
      report([
        {
          kind: "table",
          columns: ["n", "text"],
          rows,
          omittedRows: 0,
          caption: "Wide",
          sources: [],
          synthetic: false,
        },
      ]),
    );
    // The header row's cells, as "x y width height re" rectangles.
    const [first, second] = [
      ...(pdfPageContents(data)[0] ?? "").matchAll(/([\d.]+) [\d.]+ ([\d.]+) [\d.]+ re/g),
    ]
      .map((m) => Number(m[2]))
      .filter((w, i, all) => i === 0 || w !== all[i - 1]);
    expect(first).toBeLessThan(30);
    expect(second).toBeGreaterThan(400);
  });

  it("draws the solid line of a dashed series (Vega's dash 1,0), which pdfkit alone refuses", async () => {
    const lines = [
      '<path d="M10,10L200,10" stroke="#000" stroke-dasharray="1,0"/>',
      '<path d="M10,30L200,30" stroke="#000" stroke-dasharray="8,5"/>',
      '<path d="M10,50L200,50" stroke="#000" stroke-dasharray="4,0,2"/>',
    ].join("");
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="220" height="60">${lines}</svg>`;
    const { data } = await renderPdf(report([figure("Dashes", { svg, widthPx: 220, heightPx: 60 })]));
    const content = pdfPageContents(data).join("\n");
    expect(content).toMatch(/\[8 5\] 0 d/);
    expect(content).not.toMatch(/\[1 0\] 0 d/);
    expect(pdfSafeDashes(svg)).toContain('stroke-dasharray="4,0.001,2"');
  });
});
