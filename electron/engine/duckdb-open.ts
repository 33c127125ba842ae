import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";

export interface DatabaseLimits {
  threads: number;
  /** DuckDB memory_limit setting, e.g. "14GB". */
  memoryLimit: string;
}

/** Threads from the cores we have; memory at 60% of RAM so the UI and the OS keep room. */
export function limitsFromMachine(): DatabaseLimits {
  const threads = Math.max(1, os.availableParallelism());
  const gb = Math.max(1, Math.floor((os.totalmem() * 0.6) / 1024 ** 3));
  return { threads, memoryLimit: `${gb}GB` };
}

/**
 * Opens the workspace database. Extension autoinstall/autoload are off: offline, a missing
 * extension must fail at once with DuckDB's message, not hang on a download.
 */
export async function openDatabase(databasePath: string, limits: DatabaseLimits): Promise<DuckDBInstance> {
  if (databasePath !== ":memory:") fs.mkdirSync(path.dirname(databasePath), { recursive: true });
  return DuckDBInstance.create(databasePath, {
    autoinstall_known_extensions: "false",
    autoload_known_extensions: "false",
    threads: String(limits.threads),
    memory_limit: limits.memoryLimit,
  });
}
