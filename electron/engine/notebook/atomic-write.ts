import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";

/** Temporary files are hidden (leading dot) and end in this, so listings skip them. */
export const TEMP_SUFFIX = ".tmp";

/**
 * Replaces `target` so that after a crash at any moment the file holds either the old or the
 * new content, never a mix: the data goes to a temporary file in the same folder (so the
 * rename cannot cross file systems), is flushed to disk, renamed over the target, and the
 * folder entry is flushed too.
 */
export async function writeFileAtomic(target: string, data: string): Promise<void> {
  const temp = await writeTempBeside(target, data);
  try {
    await commitTemp(temp, target);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw e;
  }
}

/** First half of an atomic write: the data, flushed, in a new hidden file next to `target`. */
export async function writeTempBeside(target: string, data: string): Promise<string> {
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString("hex")}${TEMP_SUFFIX}`,
  );
  const handle = await fs.open(temp, "wx");
  try {
    await handle.writeFile(data, "utf8");
    await handle.sync();
  } catch (e) {
    await handle.close();
    await fs.rm(temp, { force: true });
    throw e;
  }
  await handle.close();
  return temp;
}

/** Second half: the rename that makes the new content visible, and the folder flush. */
export async function commitTemp(temp: string, target: string): Promise<void> {
  await fs.rename(temp, target);
  await syncDirectory(path.dirname(target));
}

async function syncDirectory(dir: string): Promise<void> {
  // Windows cannot open a folder for flushing; NTFS journals the rename itself.
  if (process.platform === "win32") return;
  const handle = await fs.open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Removes temporary files a crash left behind in `dir` (call when no write is under way). */
export async function removeLeftoverTemps(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith(".") && name.endsWith(TEMP_SUFFIX))
      await fs.rm(path.join(dir, name), { force: true });
  }
}
