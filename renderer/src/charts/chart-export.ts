import type { View } from "vega";
import type { EngineClient } from "../../../shared/protocol/engine-client.ts";
import { t } from "../i18n/t.ts";
import { chartCsv, temporalFields } from "./chart-csv.ts";
import { type ChartExportKind, chartFileName } from "./chart-file-names.ts";
import type { ChartOutput } from "./chart-output.ts";
import { standaloneSpec } from "./presented-spec.ts";

/**
 * A drawn chart's exports. Images come from the live view, so they show exactly what is on
 * screen (theme, zoom, the SYNTHETIC DATA label in the title); PDF is drawn by the engine from
 * the view's SVG. Files are handed to the browser as downloads (a blob: link, which the CSP
 * allows and which navigates nowhere); Electron asks where to save them.
 */

export interface ExportSource {
  view: View;
  output: ChartOutput;
  /** The Vega-Lite the view was compiled from, and the config it was compiled with. */
  presented: Record<string, unknown>;
  config: Record<string, unknown>;
  cellName: string;
  title: string | undefined;
  client: EngineClient;
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download has started by the next task; the URL is let go of well after that.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function pngBlob(view: View, scale: number): Promise<Blob> {
  const canvas = (await view.toCanvas(scale)) as unknown as HTMLCanvasElement;
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("the canvas gave no PNG"))),
      "image/png",
    ),
  );
}

/** The pixel size Vega wrote on the root <svg> element. */
export function svgPixelSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  return {
    width: Number(/\bwidth="([\d.]+)"/.exec(root)?.[1] ?? 0),
    height: Number(/\bheight="([\d.]+)"/.exec(root)?.[1] ?? 0),
  };
}

async function exportBlob(kind: ChartExportKind, src: ExportSource, scale: number): Promise<Blob> {
  switch (kind) {
    case "svg":
      return new Blob([await src.view.toSVG()], { type: "image/svg+xml" });
    case "png":
      return pngBlob(src.view, scale);
    case "pdf": {
      const svg = await src.view.toSVG();
      const { width, height } = svgPixelSize(svg);
      const r = await src.client.call("chart.pdf", {
        svg,
        widthPx: width,
        heightPx: height,
        title: src.title,
      });
      return new Blob([r.pdf as Uint8Array<ArrayBuffer>], { type: "application/pdf" });
    }
    case "vegaLite": {
      const doc = standaloneSpec(src.presented, src.output.rows, src.config);
      return new Blob([`${JSON.stringify(doc, null, 2)}\n`], { type: "application/json" });
    }
    case "csv": {
      const note = src.output.synthetic
        ? t("chart.csv.syntheticNote", { name: src.cellName, source: src.output.source })
        : null;
      const csv = chartCsv(src.output.rows, {
        temporal: temporalFields(src.output.vegaLite),
        syntheticNote: note,
      });
      return new Blob([csv], { type: "text/csv;charset=utf-8" });
    }
  }
}

/** Saves one export as a download; returns the file name it was given. */
export async function exportChart(kind: ChartExportKind, src: ExportSource, scale = 1): Promise<string> {
  const fileName = chartFileName(src.cellName, kind, { synthetic: src.output.synthetic, scale });
  downloadBlob(await exportBlob(kind, src, scale), fileName);
  return fileName;
}

/** The chart as a PNG (2x, sharp on slides) on the clipboard. */
export async function copyChartImage(view: View): Promise<void> {
  await navigator.clipboard.write([new ClipboardItem({ "image/png": pngBlob(view, 2) })]);
}
