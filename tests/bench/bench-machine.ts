import os from "node:os";
import { DuckDBInstance } from "@duckdb/node-api";

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryMB: number;
  node: string;
  duckdb: string;
  os: string;
}

/** The machine a result file was measured on, so figures from different machines are not mixed up. */
export async function describeMachine(): Promise<MachineInfo> {
  const instance = await DuckDBInstance.create(":memory:");
  try {
    const conn = await instance.connect();
    const duckdb = String((await conn.runAndReadAll("SELECT version()")).getRows()[0]?.[0]);
    conn.closeSync();
    return {
      cpus: os.availableParallelism(),
      cpuModel: os.cpus()[0]?.model ?? "unknown",
      memoryMB: Math.round(os.totalmem() / 1024 ** 2),
      node: process.version,
      duckdb,
      os: `${os.type()} ${os.release()} ${os.arch()}`,
    };
  } finally {
    instance.closeSync();
  }
}
