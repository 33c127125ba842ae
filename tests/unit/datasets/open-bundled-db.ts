import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { loadBundledData } from "../../../electron/engine/datasets/load-bundled-data.ts";
import { resolveDatasetsDir } from "../../../electron/engine/datasets/resolve-datasets-dir.ts";

export interface OpenDb {
  instance: DuckDBInstance;
  conn: DuckDBConnection;
  close(): void;
}

/** A database (in memory unless a path is given) opened the way the engine opens it: no extension downloads. */
export async function openDb(databasePath = ":memory:", threads = "2"): Promise<OpenDb> {
  const instance = await DuckDBInstance.create(databasePath, {
    autoinstall_known_extensions: "false",
    autoload_known_extensions: "false",
    threads,
  });
  const conn = await instance.connect();
  return {
    instance,
    conn,
    close() {
      conn.closeSync();
      instance.closeSync();
    },
  };
}

/** An in-memory database with the real bundled tables loaded from datasets/osh. */
export async function openBundledDb(threads = "2"): Promise<OpenDb> {
  const db = await openDb(":memory:", threads);
  await loadBundledData(db.conn, resolveDatasetsDir());
  return db;
}

export async function rows(conn: DuckDBConnection, sql: string): Promise<Array<Record<string, unknown>>> {
  return (await conn.runAndReadAll(sql)).getRowObjectsJS() as Array<Record<string, unknown>>;
}

export async function scalar(conn: DuckDBConnection, sql: string): Promise<unknown> {
  return (await conn.runAndReadAll(sql)).getRowsJS()[0]?.[0];
}
