import { z } from "zod";
import { uniqueCellName } from "./cell-name.ts";
import { NOTEBOOK_VERSION, sourceToLines } from "./notebook-schema.ts";

/**
 * Version 0, the notebook format before cells had names: SQL and markdown cells only, each
 * with its source as one string. Kept so that migrating it is real, tested code; every later
 * format change adds its schema and a step here.
 */
export const NotebookV0Schema = z.object({
  version: z.literal(0),
  title: z.string(),
  cells: z.array(
    z.object({
      id: z.string().min(1),
      kind: z.enum(["sql", "markdown"]),
      source: z.string(),
    }),
  ),
});

/** v0 -> v1: names from the kind and position (sql_1, markdown_2...), source split into lines. */
function v0ToV1(raw: unknown): unknown {
  const v0 = NotebookV0Schema.parse(raw);
  const taken = new Set<string>();
  return {
    version: 1,
    title: v0.title,
    cells: v0.cells.map((c, i) => {
      const name = uniqueCellName(`${c.kind}_${i + 1}`, taken);
      taken.add(name);
      return { id: c.id, name, kind: c.kind, source: sourceToLines(c.source) };
    }),
  };
}

/** MIGRATIONS[v] turns a version-v document into a version-(v+1) one. */
const MIGRATIONS: Record<number, (raw: unknown) => unknown> = { 0: v0ToV1 };

export type MigrationOutcome =
  | { ok: true; value: unknown; migratedFrom: number | null }
  | { ok: false; message: string; future: boolean };

/** Brings a parsed notebook document up to the current version, one step at a time. */
export function migrateNotebook(raw: unknown): MigrationOutcome {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return { ok: false, future: false, message: "not a notebook: the file holds no JSON object" };
  }
  const version = (raw as { version?: unknown }).version;
  if (version === undefined) {
    return { ok: false, future: false, message: 'not a notebook: the file has no "version" field' };
  }
  if (typeof version !== "number" || !Number.isInteger(version) || version < 0) {
    return {
      ok: false,
      future: false,
      message: `version: ${JSON.stringify(version)} is not a notebook format version`,
    };
  }
  if (version > NOTEBOOK_VERSION) {
    return {
      ok: false,
      future: true,
      message: `made by a newer version (v${version}); this app reads up to v${NOTEBOOK_VERSION}`,
    };
  }
  let value: unknown = raw;
  for (let v = version; v < NOTEBOOK_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, future: false, message: `no migration from format v${v}` };
    const parsed = safeStep(step, value, v);
    if (!parsed.ok) return parsed;
    value = parsed.value;
  }
  return { ok: true, value, migratedFrom: version === NOTEBOOK_VERSION ? null : version };
}

function safeStep(
  step: (raw: unknown) => unknown,
  value: unknown,
  from: number,
): { ok: true; value: unknown } | { ok: false; message: string; future: false } {
  try {
    return { ok: true, value: step(value) };
  } catch (e) {
    const detail =
      e instanceof z.ZodError
        ? e.issues.map((i) => `${formatIssuePath(i.path)}: ${i.message}`).join("; ")
        : String(e);
    return { ok: false, future: false, message: `not a valid v${from} notebook: ${detail}` };
  }
}

/** `["cells", 3, "name"]` -> `cells[3].name`; the root is `(file)`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out === "" ? "(file)" : out;
}
