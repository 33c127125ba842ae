import fs from "node:fs/promises";
import type { Notebook } from "../../../shared/notebook/notebook-schema.ts";
import { type NotebookParseError, parseNotebook } from "../../../shared/notebook/notebook-serialize.ts";
import { EngineError } from "../engine-error.ts";

/** Notebooks are text and small; anything far bigger is not one of ours. */
export const MAX_NOTEBOOK_BYTES = 50 * 1024 * 1024;

export type NotebookFileRead =
  | { ok: true; notebook: Notebook; migratedFrom: number | null; modifiedMs: number; text: string }
  | { ok: false; error: NotebookParseError; modifiedMs: number };

/**
 * Reads and checks a notebook file. A missing file is a `not_found` error; a file that is not
 * a readable notebook comes back as `ok: false` with a message that names it (`shown` is the
 * name the user knows it by).
 */
export async function readNotebookFile(absolute: string, shown: string): Promise<NotebookFileRead> {
  let stat: Awaited<ReturnType<typeof fs.stat>>;
  try {
    stat = await fs.stat(absolute);
  } catch {
    throw new EngineError("not_found", `Notebook ${shown} does not exist.`, undefined, shown);
  }
  if (!stat.isFile())
    throw new EngineError("not_found", `Notebook ${shown} is not a file.`, undefined, shown);
  const modifiedMs = stat.mtimeMs;
  if (stat.size > MAX_NOTEBOOK_BYTES) {
    return {
      ok: false,
      modifiedMs,
      error: {
        kind: "invalid",
        message: `${shown}: ${stat.size} bytes is too big for a notebook (limit ${MAX_NOTEBOOK_BYTES})`,
      },
    };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await fs.readFile(absolute));
  } catch {
    return {
      ok: false,
      modifiedMs,
      error: { kind: "syntax", message: `${shown}: the file is not UTF-8 text` },
    };
  }
  const parsed = parseNotebook(text);
  if (!parsed.ok)
    return {
      ok: false,
      modifiedMs,
      error: { ...parsed.error, message: `${shown}: ${parsed.error.message}` },
    };
  return { ok: true, notebook: parsed.notebook, migratedFrom: parsed.migratedFrom, modifiedMs, text };
}
