import { type ChildProcess, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * Starts `osh-workbench serve` on a fresh workspace, as a user would, and hands its URL to
 * the tests through the environment. Returns the teardown.
 */
export default async function startWebMode(): Promise<() => Promise<void>> {
  const root = path.resolve(import.meta.dirname, "../..");
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), "osh-e2e-workspace-"));
  const token = crypto.randomBytes(24).toString("hex");
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(root, "bin/osh-workbench.mjs"), "serve", "--port", "0", "--workspace", workspace],
    { cwd: root, env: { ...process.env, OSH_WORKBENCH_TOKEN: token }, stdio: ["ignore", "pipe", "pipe"] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`web mode did not start:\n${out}`)), 120_000);
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
    child.on("exit", (code) => reject(new Error(`web mode exited with ${code}:\n${out}`)));
  });
  process.env.OSH_E2E_URL = url;
  process.env.OSH_E2E_WORKSPACE = workspace;
  return async () => {
    child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 300));
    fs.rmSync(workspace, { recursive: true, force: true });
  };
}
