import { type BlockLabels, formatGeneratedAt, labelBlocks } from "../../../shared/report/report-labels.ts";
import type { FigureBlock, ReportDocument, TableBlock } from "../../../shared/report/report-model.ts";
import { fillString, REPORT_STRINGS_EN } from "../../../shared/report/report-strings.ts";
import { type InlineRun, type MarkdownBlockPart, markdownBlocks, runsText } from "./markdown-blocks.ts";
import {
  PptxGenJS,
  type Presentation,
  type Slide,
  type TextOptions,
  type TextRuns,
} from "./pptxgenjs-class.ts";
import { svgToPng } from "./svg-to-png.ts";

/** LAYOUT_WIDE: 13.33 × 7.5 in. */
const SLIDE = { width: 13.333, height: 7.5, margin: 0.5 };
const PNG_SCALE = 2;
/** Rows a table slide shows; the report itself carries the rest. */
const SLIDE_TABLE_ROWS = 12;
const COLOR = { text: "1D232A", muted: "4B5661", synthetic: "A12A00", header: "EEF1F4", border: "C8CED4" };

/**
 * Slides for a workshop: a title slide, then one slide per markdown cell and per chart or
 * table, in notebook order, leaving out cells hidden from slides. A markdown cell's first
 * heading becomes its slide title. Figures keep their report numbers, sources and synthetic label.
 */
export async function renderPptx(report: ReportDocument): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_WIDE";
  pptx.title = report.title;
  pptx.subject = report.subtitle ?? "";
  pptx.author = REPORT_STRINGS_EN.generator;
  titleSlide(pptx, report);
  const labels = labelBlocks(report);
  for (const [index, block] of report.blocks.entries()) {
    if (block.hideInSlides) continue;
    switch (block.kind) {
      case "markdown":
        markdownSlide(pptx, markdownBlocks(block.source));
        break;
      case "figure":
        await figureSlide(pptx, block, labels.get(index)!);
        break;
      case "table":
        tableSlide(pptx, block, labels.get(index)!);
        break;
      case "note":
        // Notes (input values, failed cells) belong in the written report, not on a slide.
        break;
    }
  }
  const data = await pptx.write({ outputType: "nodebuffer" });
  return Buffer.from(data as Uint8Array);
}

function titleSlide(pptx: Presentation, report: ReportDocument): void {
  const slide = pptx.addSlide();
  const width = SLIDE.width - 2 * SLIDE.margin;
  slide.addText(report.title, {
    x: SLIDE.margin,
    y: 2.2,
    w: width,
    h: 1.4,
    fontSize: 36,
    bold: true,
    color: COLOR.text,
  });
  if (report.subtitle) {
    slide.addText(report.subtitle, {
      x: SLIDE.margin,
      y: 3.6,
      w: width,
      h: 0.8,
      fontSize: 20,
      color: COLOR.muted,
    });
  }
  slide.addText(formatGeneratedAt(report.generatedAt), {
    x: SLIDE.margin,
    y: 4.5,
    w: width,
    h: 0.5,
    fontSize: 12,
    color: COLOR.muted,
  });
}

function markdownSlide(pptx: Presentation, parts: MarkdownBlockPart[]): void {
  const slide = pptx.addSlide();
  const [first, ...rest] = parts;
  const title = first?.kind === "heading" ? runsText(first.runs) : undefined;
  const body = title === undefined ? parts : rest;
  const width = SLIDE.width - 2 * SLIDE.margin;
  if (title !== undefined && body.length === 0) {
    // A heading on its own is a section divider.
    slide.addText(title, {
      x: SLIDE.margin,
      y: 2.8,
      w: width,
      h: 1.5,
      fontSize: 36,
      bold: true,
      color: COLOR.text,
    });
    return;
  }
  if (title !== undefined) slideTitle(slide, title);
  const runs = body.flatMap(partRuns);
  if (runs.length === 0) return;
  const length = runs.reduce((sum, run) => sum + (run.text?.length ?? 0), 0);
  const top = title === undefined ? SLIDE.margin : 1.35;
  slide.addText(runs, {
    x: SLIDE.margin,
    y: top,
    w: width,
    h: SLIDE.height - top - SLIDE.margin,
    valign: "top",
    fontSize: length > 1200 ? 12 : length > 600 ? 15 : 20,
    color: COLOR.text,
    fit: "shrink",
  });
}

async function figureSlide(pptx: Presentation, block: FigureBlock, label: BlockLabels): Promise<void> {
  const slide = pptx.addSlide();
  slideTitle(slide, `${label.number} ${label.caption}`);
  const top = label.syntheticLabel ? 1.7 : 1.35;
  if (label.syntheticLabel) syntheticLine(slide, label.syntheticLabel, 1.25);
  const sourcesHeight = 0.25 * label.sourceLines.length + 0.1;
  const box = { w: SLIDE.width - 2 * SLIDE.margin, h: SLIDE.height - top - SLIDE.margin - sourcesHeight };
  const scale = Math.min(box.w / block.widthPx, box.h / block.heightPx);
  const w = block.widthPx * scale;
  const h = block.heightPx * scale;
  const image = await svgToPng(block.svg, PNG_SCALE);
  slide.addImage({
    data: `image/png;base64,${image.png.toString("base64")}`,
    x: (SLIDE.width - w) / 2,
    y: top,
    w,
    h,
    altText: `${label.number} ${label.caption}`,
  });
  sourceLines(slide, label.sourceLines, top + h + 0.05);
}

function tableSlide(pptx: Presentation, block: TableBlock, label: BlockLabels): void {
  const slide = pptx.addSlide();
  slideTitle(slide, `${label.number} ${label.caption}`);
  const top = label.syntheticLabel ? 1.7 : 1.35;
  if (label.syntheticLabel) syntheticLine(slide, label.syntheticLabel, 1.25);
  const border = { type: "solid" as const, pt: 0.5, color: COLOR.border };
  const header = block.columns.map((text) => ({
    text,
    options: { bold: true, fill: { color: COLOR.header } },
  }));
  const shown = block.rows.slice(0, SLIDE_TABLE_ROWS);
  const rows = [header, ...shown.map((row) => row.map((text) => ({ text })))];
  const rowHeight = 0.3;
  slide.addTable(rows, {
    x: SLIDE.margin,
    y: top,
    w: SLIDE.width - 2 * SLIDE.margin,
    fontSize: block.columns.length > 8 ? 9 : 11,
    color: COLOR.text,
    border,
    rowH: rowHeight,
    valign: "middle",
  });
  const hidden = block.rows.length - shown.length + block.omittedRows;
  const notes = hidden > 0 ? [fillString(REPORT_STRINGS_EN.moreRows, { n: hidden })] : [];
  sourceLines(slide, [...notes, ...label.sourceLines], top + rowHeight * rows.length + 0.1);
}

function slideTitle(slide: Slide, text: string): void {
  slide.addText(text, {
    x: SLIDE.margin,
    y: 0.35,
    w: SLIDE.width - 2 * SLIDE.margin,
    h: 0.85,
    fontSize: 24,
    bold: true,
    color: COLOR.text,
    valign: "top",
    fit: "shrink",
  });
}

function syntheticLine(slide: Slide, text: string, y: number): void {
  slide.addText(text, {
    x: SLIDE.margin,
    y,
    w: 8,
    h: 0.35,
    fontSize: 13,
    bold: true,
    color: COLOR.synthetic,
  });
}

function sourceLines(slide: Slide, lines: readonly string[], y: number): void {
  if (lines.length === 0) return;
  const top = Math.min(y, SLIDE.height - 0.2 - 0.25 * lines.length);
  slide.addText(
    lines.map((line, i) => ({ text: line, options: { breakLine: i < lines.length - 1 } })),
    {
      x: SLIDE.margin,
      y: top,
      w: SLIDE.width - 2 * SLIDE.margin,
      h: 0.25 * lines.length + 0.1,
      fontSize: 10,
      color: COLOR.muted,
      valign: "top",
    },
  );
}

/** One paragraph per part; pptxgenjs ends a paragraph at a run with breakLine. */
function partRuns(part: MarkdownBlockPart): TextRuns {
  switch (part.kind) {
    case "heading":
      return paragraph(part.runs, { bold: true, fontSize: 24 });
    case "paragraph":
      return paragraph(part.runs, {});
    case "quote":
      return paragraph(part.runs, { italic: true, color: COLOR.muted });
    case "code":
      return part.text.split("\n").flatMap((line) => paragraph([{ text: line }], { fontFace: "Consolas" }));
    case "rule":
      return [];
    case "list":
      return part.items.flatMap((item) =>
        paragraph(item.runs, {
          bullet: item.ordered ? { type: "number", numberStartAt: item.number } : true,
          indentLevel: item.depth,
        }),
      );
    case "table":
      return [part.header, ...part.rows].flatMap((row) =>
        paragraph([{ text: row.map(runsText).join("  |  ") }], {}),
      );
  }
}

function paragraph(runs: readonly InlineRun[], options: TextOptions): TextRuns {
  const pieces = runs.filter((r) => r.text !== "");
  return pieces.map((run, i) => ({
    text: run.text,
    options: {
      ...options,
      bold: run.bold || options.bold,
      italic: run.italic || options.italic,
      fontFace: run.code ? "Consolas" : options.fontFace,
      breakLine: i === pieces.length - 1,
    },
  }));
}
