import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";

/** A real in-memory DuckDB and a private temp folder for the files a test generates. */
export interface ImportTestEnv {
  conn: DuckDBConnection;
  dir: string;
  /** Writes a file into the temp folder and returns its path. */
  write(name: string, content: string | Uint8Array): Promise<string>;
  path(name: string): string;
  rows(sql: string): Promise<unknown[][]>;
  tableNames(): Promise<string[]>;
  close(): Promise<void>;
}

export async function createImportTestEnv(): Promise<ImportTestEnv> {
  const instance = await DuckDBInstance.create(":memory:");
  const conn = await instance.connect();
  const dir = await mkdtemp(join(tmpdir(), "osh-import-test-"));
  return {
    conn,
    dir,
    path: (name) => join(dir, name),
    async write(name, content) {
      const path = join(dir, name);
      await writeFile(path, content);
      return path;
    },
    async rows(sql) {
      return (await conn.runAndReadAll(sql)).getRowsJson() as unknown[][];
    },
    async tableNames() {
      const reader = await conn.runAndReadAll(
        "SELECT table_name FROM duckdb_tables() WHERE schema_name <> 'workbench_meta' ORDER BY table_name",
      );
      return reader.getRowsJson().map((row) => String(row[0]));
    },
    async close() {
      conn.closeSync();
      instance.closeSync();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Node can decode but not encode single-byte code pages; invert the decoder's table. */
export function encodeSingleByte(text: string, encoding: "windows-1251" | "koi8-r"): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(new Uint8Array([byte])), byte);
  return Uint8Array.from(
    [...text].map((ch) => {
      const byte = table.get(ch);
      if (byte === undefined) throw new Error(`"${ch}" has no ${encoding} byte`);
      return byte;
    }),
  );
}

export function encodeUtf16(text: string, order: "le" | "be", withBom: boolean): Uint8Array {
  const le = Buffer.from(`${withBom ? "\ufeff" : ""}${text}`, "utf16le");
  if (order === "le") return le;
  const be = Buffer.from(le);
  be.swap16();
  return be;
}
