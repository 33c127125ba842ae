import { marked, type Token, type Tokens } from "marked";
import { fillString, REPORT_STRINGS_EN } from "../../../shared/report/report-strings.ts";

/**
 * Markdown reduced to what a report needs, for the writers to render in their own terms.
 * Raw HTML is kept as its text only and images as their alt text: an exported report must
 * neither run markup from a notebook nor point at files outside itself.
 */
export interface InlineRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
}

export interface ListItem {
  runs: InlineRun[];
  /** 0 for a top-level item, 1 for an item nested in it, … */
  depth: number;
  ordered: boolean;
  /** The item's number in an ordered list. */
  number: number;
}

export type MarkdownBlockPart =
  | { kind: "heading"; level: 1 | 2 | 3 | 4 | 5 | 6; runs: InlineRun[] }
  | { kind: "paragraph"; runs: InlineRun[] }
  | { kind: "quote"; runs: InlineRun[] }
  | { kind: "list"; items: ListItem[] }
  | { kind: "code"; text: string }
  | { kind: "table"; header: InlineRun[][]; rows: InlineRun[][][] }
  | { kind: "rule" };

type Style = Omit<InlineRun, "text">;

export function markdownBlocks(source: string): MarkdownBlockPart[] {
  return marked.lexer(source).flatMap(blockParts);
}

/** The text of runs, for places that take plain strings (slide titles, alt text). */
export function runsText(runs: readonly InlineRun[]): string {
  return runs.map((r) => r.text).join("");
}

function blockParts(token: Token): MarkdownBlockPart[] {
  switch (token.type) {
    case "heading": {
      const t = token as Tokens.Heading;
      return [{ kind: "heading", level: clampLevel(t.depth), runs: inlineRuns(t.tokens) }];
    }
    case "paragraph":
      return nonEmpty({ kind: "paragraph", runs: inlineRuns((token as Tokens.Paragraph).tokens) });
    case "text": {
      const t = token as Tokens.Text;
      return nonEmpty({ kind: "paragraph", runs: t.tokens ? inlineRuns(t.tokens) : plain(t.text) });
    }
    case "blockquote":
      return (token as Tokens.Blockquote).tokens
        .flatMap(blockParts)
        .map((part) => (part.kind === "paragraph" ? { kind: "quote", runs: part.runs } : part));
    case "list":
      return [{ kind: "list", items: listItems(token as Tokens.List, 0) }];
    case "code":
      return [{ kind: "code", text: (token as Tokens.Code).text }];
    case "table": {
      const t = token as Tokens.Table;
      return [
        {
          kind: "table",
          header: t.header.map((cell) => inlineRuns(cell.tokens)),
          rows: t.rows.map((row) => row.map((cell) => inlineRuns(cell.tokens))),
        },
      ];
    }
    case "hr":
      return [{ kind: "rule" }];
    case "html":
      return nonEmpty({ kind: "paragraph", runs: plain(stripTags((token as Tokens.HTML).text).trim()) });
    default:
      // space, def (link definitions) and checkbox tokens carry nothing to show on their own.
      return [];
  }
}

function listItems(list: Tokens.List, depth: number): ListItem[] {
  const start = typeof list.start === "number" ? list.start : 1;
  return list.items.flatMap((item, i) => {
    const runs: InlineRun[] = item.task ? plain(item.checked ? "[x] " : "[ ] ") : [];
    const nested: ListItem[] = [];
    let parts = 0;
    for (const child of item.tokens) {
      if (child.type === "list") {
        nested.push(...listItems(child as Tokens.List, depth + 1));
        continue;
      }
      for (const part of blockParts(child)) {
        const partRuns =
          "runs" in part ? part.runs : part.kind === "code" ? [{ code: true, text: part.text }] : [];
        if (partRuns.length === 0) continue;
        // The paragraphs of a loose item read as one line in the flattened list.
        if (parts++ > 0) runs.push({ text: " " });
        runs.push(...partRuns);
      }
    }
    return [{ runs, depth, ordered: list.ordered, number: start + i }, ...nested];
  });
}

function inlineRuns(tokens: readonly Token[], style: Style = {}): InlineRun[] {
  const runs: InlineRun[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case "strong":
        runs.push(...inlineRuns((token as Tokens.Strong).tokens, { ...style, bold: true }));
        break;
      case "em":
        runs.push(...inlineRuns((token as Tokens.Em).tokens, { ...style, italic: true }));
        break;
      case "del":
        runs.push(...inlineRuns((token as Tokens.Del).tokens, style));
        break;
      case "codespan":
        runs.push({ ...style, code: true, text: decodeEntities((token as Tokens.Codespan).text) });
        break;
      case "br":
        runs.push({ ...style, text: "\n" });
        break;
      case "link": {
        const t = token as Tokens.Link;
        const text = runsText(inlineRuns(t.tokens));
        // Printed reports cannot be clicked, so the address is written out beside its text.
        const shown =
          text === t.href ? text : fillString(REPORT_STRINGS_EN.linkWithUrl, { text, url: t.href });
        runs.push({ ...style, text: shown });
        break;
      }
      case "image":
        runs.push({
          ...style,
          text: fillString(REPORT_STRINGS_EN.imageOmitted, { alt: (token as Tokens.Image).text }),
        });
        break;
      case "html":
        runs.push({ ...style, text: decodeEntities(stripTags((token as Tokens.Tag).text)) });
        break;
      default: {
        const t = token as Tokens.Text | Tokens.Escape;
        if ("tokens" in t && t.tokens) runs.push(...inlineRuns(t.tokens, style));
        // A single line break inside a paragraph is a space in markdown.
        else runs.push({ ...style, text: decodeEntities(t.text.replace(/\n/g, " ")) });
      }
    }
  }
  return mergeRuns(runs.filter((r) => r.text !== ""));
}

function mergeRuns(runs: InlineRun[]): InlineRun[] {
  const merged: InlineRun[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && last.bold === run.bold && last.italic === run.italic && last.code === run.code) {
      last.text += run.text;
    } else merged.push({ ...run });
  }
  return merged;
}

function plain(text: string): InlineRun[] {
  return text === "" ? [] : [{ text }];
}

function nonEmpty(part: { kind: "paragraph"; runs: InlineRun[] }): MarkdownBlockPart[] {
  return runsText(part.runs).trim() === "" ? [] : [part];
}

function clampLevel(depth: number): 1 | 2 | 3 | 4 | 5 | 6 {
  return Math.min(6, Math.max(1, depth)) as 1 | 2 | 3 | 4 | 5 | 6;
}

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, "");
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}
