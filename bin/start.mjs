#!/usr/bin/env node
// `npm start`: the desktop window when the Electron runtime is installed, web mode otherwise.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const passThrough = process.argv.slice(2);

function npmRun(script) {
  const r = spawnSync("npm", ["run", "--silent", script], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/**
 * Finds the runtime the electron package downloads at install time. Read from its files
 * rather than `require("electron")`, which would try to download it now: no network here.
 */
function electronBinary() {
  const pkg = path.join(root, "node_modules", "electron");
  const pathFile = path.join(pkg, "path.txt");
  if (!fs.existsSync(pathFile)) {
    return {
      why: "its binary was not downloaded at install time (no network, or ELECTRON_SKIP_BINARY_DOWNLOAD)",
    };
  }
  const binary = path.join(pkg, "dist", fs.readFileSync(pathFile, "utf8").trim());
  return fs.existsSync(binary) ? { binary } : { why: `${binary} is missing` };
}

const electron = electronBinary();
if (electron.binary && !process.env.OSH_WORKBENCH_WEB) {
  npmRun("build");
  const child = spawn(electron.binary, [path.join(root, "dist/electron/main/main.js"), ...passThrough], {
    cwd: root,
    stdio: "inherit",
  });
  child.on("exit", (code) => process.exit(code ?? 0));
} else {
  console.log(
    `The Electron runtime is not available (${electron.why ?? "OSH_WORKBENCH_WEB is set"}); ` +
      "starting the web mode instead: the same workbench in your browser, served on 127.0.0.1 only.",
  );
  npmRun("build:renderer");
  const child = spawn(
    process.execPath,
    [path.join(root, "bin/osh-workbench.mjs"), "serve", "--open", ...passThrough],
    {
      cwd: root,
      stdio: "inherit",
    },
  );
  child.on("exit", (code) => process.exit(code ?? 0));
}
