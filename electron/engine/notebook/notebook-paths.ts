import fs from "node:fs/promises";
import path from "node:path";
import { EngineError } from "../engine-error.ts";

export const NOTEBOOKS_FOLDER = "notebooks";

export interface NotebookPath {
  absolute: string;
  /** Relative to the notebooks folder, with "/" separators: how the UI names the file. */
  relative: string;
}

/**
 * Resolves a notebook path (relative to the notebooks folder, or absolute inside it) and
 * refuses anything that would leave the folder: `..`, absolute paths elsewhere, symbolic links
 * pointing out, and hidden names (the folder keeps its recovery files and lists under dot
 * names). Notebook files end in `.json`.
 */
export async function resolveNotebookPath(notebooksDir: string, requested: string): Promise<NotebookPath> {
  const refuse = (why: string): never => {
    throw new EngineError("invalid_params", `Notebook path "${requested}" ${why}.`, undefined, requested);
  };
  if (requested.trim() === "" || requested.includes("\u0000")) refuse("is empty or not a file name");
  const root = path.resolve(notebooksDir);
  const absolute = path.resolve(root, requested);
  const relative = path.relative(root, absolute);
  if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) {
    refuse(`is outside the notebooks folder ${root}`);
  }
  const parts = relative.split(path.sep);
  if (parts.some((p) => p.startsWith("."))) refuse("names a hidden file or folder");
  if (!/\.json$/i.test(absolute)) refuse("does not end in .json");
  await refuseLinksOut(root, absolute, refuse);
  return { absolute, relative: parts.join("/") };
}

/** The nearest existing ancestor (or the file itself) must really be inside the folder. */
async function refuseLinksOut(root: string, absolute: string, refuse: (why: string) => never): Promise<void> {
  let realRoot: string;
  try {
    realRoot = await fs.realpath(root);
  } catch {
    return; // No folder yet: nothing in it can link anywhere.
  }
  let probe = absolute;
  for (;;) {
    try {
      const real = await fs.realpath(probe);
      const rel = path.relative(realRoot, real);
      if (rel.startsWith("..") || path.isAbsolute(rel))
        refuse("leads outside the notebooks folder through a link");
      return;
    } catch (e) {
      if (e instanceof EngineError) throw e;
      const parent = path.dirname(probe);
      if (parent === probe) return;
      probe = parent;
    }
  }
}
