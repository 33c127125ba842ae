/**
 * File names of a chart's exports: the cell's name, "-SYNTHETIC" when the data is synthetic (the
 * label travels with the file even before it is opened), the scale for PNGs, and the format's
 * extension. Cell names are already plain identifiers; anything else a file system dislikes is
 * replaced all the same, since a name may come from a hand-edited notebook.
 */

export type ChartExportKind = "svg" | "png" | "pdf" | "vegaLite" | "csv";

const EXTENSION: Record<ChartExportKind, string> = {
  svg: ".svg",
  png: ".png",
  pdf: ".pdf",
  vegaLite: ".vl.json",
  csv: ".csv",
};

export function chartFileName(
  cellName: string,
  kind: ChartExportKind,
  opts: { synthetic: boolean; scale?: number },
): string {
  const base = cellName.replace(/[^\p{L}\p{N}_.-]+/gu, "_").replace(/^[._]+/, "") || "chart";
  const synthetic = opts.synthetic ? "-SYNTHETIC" : "";
  const scale = kind === "png" && opts.scale !== undefined && opts.scale !== 1 ? `@${opts.scale}x` : "";
  return `${base}${synthetic}${scale}${EXTENSION[kind]}`;
}
