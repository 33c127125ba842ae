import fs from "node:fs/promises";
import path from "node:path";
import { parseNotebook } from "../../../shared/notebook/notebook-serialize.ts";
import { writeFileAtomic } from "./atomic-write.ts";
import { fileExists } from "./file-exists.ts";
import type { NotebookStore } from "./notebook-store.ts";

export const STARTER_FILE = "osh-ict-overview.json";
/** Present once the starter was copied, so a user who deletes it does not get it back. */
const INSTALLED_MARKER = ".starter-installed";

/** The starter notebook as bundled: `<datasets>/notebooks/osh-ict-overview.json`. */
export function bundledStarterPath(datasetsDir: string): string {
  return path.join(datasetsDir, "notebooks", STARTER_FILE);
}

/**
 * On a workspace's first start, copies the bundled starter notebook into its notebooks folder
 * (never over an existing file of that name) and says so, so the UI opens it.
 */
export async function installStarterNotebook(
  store: NotebookStore,
  datasetsDir: string,
): Promise<{ path: string | null; firstStart: boolean }> {
  const target = path.join(store.dir, STARTER_FILE);
  const marker = path.join(store.dir, INSTALLED_MARKER);
  if (await fileExists(marker))
    return { path: (await fileExists(target)) ? STARTER_FILE : null, firstStart: false };
  const source = bundledStarterPath(datasetsDir);
  const text = await fs.readFile(source, "utf8");
  const parsed = parseNotebook(text);
  if (!parsed.ok)
    throw new Error(`The bundled starter notebook ${source} is broken: ${parsed.error.message}`);
  await fs.mkdir(store.dir, { recursive: true });
  if (!(await fileExists(target))) await writeFileAtomic(target, text);
  await writeFileAtomic(marker, `${new Date().toISOString()}\n`);
  await store.recent.touch(STARTER_FILE);
  return { path: STARTER_FILE, firstStart: true };
}
