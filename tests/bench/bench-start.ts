import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { connectClient } from "./bench-client.ts";
import { aggregateSql, createBenchTableSql, ROWS_10M, TABLE_10M } from "./bench-data.ts";
import type { Metric } from "./bench-metric.ts";
import { median } from "./bench-stats.ts";
import { residentMB, type ServerBuild, type SpawnedServer, spawnServer } from "./spawned-server.ts";

const COLD_RUNS = 3;
const WARM_RUNS = 3;

/** From spawning `osh-workbench serve` until catalog.list answers over the WebSocket with tables. */
async function timeStart(
  workspace: string,
  build: ServerBuild = "built",
): Promise<{ ms: number; server: SpawnedServer }> {
  const started = performance.now();
  const server = await spawnServer(workspace, build);
  try {
    const client = await connectClient(server.port, server.token);
    const { tables } = await client.call("catalog.list", {});
    const ms = performance.now() - started;
    client.close();
    if (tables.length === 0)
      throw new Error("catalog.list answered with no tables: the bundled data is missing");
    return { ms, server };
  } catch (e) {
    await server.stop();
    throw e;
  }
}

/** Compiles the engine and CLI as `npm run build` does for the desktop package. */
function buildEngine(): void {
  const r = spawnSync("npx", ["tsc", "-p", "tsconfig.electron.json"], { stdio: "inherit" });
  if (r.status !== 0) throw new Error("tsc -p tsconfig.electron.json failed");
}

/**
 * Engine start, measured on the compiled engine the desktop package ships: a cold start (fresh workspace: bundled data loaded into it) and a warm start (the
 * workspace already has it). Then the engine's resident memory with a 10M-row table loaded and
 * the aggregate run on it, read from /proc of the server process.
 */
export async function benchStart(): Promise<Metric[]> {
  const dirs: string[] = [];
  const freshWorkspace = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "osh-bench-start-"));
    dirs.push(dir);
    return dir;
  };
  try {
    buildEngine();
    // Warm-up: the OS file cache (and tsx's transform cache for the source run), not measured.
    await (await timeStart(freshWorkspace())).server.stop();
    await (await timeStart(freshWorkspace(), "source")).server.stop();
    const cold: number[] = [];
    let workspace = "";
    for (let run = 0; run < COLD_RUNS; run++) {
      workspace = freshWorkspace();
      const { ms, server } = await timeStart(workspace);
      await server.stop();
      cold.push(ms);
    }
    const warm: number[] = [];
    const fromSource: number[] = [];
    for (let run = 0; run < WARM_RUNS; run++) {
      const built = await timeStart(workspace);
      await built.server.stop();
      warm.push(built.ms);
      const source = await timeStart(workspace, "source");
      await source.server.stop();
      fromSource.push(source.ms);
    }

    const { server } = await timeStart(workspace);
    let idle: number;
    let loaded: number;
    try {
      idle = residentMB(server.pid);
      const client = await connectClient(server.port, server.token);
      await client.call("sql.run", { sql: createBenchTableSql(TABLE_10M, ROWS_10M) });
      for (let run = 0; run < 3; run++) await client.call("sql.run", { sql: aggregateSql(TABLE_10M) });
      loaded = residentMB(server.pid);
      client.close();
    } finally {
      await server.stop();
    }
    return [
      {
        name: "engine_start_ms",
        value: median(warm),
        unit: "ms",
        goal: { op: "<=", target: 1000 },
        note: "warm, compiled engine as shipped: spawn osh-workbench serve on a workspace with the bundled data -> catalog.list answered",
      },
      {
        name: "engine_start_source_ms",
        value: median(fromSource),
        unit: "ms",
        note: "the same from the TypeScript source through tsx, as web mode runs from a checkout",
      },
      {
        name: "engine_start_cold_ms",
        value: median(cold),
        unit: "ms",
        note: "fresh workspace: bundled data loaded first",
      },
      { name: "engine_rss_idle_mb", value: idle, unit: "MB" },
      {
        name: "engine_rss_10m_mb",
        value: loaded,
        unit: "MB",
        note: "VmRSS of the server with the 10M-row table created and aggregated three times",
      },
    ];
  } finally {
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  }
}
