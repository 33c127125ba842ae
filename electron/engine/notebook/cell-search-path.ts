import type { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { RESULTS_DB } from "../results-db.ts";

/**
 * Notebook cells read each other's results by bare name (`FROM osh_internet_2022`), and the
 * results live in the attached results database. DuckDB's search_path is per connection (it
 * cannot be set globally), so every connection the engine opens comes from here. The
 * workspace's own `main` comes first: a catalog table always wins over a cell result.
 */
export async function connectResolvingCells(instance: DuckDBInstance): Promise<DuckDBConnection> {
  const conn = await instance.connect();
  try {
    await conn.run(`SET search_path = 'main,${RESULTS_DB}.main'`);
  } catch (e) {
    conn.closeSync();
    throw e;
  }
  return conn;
}
