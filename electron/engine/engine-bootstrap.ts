import type { DuckDBConnection } from "@duckdb/node-api";
import { loadBundledData } from "./datasets/load-bundled-data.ts";
import { resolveDatasetsDir } from "./datasets/resolve-datasets-dir.ts";
import { registerGapMacros } from "./gap/gap-macros.ts";

export interface BootstrapOptions {
  workspaceDir: string;
  bundledData: boolean;
}

/** What every workspace has before the first query: bookkeeping schema, macros, bundled data. */
export async function bootstrapWorkspace(conn: DuckDBConnection, opts: BootstrapOptions): Promise<void> {
  await conn.run("CREATE SCHEMA IF NOT EXISTS workbench_meta");
  await registerGapMacros(conn);
  if (opts.bundledData) await loadBundledData(conn, resolveDatasetsDir());
}
