import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { Engine } from "../../electron/engine/engine.ts";
import { packageRoot } from "../../electron/engine/package-root.ts";
import { startWebServer, type WebServer } from "../../electron/web/web-server.ts";
import type { EngineClient } from "../../shared/protocol/engine-client.ts";
import { connectClient } from "./bench-client.ts";
import { createArrowTableSql, createBenchTableSql, ROWS_10M, TABLE_10M } from "./bench-data.ts";

/**
 * One engine for the query, Arrow, chart and grid groups: an Engine on a fresh file-backed
 * workspace, served by the real web server, reached by the real client over a WebSocket. `plain`
 * is a bare @duckdb/node-api connection to the same database, for DuckDB's own times.
 */
export interface BenchEngine {
  engine: Engine;
  client: EngineClient;
  plain: DuckDBConnection;
  close(): Promise<void>;
}

export async function openBenchEngine(): Promise<BenchEngine> {
  const workspaceDir = fs.mkdtempSync(path.join(os.tmpdir(), "osh-bench-engine-"));
  // Bundled data plays no part in these measurements; engine start is measured on its own.
  const engine = await Engine.open({ workspaceDir, bundledData: false });
  let server: WebServer | undefined;
  try {
    const plain = await engine.instance.connect();
    await plain.run(createBenchTableSql(TABLE_10M, ROWS_10M));
    await plain.run(createArrowTableSql());
    await plain.run("CHECKPOINT");
    server = await startWebServer({ engine, staticDir: path.join(packageRoot(), "dist", "renderer") });
    const client = await connectClient(server.port, server.token);
    const opened = server;
    return {
      engine,
      client,
      plain,
      close: async () => {
        client.close();
        await opened.close();
        plain.closeSync();
        engine.close();
        fs.rmSync(workspaceDir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await server?.close();
    engine.close();
    fs.rmSync(workspaceDir, { recursive: true, force: true });
    throw e;
  }
}
