/// <reference path="../report/svg-to-pdfkit.d.ts" />
import { readFileSync } from "node:fs";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { TopLevelSpec } from "vega-lite";
import { arrowFromResult } from "../arrow/arrow-from-duckdb.ts";
import { EngineError } from "../engine-error.ts";
import type { HandlersFor } from "../handler-types.ts";
import { NOTO_SANS_SUBSETS, notoSansFaces } from "../report/noto-sans-faces.ts";
import { prepareChartSvg } from "../report/prepare-chart-svg.ts";
import { subsetFamily, svgTextFontRuns } from "../report/svg-text-font-runs.ts";
import { renderChartSvg } from "./render-chart-svg.ts";
import { ChartSpecError, runChartQuery } from "./run-chart-query.ts";

/** A chart reads synthetic data when its source is a table recorded as synthetic, or says so in its name. */
async function isSynthetic(conn: DuckDBConnection, source: string): Promise<boolean> {
  if (/synthetic/i.test(source)) return true;
  const r = await conn.runAndReadAll(
    "SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'workbench_meta' AND table_name = 'table_meta'",
  );
  if (Number(r.getRows()[0]?.[0]) === 0) return false;
  const m = await conn.runAndReadAll(
    "SELECT synthetic FROM workbench_meta.table_meta WHERE table_name = $t",
    { t: source },
  );
  return m.getRows()[0]?.[0] === true;
}

/** CSS pixels are 1/96 in, PDF points 1/72 in. */
const PX_TO_PT = 0.75;

/**
 * A chart's SVG as a one-page PDF of the chart's own size. Text is drawn with the bundled Noto
 * Sans, split into one run per script subset as the report PDF does (write-pdf.ts), so Kyrgyz
 * and Russian labels keep their letters.
 */
async function renderChartPdf(
  svg: string,
  widthPx: number,
  heightPx: number,
  title?: string,
): Promise<Uint8Array> {
  // Loaded on the first PDF, so that drawing charts does not wait for the PDF writer.
  const [{ default: PDFDocument }, { default: SVGtoPDF }] = await Promise.all([
    import("pdfkit"),
    import("svg-to-pdfkit"),
  ]);
  const width = widthPx * PX_TO_PT;
  const height = heightPx * PX_TO_PT;
  const doc = new PDFDocument({
    size: [width, height],
    margin: 0,
    info: { ...(title ? { Title: title } : {}), Creator: "Osh ICT Workbench" },
  });
  const faces = { 400: notoSansFaces(400), 700: notoSansFaces(700) };
  const fontName = (subset: string, weight: number) => `NotoSans-${subset}-${weight}`;
  for (const face of [...faces[400], ...faces[700]]) {
    doc.registerFont(fontName(face.subset, face.weight), readFileSync(face.woffPath));
  }
  const chunks: Buffer[] = [];
  const finished = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
  SVGtoPDF(doc, svgTextFontRuns(prepareChartSvg(svg, "chart-", widthPx, heightPx), faces[400]), 0, 0, {
    width,
    height,
    preserveAspectRatio: "xMinYMin meet",
    fontCallback: (family, bold) => {
      const subset = NOTO_SANS_SUBSETS.find((s) => family === subsetFamily(s)) ?? "latin";
      return fontName(subset, bold ? 700 : 400);
    },
    // It warns (on the console) about SVG features it skips; the chart still draws.
    warningCallback: () => {},
  });
  doc.end();
  return finished;
}

export const chartHandlers: HandlersFor<"chart.query" | "chart.svg" | "chart.pdf"> = {
  "chart.query": (engine, p, ctx) =>
    engine.withConnection(async (conn) => {
      const started = performance.now();
      const onAbort = () => conn.interrupt();
      ctx.signal.addEventListener("abort", onAbort);
      const named = (p.spec as { source?: unknown } | null)?.source;
      const source = typeof named === "string" ? named : "";
      try {
        const run = await runChartQuery(conn, p.spec, { rawRowThreshold: p.rawRowThreshold });
        const { ipc, rowCount } = await arrowFromResult(run.result);
        return {
          vegaLite: run.compiled.vegaLite as unknown as Record<string, unknown>,
          rows: ipc,
          rowCount,
          sourceRowCount: run.sourceRowCount,
          mode: run.compiled.mode,
          sql: run.compiled.sql,
          elapsedMs: performance.now() - started,
          synthetic: await isSynthetic(conn, source),
        };
      } catch (e) {
        if (e instanceof ChartSpecError) throw new EngineError("invalid_params", e.message);
        if (e instanceof EngineError) throw e;
        const over = source ? `Chart over ${source}: ` : "Chart: ";
        throw new EngineError("sql_error", `${over}${e instanceof Error ? e.message : String(e)}`);
      } finally {
        ctx.signal.removeEventListener("abort", onAbort);
      }
    }),
  "chart.svg": async (_engine, p) => ({
    svg: await renderChartSvg(p.vegaLite as unknown as TopLevelSpec, {
      theme: p.theme,
      locale: p.locale,
      datasets: p.datasets,
      embedFont: p.embedFont,
    }),
  }),
  "chart.pdf": async (_engine, p) => ({
    pdf: await renderChartPdf(p.svg, p.widthPx, p.heightPx, p.title),
  }),
};
