import fs from "node:fs/promises";
import path from "node:path";
import type { Notebook } from "../../../shared/notebook/notebook-schema.ts";
import { serializeNotebook } from "../../../shared/notebook/notebook-serialize.ts";
import { EngineError } from "../engine-error.ts";
import { writeFileAtomic } from "./atomic-write.ts";
import { readNotebookFile } from "./notebook-file-read.ts";

export const RECOVERY_FOLDER = ".recovery";

/** Which open notebook an autosave belongs to: a saved file, or a draft never saved yet. */
export type RecoveryOwner = { path: string } | { draftId: string };

export interface RecoveryItem {
  /** Names the recovery file in restore/discard. */
  key: string;
  /** The saved notebook it belongs to; null for a draft. */
  path: string | null;
  draftId: string | null;
  title: string | null;
  autosavedMs: number;
  /** When the saved file last changed; null when there is none. */
  savedModifiedMs: number | null;
  /** Set when the recovery file itself cannot be read. */
  problem: string | null;
}

const DRAFT_PREFIX = "untitled-";
const KEY_PATTERN = /^[A-Za-z0-9%._-]{1,400}\.json$/;

/**
 * Autosaves of unsaved work, one file per open notebook in `notebooks/.recovery/`: the saved
 * file's path (URI-encoded, so sub-folders flatten into one name) or `untitled-<draftId>`.
 * Each is a complete notebook file, written atomically. A recovery newer than its saved file,
 * with different content, is what the next start offers to restore.
 */
export class NotebookRecovery {
  readonly dir: string;

  constructor(private readonly notebooksDir: string) {
    this.dir = path.join(notebooksDir, RECOVERY_FOLDER);
  }

  keyFor(owner: RecoveryOwner): string {
    return "path" in owner ? encodeURIComponent(owner.path) : `${DRAFT_PREFIX}${owner.draftId}.json`;
  }

  async autosave(owner: RecoveryOwner, notebook: Notebook): Promise<{ key: string; autosavedMs: number }> {
    await fs.mkdir(this.dir, { recursive: true });
    const key = this.keyFor(owner);
    const file = path.join(this.dir, key);
    await writeFileAtomic(file, serializeNotebook(notebook));
    return { key, autosavedMs: (await fs.stat(file)).mtimeMs };
  }

  /** Recoveries worth offering; those older than, or equal to, their saved file are removed. */
  async check(): Promise<RecoveryItem[]> {
    let names: string[];
    try {
      names = (await fs.readdir(this.dir)).filter((n) => KEY_PATTERN.test(n) && !n.startsWith("."));
    } catch {
      return [];
    }
    const items: RecoveryItem[] = [];
    for (const key of names.sort()) {
      const item = await this.inspect(key);
      if (item) items.push(item);
    }
    return items;
  }

  async restore(key: string): Promise<{ notebook: Notebook; path: string | null; draftId: string | null }> {
    const file = this.fileOf(key);
    const read = await readNotebookFile(file, `recovery file ${key}`);
    if (!read.ok) throw new EngineError("invalid_params", read.error.message, undefined, key);
    const owner = this.ownerOf(key);
    return { notebook: read.notebook, path: owner.path, draftId: owner.draftId };
  }

  async discard(key: string): Promise<boolean> {
    const file = this.fileOf(key);
    try {
      await fs.rm(file);
      return true;
    } catch {
      return false;
    }
  }

  /** After a save: the autosaves it supersedes go. */
  async clear(...owners: RecoveryOwner[]): Promise<void> {
    for (const owner of owners) await fs.rm(path.join(this.dir, this.keyFor(owner)), { force: true });
  }

  private async inspect(key: string): Promise<RecoveryItem | null> {
    const file = path.join(this.dir, key);
    const owner = this.ownerOf(key);
    const read = await readNotebookFile(file, `recovery file ${key}`).catch(() => null);
    if (!read) return null;
    let savedModifiedMs: number | null = null;
    if (owner.path !== null) {
      const saved = await readNotebookFile(path.join(this.notebooksDir, owner.path), owner.path).catch(
        () => null,
      );
      if (saved) {
        savedModifiedMs = saved.modifiedMs;
        const sameContent = read.ok && saved.ok && read.text === saved.text;
        if (sameContent || saved.modifiedMs >= read.modifiedMs) {
          await fs.rm(file, { force: true });
          return null;
        }
      }
    }
    return {
      key,
      path: owner.path,
      draftId: owner.draftId,
      title: read.ok ? read.notebook.title : null,
      autosavedMs: read.modifiedMs,
      savedModifiedMs,
      problem: read.ok ? null : read.error.message,
    };
  }

  private ownerOf(key: string): { path: string | null; draftId: string | null } {
    if (key.startsWith(DRAFT_PREFIX))
      return { path: null, draftId: key.slice(DRAFT_PREFIX.length, -".json".length) };
    try {
      return { path: decodeURIComponent(key), draftId: null };
    } catch {
      return { path: null, draftId: null };
    }
  }

  private fileOf(key: string): string {
    if (!KEY_PATTERN.test(key) || key.startsWith(".")) {
      throw new EngineError("invalid_params", `"${key}" does not name a recovery file.`, undefined, key);
    }
    return path.join(this.dir, key);
  }
}
