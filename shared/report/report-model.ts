/**
 * A report made from a notebook, independent of the file format it is written in. The engine
 * builds one from a notebook run; the HTML, PDF, DOCX and PPTX writers each render it, so the
 * four formats number figures, cite sources and label synthetic data the same way.
 */

/** Where the data behind a figure or table comes from (a row of the bundled `sources` table). */
export interface SourceRef {
  sourceId?: string;
  publisher: string | null;
  title: string | null;
  url: string | null;
}

/** Markdown text; headings, paragraphs, lists and tables come from it. */
export interface MarkdownBlock {
  kind: "markdown";
  source: string;
  hideInSlides?: boolean;
}

/** A chart, as standalone SVG text with its size in CSS pixels. */
export interface FigureBlock {
  kind: "figure";
  svg: string;
  widthPx: number;
  heightPx: number;
  caption: string;
  sources: SourceRef[];
  /** Drawn from generated data: every format shows the synthetic-data label with it. */
  synthetic: boolean;
  hideInSlides?: boolean;
}

/** A query result, already formatted as text and capped at REPORT_TABLE_ROW_LIMIT rows. */
export interface TableBlock {
  kind: "table";
  columns: string[];
  rows: string[][];
  /** Rows of the result left out of `rows`; the writers say so under the table. */
  omittedRows: number;
  caption: string;
  sources: SourceRef[];
  synthetic: boolean;
  hideInSlides?: boolean;
}

/** A short remark in the flow of the report, e.g. the input values a run used, or a cell that failed. */
export interface NoteBlock {
  kind: "note";
  text: string;
  hideInSlides?: boolean;
}

export type ReportBlock = MarkdownBlock | FigureBlock | TableBlock | NoteBlock;

export interface ReportDocument {
  title: string;
  subtitle?: string;
  /** Passed in rather than read from the clock, so the same notebook and data give the same report. */
  generatedAt: Date;
  blocks: ReportBlock[];
}

export type ReportFormat = "html" | "pdf" | "docx" | "pptx";

export const REPORT_FORMATS: readonly ReportFormat[] = ["html", "pdf", "docx", "pptx"];

/** Rows a report table shows at most; the rest are counted in `omittedRows`. */
export const REPORT_TABLE_ROW_LIMIT = 200;
