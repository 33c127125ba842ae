import type { DuckDBConnection } from "@duckdb/node-api";

export interface BootstrapOptions {
  workspaceDir: string;
  bundledData: boolean;
}

/** What every workspace has before the first query: bookkeeping schema, macros, bundled data. */
export async function bootstrapWorkspace(conn: DuckDBConnection, opts: BootstrapOptions): Promise<void> {
  await conn.run("CREATE SCHEMA IF NOT EXISTS workbench_meta");
  void opts;
}
