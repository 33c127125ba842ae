import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const MANIFEST_RELATIVE_PATH = path.join("osh", "manifest.json");

/**
 * Finds the package's `datasets/` folder by walking up from this module: the same code runs
 * from source (electron/engine/datasets/) and from a build (dist/electron/engine/datasets/),
 * and both have the package root, which holds datasets/osh/manifest.json, above them.
 */
export function resolveDatasetsDir(fromUrl: string = import.meta.url): string {
  const start = path.dirname(fileURLToPath(fromUrl));
  let dir = start;
  for (;;) {
    const candidate = path.join(dir, "datasets");
    if (fs.existsSync(path.join(candidate, MANIFEST_RELATIVE_PATH))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(
        `bundled data not found: no datasets/${MANIFEST_RELATIVE_PATH.replaceAll(path.sep, "/")} in ${start} or any folder above it`,
      );
    }
    dir = parent;
  }
}
