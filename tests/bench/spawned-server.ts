import { type ChildProcess, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { packageRoot } from "../../electron/engine/package-root.ts";

/** `osh-workbench serve` in its own process, as a user starts web mode. */
export interface SpawnedServer {
  child: ChildProcess;
  pid: number;
  port: number;
  token: string;
  url: string;
  stop(): Promise<void>;
}

/**
 * How the server runs: "source" = the TypeScript through tsx (`bin/osh-workbench.mjs`, as web mode
 * runs from a checkout); "built" = the compiled JavaScript of `npm run build:electron`, as the
 * desktop package ships it.
 */
export type ServerBuild = "source" | "built";

export const BUILT_CLI = "dist/electron/cli/osh-workbench.js";

export async function spawnServer(workspace: string, build: ServerBuild = "source"): Promise<SpawnedServer> {
  const root = packageRoot();
  const entry = path.join(root, build === "source" ? "bin/osh-workbench.mjs" : BUILT_CLI);
  if (!fs.existsSync(entry)) throw new Error(`${entry} is missing: run npm run build:electron first`);
  const token = crypto.randomBytes(24).toString("hex");
  const child = spawn(process.execPath, [entry, "serve", "--port", "0", "--workspace", workspace], {
    cwd: root,
    env: { ...process.env, OSH_WORKBENCH_TOKEN: token },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = "";
      const timer = setTimeout(
        () => reject(new Error(`osh-workbench serve did not start in 60 s:\n${out}`)),
        60_000,
      );
      child.stdout!.on("data", (d: Buffer) => {
        out += d.toString();
        const m = /running at (http:\/\/\S+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
      child.stderr!.on("data", (d: Buffer) => {
        out += d.toString();
      });
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`osh-workbench serve exited with ${code}:\n${out}`));
      });
    });
    return { child, pid: child.pid!, port: Number(new URL(url).port), token, url, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** Resident memory of a process in MB, from /proc (Linux). */
export function residentMB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = /VmRSS:\s+(\d+) kB/.exec(status);
  if (!kb) throw new Error(`no VmRSS in /proc/${pid}/status`);
  return Number(kb[1]) / 1024;
}
