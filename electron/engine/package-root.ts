import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The folder holding the app's package.json, from source (tsx) or from a built dist/ layout. */
export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(dir, "package.json");
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, "utf8")).name === "osh-ict-workbench")
      return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("Cannot find the osh-ict-workbench package folder.");
    dir = parent;
  }
}
