import { readFileSync } from "node:fs";
import { type BlockLabels, formatGeneratedAt, labelBlocks } from "../../../shared/report/report-labels.ts";
import type {
  FigureBlock,
  ReportBlock,
  ReportDocument,
  TableBlock,
} from "../../../shared/report/report-model.ts";
import { REPORT_STRINGS_EN } from "../../../shared/report/report-strings.ts";
import { type InlineRun, type MarkdownBlockPart, markdownBlocks } from "./markdown-blocks.ts";
import { notoSansFaces } from "./noto-sans-faces.ts";
import { prepareChartSvg } from "./prepare-chart-svg.ts";

/**
 * One HTML file that needs nothing else: styles and fonts inline (fonts as data: URLs), charts
 * as inline SVG, and a Content-Security-Policy that forbids loading anything, so the report
 * opens the same from a USB stick, an e-mail or an offline laptop.
 */
export function renderHtml(doc: ReportDocument): string {
  const labels = labelBlocks(doc);
  const body = doc.blocks.map((block, index) => blockHtml(block, labels, index)).join("\n");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(REPORT_STRINGS_EN.generator)}">
<title>${escapeHtml(doc.title)}</title>
<style>
${fontFaceCss()}
${REPORT_CSS}
</style>
</head>
<body>
<header class="report-header">
<h1 class="report-title">${escapeHtml(doc.title)}</h1>
${doc.subtitle ? `<p class="report-subtitle">${escapeHtml(doc.subtitle)}</p>\n` : ""}<p class="generated">${escapeHtml(formatGeneratedAt(doc.generatedAt))}</p>
</header>
<main>
${body}
</main>
</body>
</html>
`;
}

function blockHtml(block: ReportBlock, labels: Map<number, BlockLabels>, index: number): string {
  switch (block.kind) {
    case "markdown":
      return `<section class="markdown">${markdownBlocks(block.source).map(partHtml).join("\n")}</section>`;
    case "figure":
      return figureHtml(block, labels.get(index)!, index);
    case "table":
      return tableHtml(block, labels.get(index)!);
    case "note":
      return `<p class="note">${escapeHtml(block.text)}</p>`;
  }
}

function figureHtml(block: FigureBlock, label: BlockLabels, index: number): string {
  const svg = prepareChartSvg(block.svg, `fig${index}-`, block.widthPx, block.heightPx);
  return `<figure class="figure">
${syntheticHtml(label)}<div class="chart" style="max-width:${block.widthPx}px">${svg}</div>
<figcaption><span class="number">${escapeHtml(label.number)}</span> ${escapeHtml(label.caption)}</figcaption>
${sourcesHtml(label)}
</figure>`;
}

function tableHtml(block: TableBlock, label: BlockLabels): string {
  const head = block.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join("");
  const rows = block.rows
    .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join("")}</tr>`)
    .join("\n");
  return `<figure class="table">
<figcaption><span class="number">${escapeHtml(label.number)}</span> ${escapeHtml(label.caption)}</figcaption>
${syntheticHtml(label)}<div class="table-scroll"><table>
<thead><tr>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table></div>
${label.omittedNote ? `<p class="more-rows">${escapeHtml(label.omittedNote)}</p>\n` : ""}${sourcesHtml(label)}
</figure>`;
}

function syntheticHtml(label: BlockLabels): string {
  return label.syntheticLabel ? `<p class="synthetic">${escapeHtml(label.syntheticLabel)}</p>\n` : "";
}

function sourcesHtml(label: BlockLabels): string {
  return label.sourceLines.map((line) => `<p class="source">${escapeHtml(line)}</p>`).join("\n");
}

function partHtml(part: MarkdownBlockPart): string {
  switch (part.kind) {
    case "heading":
      return `<h${part.level}>${runsHtml(part.runs)}</h${part.level}>`;
    case "paragraph":
      return `<p>${runsHtml(part.runs)}</p>`;
    case "quote":
      return `<blockquote><p>${runsHtml(part.runs)}</p></blockquote>`;
    case "code":
      return `<pre><code>${escapeHtml(part.text)}</code></pre>`;
    case "rule":
      return "<hr>";
    case "table": {
      const head = part.header.map((cell) => `<th>${runsHtml(cell)}</th>`).join("");
      const rows = part.rows.map(
        (row) => `<tr>${row.map((cell) => `<td>${runsHtml(cell)}</td>`).join("")}</tr>`,
      );
      return `<table class="markdown-table"><thead><tr>${head}</tr></thead><tbody>${rows.join("")}</tbody></table>`;
    }
    case "list":
      return listHtml(part.items);
  }
}

/** Rebuilds nested <ul>/<ol> from the flattened items. */
function listHtml(items: Extract<MarkdownBlockPart, { kind: "list" }>["items"]): string {
  let html = "";
  const open: string[] = [];
  for (const item of items) {
    const tag = item.ordered ? "ol" : "ul";
    while (open.length > item.depth + 1) html += `</li></${open.pop()}>`;
    if (open.length === item.depth + 1 && open.at(-1) !== tag) html += `</li></${open.pop()}>`;
    if (open.length === item.depth + 1) html += "</li>";
    while (open.length < item.depth + 1) {
      html += item.ordered && item.number !== 1 ? `<ol start="${item.number}">` : `<${tag}>`;
      open.push(tag);
    }
    html += `<li>${runsHtml(item.runs)}`;
  }
  while (open.length > 0) html += `</li></${open.pop()}>`;
  return html;
}

function runsHtml(runs: readonly InlineRun[]): string {
  return runs
    .map((run) => {
      let html = escapeHtml(run.text).replace(/\n/g, "<br>");
      if (run.code) html = `<code>${html}</code>`;
      if (run.italic) html = `<em>${html}</em>`;
      if (run.bold) html = `<strong>${html}</strong>`;
      return html;
    })
    .join("");
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

let fontCss: string | undefined;

function fontFaceCss(): string {
  fontCss ??= [...notoSansFaces(400), ...notoSansFaces(700)]
    .map(
      (face) => `@font-face {
  font-family: "Noto Sans";
  font-style: normal;
  font-weight: ${face.weight};
  src: url(data:font/woff2;base64,${readFileSync(face.woff2Path).toString("base64")}) format("woff2");
  unicode-range: ${face.unicodeRange};
}`,
    )
    .join("\n");
  return fontCss;
}

const REPORT_CSS = `
:root { color-scheme: light; }
body { font-family: "Noto Sans", "Segoe UI", Arial, sans-serif; font-size: 15px; line-height: 1.5;
  color: #1d232a; background: #fff; max-width: 960px; margin: 0 auto; padding: 24px; }
.report-title { font-size: 28px; margin: 0 0 4px; }
.report-subtitle { font-size: 17px; color: #44505c; margin: 0; }
.generated { font-size: 13px; color: #66717c; margin: 4px 0 24px; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.2em 0 0.4em; break-after: avoid; page-break-after: avoid; }
figure { margin: 24px 0; break-inside: avoid; page-break-inside: avoid; }
figure.table { break-inside: auto; page-break-inside: auto; }
.chart svg { display: block; max-width: 100%; height: auto; }
figcaption { font-size: 14px; margin-top: 6px; }
figure.table figcaption { margin: 0 0 6px; }
figcaption .number { font-weight: 700; }
.source, .more-rows { font-size: 12.5px; color: #44505c; margin: 2px 0; overflow-wrap: anywhere; }
.synthetic { display: inline-block; font-size: 13px; font-weight: 700; color: #8a1c00; background: #fff1e6;
  border: 1px solid #d9480f; padding: 2px 8px; margin: 0 0 6px; }
.note { font-style: italic; color: #44505c; }
.table-scroll { overflow-x: auto; }
table { border-collapse: collapse; font-size: 13px; }
th, td { border: 1px solid #c8ced4; padding: 3px 8px; text-align: left; vertical-align: top; }
thead th { background: #eef1f4; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
pre { background: #f4f6f8; padding: 8px 12px; overflow-x: auto; }
code { font-family: "Cascadia Mono", Consolas, "DejaVu Sans Mono", monospace; font-size: 0.92em; }
blockquote { margin: 0.6em 0; padding-left: 12px; border-left: 3px solid #c8ced4; color: #44505c; }
@page { size: A4; margin: 18mm 16mm; }
@media print { body { max-width: none; padding: 0; } .table-scroll { overflow: visible; } }
`;
