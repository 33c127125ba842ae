import type { ReportBlock, ReportDocument, SourceRef } from "./report-model.ts";
import { fillString, REPORT_STRINGS_EN, type ReportStrings } from "./report-strings.ts";

/** The numbered caption, source lines and synthetic label of a figure or table, as every writer shows them. */
export interface BlockLabels {
  /** "Figure 3." or "Table 1." */
  number: string;
  caption: string;
  /** One "Source: …" line per source, or one line saying none is recorded. */
  sourceLines: string[];
  /** Set when the data is synthetic. */
  syntheticLabel?: string;
  /** "12 more rows not shown", for a capped table. */
  omittedNote?: string;
}

/** "publisher, title, URL", leaving out what is not known. */
export function formatSource(source: SourceRef): string {
  return [source.publisher, source.title, source.url]
    .map((part) => part?.trim())
    .filter((part): part is string => Boolean(part))
    .join(", ");
}

export function sourceLines(
  sources: readonly SourceRef[],
  strings: ReportStrings = REPORT_STRINGS_EN,
): string[] {
  const lines = sources
    .map(formatSource)
    .filter((text) => text !== "")
    .map((text) => fillString(strings.source, { source: text }));
  return lines.length > 0 ? [...new Set(lines)] : [strings.sourceNotRecorded];
}

/**
 * Labels for each figure and table, keyed by block index. Figures and tables are numbered
 * separately in document order, including blocks hidden from slides, so a slide and the
 * printed report call the same chart by the same number.
 */
export function labelBlocks(
  doc: Pick<ReportDocument, "blocks">,
  strings: ReportStrings = REPORT_STRINGS_EN,
): Map<number, BlockLabels> {
  const labels = new Map<number, BlockLabels>();
  let figures = 0;
  let tables = 0;
  doc.blocks.forEach((block: ReportBlock, index) => {
    if (block.kind !== "figure" && block.kind !== "table") return;
    const n = block.kind === "figure" ? ++figures : ++tables;
    labels.set(index, {
      number: fillString(block.kind === "figure" ? strings.figure : strings.table, { n }),
      caption: block.caption,
      sourceLines: sourceLines(block.sources, strings),
      syntheticLabel: block.synthetic ? strings.syntheticLabel : undefined,
      omittedNote:
        block.kind === "table" && block.omittedRows > 0
          ? fillString(strings.moreRows, { n: block.omittedRows })
          : undefined,
    });
  });
  return labels;
}

/** The date a report shows, as YYYY-MM-DD HH:MM UTC, so it reads the same wherever it is rebuilt. */
export function formatGeneratedAt(date: Date, strings: ReportStrings = REPORT_STRINGS_EN): string {
  const iso = date.toISOString();
  return fillString(strings.generatedAt, { date: `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` });
}
