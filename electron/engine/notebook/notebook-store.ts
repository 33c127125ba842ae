import { randomUUID } from "node:crypto";
import type { Dirent } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import type { Notebook } from "../../../shared/notebook/notebook-schema.ts";
import { NOTEBOOK_VERSION } from "../../../shared/notebook/notebook-schema.ts";
import { type NotebookParseError, serializeNotebook } from "../../../shared/notebook/notebook-serialize.ts";
import { EngineError } from "../engine-error.ts";
import { removeLeftoverTemps, writeFileAtomic } from "./atomic-write.ts";
import { fileExists } from "./file-exists.ts";
import { readNotebookFile } from "./notebook-file-read.ts";
import { NOTEBOOKS_FOLDER, resolveNotebookPath } from "./notebook-paths.ts";
import { NotebookRecovery } from "./notebook-recovery.ts";
import { RecentNotebooks } from "./recent-notebooks.ts";

export interface NotebookListEntry {
  path: string;
  title: string | null;
  modifiedMs: number;
  sizeBytes: number;
  /** Why the file cannot be opened, when it cannot. */
  problem: string | null;
}

export type OpenOutcome =
  | { ok: true; path: string; notebook: Notebook; modifiedMs: number; migratedFrom: number | null }
  | { ok: false; path: string; error: NotebookParseError };

export interface SavedNotebook {
  path: string;
  modifiedMs: number;
}

/** Sub-folders deeper than this are not listed (they still open by path). */
const LIST_DEPTH = 4;

/**
 * The workspace's notebook files, in `<workspace>/notebooks/`. Saves are atomic. A file that
 * does not read as a notebook (damaged, or from a newer app) is never written over by Save:
 * only an explicit Save As with `overwrite` replaces it.
 */
export class NotebookStore {
  readonly dir: string;
  readonly recovery: NotebookRecovery;
  readonly recent: RecentNotebooks;
  private swept = false;

  constructor(workspaceDir: string) {
    this.dir = path.join(workspaceDir, NOTEBOOKS_FOLDER);
    this.recovery = new NotebookRecovery(this.dir);
    this.recent = new RecentNotebooks(this.dir);
  }

  async list(): Promise<NotebookListEntry[]> {
    const out: NotebookListEntry[] = [];
    const walk = async (dir: string, depth: number) => {
      let entries: Dirent[];
      try {
        entries = await fs.readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        if (e.name.startsWith(".")) continue;
        const full = path.join(dir, e.name);
        if (e.isDirectory() && depth < LIST_DEPTH) await walk(full, depth + 1);
        else if (e.isFile() && /\.json$/i.test(e.name)) {
          const relative = path.relative(this.dir, full).split(path.sep).join("/");
          const read = await readNotebookFile(full, relative).catch(() => null);
          if (!read) continue;
          const size = (await fs.stat(full)).size;
          out.push({
            path: relative,
            title: read.ok ? read.notebook.title : null,
            modifiedMs: read.modifiedMs,
            sizeBytes: size,
            problem: read.ok ? null : read.error.message,
          });
        }
      }
    };
    await walk(this.dir, 0);
    return out.sort((a, b) => a.path.localeCompare(b.path));
  }

  async open(requested: string): Promise<OpenOutcome> {
    const p = await resolveNotebookPath(this.dir, requested);
    const read = await readNotebookFile(p.absolute, p.relative);
    if (!read.ok) return { ok: false, path: p.relative, error: read.error };
    await this.recent.touch(p.relative);
    return {
      ok: true,
      path: p.relative,
      notebook: read.notebook,
      modifiedMs: read.modifiedMs,
      migratedFrom: read.migratedFrom,
    };
  }

  /** Save over the notebook's own file (or create it). Refuses to replace an unreadable file. */
  async save(requested: string, notebook: Notebook, draftId?: string): Promise<SavedNotebook> {
    const p = await resolveNotebookPath(this.dir, requested);
    const existing = await readNotebookFile(p.absolute, p.relative).catch((e: unknown) => {
      if (e instanceof EngineError && e.code === "not_found") return null;
      throw e;
    });
    if (existing && !existing.ok) {
      throw new EngineError(
        "invalid_params",
        `Not saved: ${existing.error.message}. The file is left as it is; use Save As to save under another name.`,
        undefined,
        p.relative,
      );
    }
    return this.write(p.relative, p.absolute, notebook, draftId);
  }

  /** Save under a new name; an existing file there is replaced only with `overwrite`. */
  async saveAs(
    requested: string,
    notebook: Notebook,
    opts: { overwrite?: boolean; draftId?: string; previousPath?: string } = {},
  ): Promise<SavedNotebook> {
    const p = await resolveNotebookPath(this.dir, requested);
    if (!opts.overwrite && (await fileExists(p.absolute))) {
      throw new EngineError(
        "invalid_params",
        `Not saved: ${p.relative} already exists. Choose another name or confirm replacing it.`,
        undefined,
        p.relative,
      );
    }
    const saved = await this.write(p.relative, p.absolute, notebook, opts.draftId);
    if (opts.previousPath) await this.recovery.clear({ path: opts.previousPath });
    return saved;
  }

  /** A new, unsaved notebook with one empty SQL cell, and the draft id its autosaves go under. */
  create(title: string): { notebook: Notebook; draftId: string } {
    return {
      notebook: {
        version: NOTEBOOK_VERSION,
        title,
        cells: [{ id: randomUUID(), name: "query_1", kind: "sql", source: "" }],
      },
      draftId: randomUUID(),
    };
  }

  /** Temporary files a crash left behind go once, before this engine run writes anything. */
  async sweepLeftovers(): Promise<void> {
    if (this.swept) return;
    this.swept = true;
    await removeLeftoverTemps(this.dir);
    await removeLeftoverTemps(this.recovery.dir);
  }

  private async write(relative: string, absolute: string, notebook: Notebook, draftId?: string) {
    await fs.mkdir(path.dirname(absolute), { recursive: true });
    await writeFileAtomic(absolute, serializeNotebook(notebook));
    await this.recovery.clear({ path: relative }, ...(draftId ? [{ draftId }] : []));
    await this.recent.touch(relative);
    return { path: relative, modifiedMs: (await fs.stat(absolute)).mtimeMs };
  }
}
