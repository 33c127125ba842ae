import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A private folder for re-encoded copies; removed with everything in it when the import ends. */
export interface ImportTempDir {
  path: string;
  file(name: string): string;
  remove(): Promise<void>;
}

export async function createImportTempDir(): Promise<ImportTempDir> {
  const path = await mkdtemp(join(tmpdir(), "osh-import-"));
  return {
    path,
    file: (name) => join(path, name),
    remove: () => rm(path, { recursive: true, force: true }),
  };
}
