import { type DuckDBDataChunk, DuckDBMaterializedResult, type DuckDBResult } from "@duckdb/node-api";
import * as arrow from "apache-arrow";
import { columnAccumulator } from "./arrow-column-accumulators.ts";
import { planColumn } from "./arrow-type-for-duckdb.ts";

/**
 * Turns a DuckDB result into Arrow IPC stream bytes. DuckDB's chunks (2048 rows each) are
 * gathered into record batches of up to BATCH_ROWS rows, so a result window is one batch.
 * Fixed-width columns and validity masks are copied from DuckDB's vector memory as they are;
 * only strings, blobs and nested values are read value by value.
 */
export interface ArrowResult {
  ipc: Uint8Array;
  rowCount: number;
}

/** Rows per record batch: a whole window (at most 100k rows) fits in one. */
const BATCH_ROWS = 128 * 1024;

export async function arrowFromResult(
  result: DuckDBResult,
  maxRows = Number.POSITIVE_INFINITY,
): Promise<ArrowResult> {
  const names = result.columnNames();
  const plans = result.columnTypes().map(planColumn);
  const schema = new arrow.Schema(
    names.map((name, i) => new arrow.Field(uniqueName(name, i, names), plans[i]!.type, true)),
  );
  const chunks = chunkReader(result);
  const expected = Math.min(chunks.rowCount ?? 2048, maxRows, BATCH_ROWS);
  const columns = plans.map((plan) => columnAccumulator(plan, expected));
  const batches: arrow.RecordBatch[] = [];
  let batchRows = 0;
  const flush = () => {
    const children = columns.map((c) => c.finish());
    const struct = new arrow.Struct(schema.fields);
    batches.push(
      new arrow.RecordBatch(
        schema,
        arrow.makeData({ type: struct, length: batchRows, nullCount: 0, children }),
      ),
    );
    batchRows = 0;
  };
  let rowCount = 0;
  while (rowCount < maxRows) {
    const chunk = await chunks.next();
    if (!chunk || chunk.rowCount === 0) break;
    const count = Math.min(chunk.rowCount, maxRows - rowCount);
    for (let col = 0; col < columns.length; col++) columns[col]!.append(chunk, col, count);
    batchRows += count;
    rowCount += count;
    if (batchRows >= BATCH_ROWS) flush();
  }
  if (batchRows > 0) flush();
  return { ipc: arrow.tableToIPC(new arrow.Table(schema, batches), "stream"), rowCount };
}

/**
 * A materialised result (conn.run) hands its chunks over synchronously and knows its size;
 * a streaming one is read with fetchChunk.
 */
function chunkReader(result: DuckDBResult): {
  rowCount: number | null;
  next: () => Promise<DuckDBDataChunk | null>;
} {
  if (result instanceof DuckDBMaterializedResult) {
    const chunkCount = result.chunkCount;
    let index = 0;
    return {
      rowCount: Number(result.rowCount),
      next: async () => (index < chunkCount ? result.getChunk(index++) : null),
    };
  }
  return { rowCount: null, next: () => result.fetchChunk() };
}

/** Arrow field names must be unique for the client to address columns by name. */
function uniqueName(name: string, index: number, all: string[]): string {
  return all.indexOf(name) === index ? name : `${name}_${index + 1}`;
}
