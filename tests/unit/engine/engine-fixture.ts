import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Engine } from "../../../electron/engine/engine.ts";

/** A real engine on a throwaway workspace; bundled data off unless asked for, to keep tests quick. */
export async function openTestEngine(
  opts: { bundledData?: boolean } = {},
): Promise<{ engine: Engine; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "osh-engine-test-"));
  const engine = await Engine.open({
    workspaceDir: dir,
    bundledData: opts.bundledData ?? false,
    census: false,
    limits: { threads: 2, memoryLimit: "2GB" },
  });
  return { engine, dir };
}

export function closeTestEngine({ engine, dir }: { engine: Engine; dir: string }): void {
  engine.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
