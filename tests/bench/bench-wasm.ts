import { createRequire } from "node:module";
import { createDuckDB, type DuckDBBindings, NODE_RUNTIME, VoidLogger } from "@duckdb/duckdb-wasm/blocking";
import { limitsFromMachine, openDatabase } from "../../electron/engine/duckdb-open.ts";
import { aggregateSql, createBenchTableSql } from "./bench-data.ts";
import type { Metric } from "./bench-metric.ts";
import { median, timeAlternating } from "./bench-stats.ts";

/** The same row count as the query metric; duckdb-wasm (one thread, 32-bit memory) holds 10M rows. */
const WASM_ROWS = 10_000_000;
const TABLE = "bench_wasm";

/** duckdb-wasm's synchronous Node build (the same engine as the browser build), from its dist/. */
async function openWasm(): Promise<DuckDBBindings> {
  const require = createRequire(import.meta.url);
  const wasmFile = (name: string) => require.resolve(`@duckdb/duckdb-wasm/dist/${name}`);
  const db = await createDuckDB(
    {
      mvp: { mainModule: wasmFile("duckdb-mvp.wasm"), mainWorker: "" },
      eh: { mainModule: wasmFile("duckdb-eh.wasm"), mainWorker: "" },
    },
    new VoidLogger(),
    NODE_RUNTIME,
  );
  await db.instantiate(() => {});
  db.open({});
  return db;
}

/**
 * The aggregate the query metric uses, on the same generated rows, in duckdb-wasm under Node and
 * in the native engine's DuckDB (same settings as the engine: all cores), each reading its full
 * result. Shows what native DuckDB buys over running DuckDB in the page.
 */
export async function benchWasm(): Promise<Metric[]> {
  const createSql = createBenchTableSql(TABLE, WASM_ROWS);
  const sql = aggregateSql(TABLE);
  const db = await openWasm();
  const wasm = db.connect();
  const native = await openDatabase(":memory:", limitsFromMachine());
  const conn = await native.connect();
  try {
    wasm.query(createSql);
    await conn.run(createSql);
    const times = await timeAlternating({
      wasm: async () => {
        if (wasm.query(sql).numRows !== 1000) throw new Error("duckdb-wasm aggregate did not give 1000 rows");
      },
      native: () => conn.runAndReadAll(sql),
    });
    return [
      {
        name: "wasm_native_ratio",
        value: median(times.wasm) / median(times.native),
        unit: "ratio",
        goal: { op: ">=", target: 3 },
        note: `same GROUP BY on ${WASM_ROWS / 1e6}M rows: duckdb-wasm (Node, 1 thread) / native`,
      },
      { name: "wasm_agg_ms", value: median(times.wasm), unit: "ms" },
      { name: "native_agg_ms", value: median(times.native), unit: "ms" },
    ];
  } finally {
    wasm.close();
    db.reset();
    conn.closeSync();
    native.closeSync();
  }
}
