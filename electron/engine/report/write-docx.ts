import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { type BlockLabels, formatGeneratedAt, labelBlocks } from "../../../shared/report/report-labels.ts";
import type { FigureBlock, ReportDocument, TableBlock } from "../../../shared/report/report-model.ts";
import { REPORT_STRINGS_EN } from "../../../shared/report/report-strings.ts";
import { type InlineRun, type MarkdownBlockPart, markdownBlocks } from "./markdown-blocks.ts";
import { svgToPng } from "./svg-to-png.ts";

/** Text width of an A4 page with docx's default 1-inch margins, in CSS pixels. */
const MAX_IMAGE_WIDTH_PX = 600;
const MAX_IMAGE_HEIGHT_PX = 860;
/** Charts are rasterised at twice their size so they stay sharp in print. */
const PNG_SCALE = 2;
const ORDERED_LIST = "report-ordered-list";
const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;
const COLOR = { muted: "4B5661", synthetic: "A12A00", border: "C8CED4", header: "EEF1F4" };

type Child = Paragraph | Table;

/**
 * A Word document for the roadmap report: markdown headings as Word's Heading 1-6 (so the
 * navigation pane and a table of contents work), lists, tables with a repeating header row,
 * and each chart as a PNG with its numbered caption and sources kept on the same page.
 */
export async function renderDocx(report: ReportDocument): Promise<Buffer> {
  const labels = labelBlocks(report);
  const children: Child[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(report.title)] }),
  ];
  if (report.subtitle)
    children.push(new Paragraph({ style: "Subtitle", children: [new TextRun(report.subtitle)] }));
  children.push(
    new Paragraph({ style: "Source", children: [new TextRun(formatGeneratedAt(report.generatedAt))] }),
  );
  let lists = 0;
  for (const [index, block] of report.blocks.entries()) {
    switch (block.kind) {
      case "markdown":
        for (const part of markdownBlocks(block.source)) {
          if (part.kind === "list") lists++;
          children.push(...markdownPart(part, lists));
        }
        break;
      case "figure":
        children.push(...(await figure(block, labels.get(index)!)));
        break;
      case "table":
        children.push(...reportTable(block, labels.get(index)!));
        break;
      case "note":
        children.push(new Paragraph({ style: "Note", children: [new TextRun(block.text)] }));
        break;
    }
  }
  const doc = new Document({
    title: report.title,
    subject: report.subtitle,
    creator: REPORT_STRINGS_EN.generator,
    description: formatGeneratedAt(report.generatedAt),
    styles: {
      paragraphStyles: [
        paragraphStyle("Subtitle", "Subtitle", { size: 28, color: COLOR.muted }),
        paragraphStyle("Caption", "Caption", { size: 20 }, { after: 60 }),
        paragraphStyle("Source", "Source", { size: 17, color: COLOR.muted }, { after: 20 }),
        paragraphStyle("Synthetic", "Synthetic data label", { size: 18, bold: true, color: COLOR.synthetic }),
        paragraphStyle("Note", "Note", { italics: true, color: COLOR.muted }),
        paragraphStyle("Code", "Code", { font: "Consolas", size: 18 }, { after: 0 }),
      ],
    },
    numbering: {
      config: [
        {
          reference: ORDERED_LIST,
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [{ children, footers: { default: pageNumberFooter() } }],
  });
  return Packer.toBuffer(doc);
}

async function figure(block: FigureBlock, label: BlockLabels): Promise<Paragraph[]> {
  const image = await svgToPng(block.svg, PNG_SCALE);
  const scale = Math.min(1, MAX_IMAGE_WIDTH_PX / block.widthPx, MAX_IMAGE_HEIGHT_PX / block.heightPx);
  const out: Paragraph[] = [];
  if (label.syntheticLabel) out.push(syntheticParagraph(label.syntheticLabel));
  out.push(
    new Paragraph({
      keepNext: true,
      children: [
        new ImageRun({
          type: "png",
          data: image.png,
          transformation: {
            width: Math.round(block.widthPx * scale),
            height: Math.round(block.heightPx * scale),
          },
          altText: { name: label.number, title: label.number, description: label.caption },
        }),
      ],
    }),
    captionParagraph(label, true),
    ...sourceParagraphs(label.sourceLines),
  );
  return out;
}

function reportTable(block: TableBlock, label: BlockLabels): Child[] {
  const out: Child[] = [captionParagraph(label, true)];
  if (label.syntheticLabel) out.push(syntheticParagraph(label.syntheticLabel));
  const cell = (text: string): InlineRun[] => [{ text }];
  out.push(
    table(
      block.columns.map(cell),
      block.rows.map((row) => row.map(cell)),
    ),
  );
  if (label.omittedNote)
    out.push(new Paragraph({ style: "Source", children: [new TextRun(label.omittedNote)] }));
  out.push(...sourceParagraphs(label.sourceLines));
  return out;
}

function markdownPart(part: MarkdownBlockPart, listInstance: number): Child[] {
  switch (part.kind) {
    case "heading":
      return [new Paragraph({ heading: HEADINGS[part.level - 1], children: textRuns(part.runs) })];
    case "paragraph":
      return [new Paragraph({ children: textRuns(part.runs) })];
    case "quote":
      return [
        new Paragraph({
          indent: { left: 567 },
          border: { left: { style: BorderStyle.SINGLE, size: 12, color: COLOR.border, space: 8 } },
          children: textRuns(part.runs, { color: COLOR.muted }),
        }),
      ];
    case "code":
      return part.text
        .split("\n")
        .map(
          (line) => new Paragraph({ style: "Code", indent: { left: 284 }, children: [new TextRun(line)] }),
        );
    case "rule":
      return [
        new Paragraph({
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOR.border, space: 1 } },
        }),
      ];
    case "table":
      return [table(part.header, part.rows), new Paragraph({})];
    case "list":
      return part.items.map(
        (item) =>
          new Paragraph({
            children: textRuns(item.runs),
            ...(item.ordered
              ? { numbering: { reference: ORDERED_LIST, level: item.depth, instance: listInstance } }
              : { bullet: { level: item.depth } }),
          }),
      );
  }
}

/** A table with a shaded header row that Word repeats on every page the table runs onto. */
function table(header: InlineRun[][], rows: InlineRun[][][]): Table {
  const columns = Math.max(header.length, ...rows.map((r) => r.length), 1);
  const size = columns > 8 ? 15 : 17;
  const border = { style: BorderStyle.SINGLE, size: 4, color: COLOR.border };
  const row = (cells: InlineRun[][], isHeader: boolean) =>
    new TableRow({
      tableHeader: isHeader,
      cantSplit: true,
      children: Array.from(
        { length: columns },
        (_, c) =>
          new TableCell({
            borders: { top: border, bottom: border, left: border, right: border },
            shading: isHeader ? { type: ShadingType.CLEAR, color: "auto", fill: COLOR.header } : undefined,
            children: [new Paragraph({ children: textRuns(cells[c] ?? [], { size, bold: isHeader }) })],
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(header, true), ...rows.map((r) => row(r, false))],
  });
}

function captionParagraph(label: BlockLabels, keepNext: boolean): Paragraph {
  return new Paragraph({
    style: "Caption",
    keepNext,
    children: [new TextRun({ text: label.number, bold: true }), new TextRun(` ${label.caption}`)],
  });
}

function syntheticParagraph(text: string): Paragraph {
  return new Paragraph({ style: "Synthetic", keepNext: true, children: [new TextRun(text)] });
}

/** Each source line but the last keeps with the next, so the figure's block stays on one page. */
function sourceParagraphs(lines: readonly string[]): Paragraph[] {
  return lines.map(
    (line, i) =>
      new Paragraph({ style: "Source", keepNext: i < lines.length - 1, children: [new TextRun(line)] }),
  );
}

function textRuns(
  runs: readonly InlineRun[],
  base: { size?: number; bold?: boolean; color?: string } = {},
): TextRun[] {
  return runs.flatMap((run) =>
    // A hard line break inside a paragraph becomes Word's line break before the next line.
    run.text.split("\n").map(
      (line, i) =>
        new TextRun({
          text: line,
          break: i > 0 ? 1 : undefined,
          bold: run.bold || base.bold,
          italics: run.italic,
          font: run.code ? "Consolas" : undefined,
          size: base.size,
          color: base.color,
        }),
    ),
  );
}

function paragraphStyle(
  id: string,
  name: string,
  run: { size?: number; bold?: boolean; italics?: boolean; color?: string; font?: string },
  spacing: { before?: number; after?: number } = { after: 80 },
) {
  return { id, name, basedOn: "Normal", next: "Normal", quickFormat: true, run, paragraph: { spacing } };
}

/** "Page {n} of {total}" with Word's page fields in place of the two numbers. */
function pageNumberFooter(): Footer {
  const parts = REPORT_STRINGS_EN.page.split(/(\{n\}|\{total\})/).filter((p) => p !== "");
  const children = parts.map((p) =>
    p === "{n}" ? PageNumber.CURRENT : p === "{total}" ? PageNumber.TOTAL_PAGES : p,
  );
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children, size: 16, color: COLOR.muted })],
      }),
    ],
  });
}
