/// <reference path="./svg-to-pdfkit.d.ts" />
import { readFileSync } from "node:fs";
import PDFDocument from "pdfkit";
import SVGtoPDF from "svg-to-pdfkit";
import { type BlockLabels, formatGeneratedAt, labelBlocks } from "../../../shared/report/report-labels.ts";
import type { FigureBlock, ReportDocument, TableBlock } from "../../../shared/report/report-model.ts";
import { fillString, REPORT_STRINGS_EN } from "../../../shared/report/report-strings.ts";
import { splitFontRuns } from "./font-runs.ts";
import { type InlineRun, type MarkdownBlockPart, markdownBlocks, runsText } from "./markdown-blocks.ts";
import { NOTO_SANS_SUBSETS, type NotoSansFace, notoSansFaces } from "./noto-sans-faces.ts";
import { pdfSafeDashes } from "./pdf-safe-dashes.ts";
import { prepareChartSvg } from "./prepare-chart-svg.ts";
import { subsetFamily, svgTextFontRuns } from "./svg-text-font-runs.ts";

export interface RenderedPdf {
  data: Buffer;
  pages: number;
}

const MARGIN = { top: 56, bottom: 64, left: 56, right: 56 };
/** CSS pixels are 1/96 in, PDF points 1/72 in. */
const PX_TO_PT = 0.75;
const BODY_SIZE = 10.5;
const LINE_GAP = 2;
const HEADING_SIZES = { 1: 18, 2: 15, 3: 13, 4: 11.5, 5: 11, 6: 10.5 } as const;
const COLOR = { text: "#1d232a", muted: "#4b5661", code: "#0b5563", synthetic: "#a12a00", rule: "#c8ced4" };
/** Longest cell text a PDF table shows; a longer value would make one row taller than a page. */
const PDF_CELL_CHARS = 300;

interface TextStyle {
  size: number;
  color?: string;
  bold?: boolean;
  italic?: boolean;
  align?: "left" | "center" | "right";
}

/**
 * A4 PDF with the bundled Noto Sans embedded (subset per script, see font-runs.ts), markdown as
 * headings, paragraphs, lists and tables, charts as vector graphics, and page numbers in the
 * footer. A chart with its caption and sources is never split: if it does not fit below the
 * text before it, it starts a new page, and one taller than a page is scaled down to fit.
 */
export function renderPdf(report: ReportDocument): Promise<RenderedPdf> {
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: true,
    displayTitle: true,
    lang: "en",
    info: {
      Title: report.title,
      // pdfkit cannot write an undefined entry.
      ...(report.subtitle ? { Subject: report.subtitle } : {}),
      Creator: REPORT_STRINGS_EN.generator,
      CreationDate: report.generatedAt,
      ModDate: report.generatedAt,
    },
  });
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const pdf = new PdfWriter(doc);
  pdf.writeReport(report);
  const pages = doc.bufferedPageRange().count;
  pdf.writePageNumbers();
  doc.end();
  return finished.then((data) => ({ data, pages }));
}

class PdfWriter {
  private readonly faces: Record<400 | 700, NotoSansFace[]> = {
    400: notoSansFaces(400),
    700: notoSansFaces(700),
  };

  constructor(private readonly doc: PDFKit.PDFDocument) {
    for (const face of [...this.faces[400], ...this.faces[700]]) {
      doc.registerFont(fontName(face), readFileSync(face.woffPath));
    }
  }

  private get left(): number {
    return this.doc.page.margins.left;
  }

  private get contentWidth(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  private get atPageTop(): boolean {
    return this.doc.y <= this.doc.page.margins.top + 1;
  }

  writeReport(report: ReportDocument): void {
    this.text([{ text: report.title }], { size: 22, bold: true });
    if (report.subtitle) this.text([{ text: report.subtitle }], { size: 13, color: COLOR.muted });
    this.text([{ text: formatGeneratedAt(report.generatedAt) }], { size: 9, color: COLOR.muted });
    this.doc.moveDown(1);
    const labels = labelBlocks(report);
    report.blocks.forEach((block, index) => {
      switch (block.kind) {
        case "markdown":
          for (const part of markdownBlocks(block.source)) this.markdownPart(part);
          break;
        case "figure":
          this.figure(block, labels.get(index)!, index);
          break;
        case "table":
          this.reportTable(block, labels.get(index)!);
          break;
        case "note":
          this.text([{ text: block.text }], { size: BODY_SIZE - 0.5, italic: true, color: COLOR.muted });
          this.doc.moveDown(0.5);
          break;
      }
    });
  }

  writePageNumbers(): void {
    const { start, count } = this.doc.bufferedPageRange();
    for (let i = start; i < start + count; i++) {
      this.doc.switchToPage(i);
      // Writing inside the bottom margin would otherwise make pdfkit start a new page.
      const margin = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      const label = fillString(REPORT_STRINGS_EN.page, { n: i - start + 1, total: count });
      this.text(
        [{ text: label }],
        { size: 8.5, color: COLOR.muted, align: "center" },
        this.doc.page.height - 40,
      );
      this.doc.page.margins.bottom = margin;
    }
  }

  private markdownPart(part: MarkdownBlockPart): void {
    const doc = this.doc;
    switch (part.kind) {
      case "heading": {
        const size = HEADING_SIZES[part.level];
        doc.moveDown(0.6);
        // Keep a heading with at least the first lines that follow it.
        this.ensureSpace(
          this.measure(runsText(part.runs), size, this.contentWidth, true) + 3 * lineHeight(BODY_SIZE),
        );
        this.text(part.runs, { size, bold: true });
        doc.moveDown(0.3);
        break;
      }
      case "paragraph":
        this.text(part.runs, { size: BODY_SIZE });
        doc.moveDown(0.5);
        break;
      case "quote":
        this.text(
          part.runs,
          { size: BODY_SIZE, color: COLOR.muted },
          doc.y,
          this.left + 14,
          this.contentWidth - 14,
        );
        doc.moveDown(0.5);
        break;
      case "code":
        for (const line of part.text.replace(/\t/g, "    ").split("\n")) {
          const text = [{ text: line === "" ? " " : line }];
          this.text(text, { size: 9, color: COLOR.code }, doc.y, this.left + 12, this.contentWidth - 12);
        }
        doc.moveDown(0.5);
        break;
      case "list":
        for (const item of part.items) {
          const indent = 16 * item.depth;
          const marker = item.ordered ? `${item.number}.` : "•";
          this.ensureSpace(lineHeight(BODY_SIZE));
          const y = doc.y;
          this.text([{ text: marker }], { size: BODY_SIZE }, y, this.left + indent, 18);
          this.text(
            item.runs,
            { size: BODY_SIZE },
            y,
            this.left + indent + 18,
            this.contentWidth - indent - 18,
          );
          doc.moveDown(0.15);
        }
        doc.x = this.left;
        doc.moveDown(0.4);
        break;
      case "table":
        this.table(part.header, part.rows);
        doc.moveDown(0.5);
        break;
      case "rule": {
        this.ensureSpace(12);
        const y = doc.y + 4;
        doc
          .moveTo(this.left, y)
          .lineTo(this.left + this.contentWidth, y)
          .lineWidth(0.75)
          .strokeColor(COLOR.rule)
          .stroke();
        doc.y = y + 8;
        break;
      }
    }
  }

  private figure(block: FigureBlock, label: BlockLabels, index: number): void {
    const doc = this.doc;
    const width = this.contentWidth;
    const captionText = `${label.number} ${label.caption}`;
    const labelHeight = label.syntheticLabel ? this.measure(label.syntheticLabel, 9, width, true) + 4 : 0;
    const textHeight =
      labelHeight +
      6 +
      this.measure(captionText, BODY_SIZE - 0.5, width, false) +
      label.sourceLines.reduce((sum, line) => sum + this.measure(line, 8.5, width, false) + 1, 0) +
      // Measuring uses the Latin subset's widths; a line of slack covers other scripts.
      lineHeight(BODY_SIZE);
    const pageHeight = doc.page.height - doc.page.margins.top - doc.page.margins.bottom;
    const naturalWidth = block.widthPx * PX_TO_PT;
    const naturalHeight = block.heightPx * PX_TO_PT;
    const scale = Math.min(1, width / naturalWidth, (pageHeight - textHeight) / naturalHeight);
    const imageWidth = naturalWidth * scale;
    const imageHeight = naturalHeight * scale;
    if (doc.y + imageHeight + textHeight > this.bottom && !this.atPageTop) doc.addPage();
    if (label.syntheticLabel) {
      this.text([{ text: label.syntheticLabel }], { size: 9, bold: true, color: COLOR.synthetic });
      doc.moveDown(0.2);
    }
    const top = doc.y;
    const svg = svgTextFontRuns(
      pdfSafeDashes(prepareChartSvg(block.svg, `fig${index}-`, block.widthPx, block.heightPx)),
      this.faces[400],
    );
    SVGtoPDF(doc, svg, this.left, top, {
      width: imageWidth,
      height: imageHeight,
      preserveAspectRatio: "xMinYMin meet",
      fontCallback: (family, bold) => this.svgFont(family, bold),
      // It warns (on the console) about SVG features it skips; the chart still draws.
      warningCallback: () => {},
    });
    doc.x = this.left;
    doc.y = top + imageHeight + 6;
    this.caption(label);
    this.sources(label);
    doc.moveDown(0.8);
  }

  private reportTable(block: TableBlock, label: BlockLabels): void {
    const doc = this.doc;
    // Keep the caption with the header and the first rows.
    this.ensureSpace(
      this.measure(`${label.number} ${label.caption}`, BODY_SIZE, this.contentWidth, false) + 60,
    );
    this.caption(label);
    if (label.syntheticLabel) {
      this.text([{ text: label.syntheticLabel }], { size: 9, bold: true, color: COLOR.synthetic });
    }
    doc.moveDown(0.2);
    const cell = (text: string): InlineRun[] => [
      { text: text.length > PDF_CELL_CHARS ? `${text.slice(0, PDF_CELL_CHARS - 1)}…` : text },
    ];
    this.table(
      block.columns.map(cell),
      block.rows.map((row) => row.map(cell)),
    );
    if (label.omittedNote) this.text([{ text: label.omittedNote }], { size: 8.5, color: COLOR.muted });
    this.sources(label);
    doc.moveDown(0.8);
  }

  private caption(label: BlockLabels): void {
    this.text([{ text: label.number, bold: true }, { text: ` ${label.caption}` }], { size: BODY_SIZE - 0.5 });
  }

  private sources(label: BlockLabels): void {
    for (const line of label.sourceLines) this.text([{ text: line }], { size: 8.5, color: COLOR.muted });
  }

  /** A grid with a shaded header row, repeated at the top of each page the table runs onto. */
  private table(header: InlineRun[][], rows: InlineRun[][][]): void {
    const doc = this.doc;
    const columns = Math.max(header.length, ...rows.map((r) => r.length));
    if (columns === 0) return;
    const size = columns > 8 ? 7.5 : columns > 5 ? 8.5 : 9;
    const pad = 3;
    const widths = this.columnWidths([header, ...rows], columns, size, pad);
    const rowHeight = (row: InlineRun[][], bold: boolean) =>
      Math.max(
        ...widths.map((w, c) => this.measure(runsText(row[c] ?? []) || " ", size, w - 2 * pad, bold)),
      ) +
      2 * pad;
    const drawRow = (row: InlineRun[][], bold: boolean) => {
      const height = rowHeight(row, bold);
      const y = doc.y;
      let x = this.left;
      widths.forEach((w, c) => {
        if (bold) doc.rect(x, y, w, height).fillColor("#eef1f4").fill();
        doc.rect(x, y, w, height).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
        const runs = row[c] ?? [];
        if (runs.length > 0) this.text(runs, { size, bold }, y + pad, x + pad, w - 2 * pad, height);
        x += w;
      });
      doc.x = this.left;
      doc.y = y + height;
    };
    this.ensureSpace(rowHeight(header, true) + (rows[0] ? rowHeight(rows[0], false) : 0));
    drawRow(header, true);
    for (const row of rows) {
      if (doc.y + rowHeight(row, false) > this.bottom) {
        doc.addPage();
        drawRow(header, true);
      }
      drawRow(row, false);
    }
    doc.moveDown(0.3);
  }

  /**
   * Column widths as a browser lays out a table: every column at least as wide as its longest
   * word (so "2023" never breaks), the rest of the width shared by how much more each would take
   * to show its longest text on one line.
   */
  private columnWidths(rows: InlineRun[][][], columns: number, size: number, pad: number): number[] {
    const total = this.contentWidth;
    const min = new Array<number>(columns).fill(0);
    const max = new Array<number>(columns).fill(0);
    rows.forEach((row, r) => {
      for (let c = 0; c < columns; c++) {
        const text = runsText(row[c] ?? []);
        const bold = r === 0;
        const words = text.split(/\s+/).map((word) => this.width(word, size, bold));
        min[c] = Math.min(0.4 * total, Math.max(min[c]!, Math.max(...words) + 2 * pad + 1));
        max[c] = Math.max(max[c]!, this.width(text, size, bold) + 2 * pad + 1);
      }
    });
    const sumMin = min.reduce((a, b) => a + b, 0);
    const sumMax = max.reduce((a, b) => a + b, 0);
    if (sumMax <= total) return max.map((w) => (w / sumMax) * total);
    if (sumMin >= total) return min.map((w) => (w / sumMin) * total);
    const slack = max.map((w, c) => w - min[c]!);
    const sumSlack = slack.reduce((a, b) => a + b, 0);
    return min.map((w, c) => w + ((total - sumMin) * slack[c]!) / sumSlack);
  }

  /**
   * Writes runs as one paragraph, switching to the Noto Sans subset each stretch of text needs.
   * With y given it starts there (and at x, in the given width); otherwise it follows on.
   */
  private text(
    runs: readonly InlineRun[],
    style: TextStyle,
    y?: number,
    x?: number,
    width?: number,
    height?: number,
  ): void {
    const doc = this.doc;
    const pieces = runs.flatMap((run) =>
      splitFontRuns(run.text, this.faces[run.bold || style.bold ? 700 : 400]).map((part) => ({ run, part })),
    );
    if (pieces.length === 0) return;
    doc.fontSize(style.size);
    pieces.forEach(({ run, part }, i) => {
      doc.font(fontName(part.face)).fillColor(run.code ? COLOR.code : (style.color ?? COLOR.text));
      const options: PDFKit.Mixins.TextOptions = {
        continued: i < pieces.length - 1,
        // Set on every piece: pdfkit carries options over from one continued piece to the next.
        oblique: run.italic || style.italic ? 10 : false,
        lineGap: LINE_GAP,
        align: style.align ?? "left",
        width: width ?? this.contentWidth - (doc.x - this.left),
        height,
      };
      if (i === 0 && y !== undefined) doc.text(part.text, x ?? this.left, y, options);
      else doc.text(part.text, options);
    });
    if (x !== undefined) doc.x = this.left;
  }

  /** Width of text on one line, measured with the Latin subset (see figure()). */
  private width(text: string, size: number, bold: boolean): number {
    const [latin] = this.faces[bold ? 700 : 400];
    return this.doc.font(fontName(latin!)).fontSize(size).widthOfString(text);
  }

  /** Height of text laid out in a width, measured with the Latin subset (see figure()). */
  private measure(text: string, size: number, width: number, bold: boolean): number {
    const [latin] = this.faces[bold ? 700 : 400];
    this.doc.font(fontName(latin!)).fontSize(size);
    return this.doc.heightOfString(text, { width, lineGap: LINE_GAP });
  }

  private ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom && !this.atPageTop) this.doc.addPage();
  }

  /** svg-to-pdfkit's font callback: the tspans from svgTextFontRuns name their subset. */
  private svgFont(family: string, bold: boolean): string {
    const weight = bold ? 700 : 400;
    const subset = NOTO_SANS_SUBSETS.find((s) => family === subsetFamily(s));
    const face = this.faces[weight].find((f) => f.subset === subset) ?? this.faces[weight][0]!;
    return fontName(face);
  }
}

function fontName(face: NotoSansFace): string {
  return `NotoSans-${face.subset}-${face.weight}`;
}

function lineHeight(size: number): number {
  return size * 1.36 + LINE_GAP;
}
