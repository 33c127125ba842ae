import { randomUUID } from "node:crypto";
import { rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { ExportError } from "./export-error.ts";

/**
 * Writes through a temp file beside the target and renames it into place, so a failed or
 * interrupted export never leaves a truncated file where a good one was.
 */
export async function writeAtomically<T>(file: string, write: (tempPath: string) => Promise<T>): Promise<T> {
  const temp = join(dirname(file), `.${basename(file)}.${randomUUID().slice(0, 8)}.partial`);
  try {
    const result = await write(temp);
    await rename(temp, file).catch((error: unknown) => {
      const code = (error as NodeJS.ErrnoException).code;
      const hint =
        code === "EBUSY" || code === "EPERM" ? " (is it open in another program, such as Excel?)" : "";
      throw new ExportError(
        "WRITE_FAILED",
        file,
        `cannot replace the file${hint}: ${(error as Error).message}`,
      );
    });
    return result;
  } finally {
    await rm(temp, { force: true });
  }
}
