import { lineColumnAt } from "../sql/split-statements.ts";
import { findJsonSyntaxError } from "./json-syntax-error.ts";
import { formatIssuePath, migrateNotebook } from "./notebook-migrations.ts";
import { type Notebook, NotebookFileSchema, notebookFromFile, notebookToFile } from "./notebook-schema.ts";

/**
 * The notebook file is JSON made to diff well: keys in a fixed order, two-space indent, one
 * cell per object, each source line on a line of its own, a trailing newline. Options (chart
 * specs, gap configs, input settings) have their keys sorted, so the same notebook always
 * gives the same bytes.
 */
export function serializeNotebook(notebook: Notebook): string {
  const file = notebookToFile(notebook);
  const ordered = {
    version: file.version,
    title: file.title,
    cells: file.cells.map((c) => ({
      id: c.id,
      name: c.name,
      kind: c.kind,
      hideInSlides: c.hideInSlides === true ? true : undefined,
      source: c.source,
      options: "options" in c ? sortKeys(c.options) : undefined,
    })),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
  return out;
}

export type NotebookProblemKind = "syntax" | "future" | "invalid";

export interface NotebookParseError {
  kind: NotebookProblemKind;
  /** Says where: line and column for JSON errors, the field path (cells[3].name) otherwise. */
  message: string;
  line?: number;
  column?: number;
  /** Field path of a schema problem, e.g. `cells[3].name`. */
  path?: string;
}

export type ParseNotebookOutcome =
  | { ok: true; notebook: Notebook; migratedFrom: number | null }
  | { ok: false; error: NotebookParseError };

/** Reads notebook file text: JSON, then migrations up to the current version, then the schema. */
export function parseNotebook(text: string): ParseNotebookOutcome {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (e) {
    const found = findJsonSyntaxError(body);
    if (!found)
      return { ok: false, error: { kind: "syntax", message: `not valid JSON: ${(e as Error).message}` } };
    const { line, column } = lineColumnAt(body, found.offset);
    return {
      ok: false,
      error: { kind: "syntax", message: `line ${line}, column ${column}: ${found.reason}`, line, column },
    };
  }
  const migrated = migrateNotebook(raw);
  if (!migrated.ok) {
    return { ok: false, error: { kind: migrated.future ? "future" : "invalid", message: migrated.message } };
  }
  const parsed = NotebookFileSchema.safeParse(migrated.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = formatIssuePath(issue.path);
    const more =
      parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more problems)` : "";
    return { ok: false, error: { kind: "invalid", message: `${path}: ${issue.message}${more}`, path } };
  }
  return { ok: true, notebook: notebookFromFile(parsed.data), migratedFrom: migrated.migratedFrom };
}
