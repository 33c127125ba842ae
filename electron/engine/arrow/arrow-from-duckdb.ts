import type { DuckDBDataChunk, DuckDBResult } from "@duckdb/node-api";
import duckdb from "@duckdb/node-bindings";
import * as arrow from "apache-arrow";
import { type ColumnPlan, planColumn } from "./arrow-type-for-duckdb.ts";
import { nestedValueToJs } from "./nested-value-to-js.ts";

/**
 * Turns a DuckDB result into Arrow IPC stream bytes, one record batch per DuckDB chunk.
 * Fixed-width columns are copied from DuckDB's vector memory as typed arrays; DuckDB's
 * validity mask has Arrow's bit layout, so it is copied too. Only strings, blobs and nested
 * values are read value by value.
 */
export interface ArrowResult {
  ipc: Uint8Array;
  rowCount: number;
}

export async function arrowFromResult(
  result: DuckDBResult,
  maxRows = Number.POSITIVE_INFINITY,
): Promise<ArrowResult> {
  const names = result.columnNames();
  const types = result.columnTypes();
  const plans = types.map(planColumn);
  const schema = new arrow.Schema(
    names.map((name, i) => new arrow.Field(uniqueName(name, i, names), plans[i]!.type, true)),
  );
  const batches: arrow.RecordBatch[] = [];
  let rowCount = 0;
  while (rowCount < maxRows) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) break;
    const length = Math.min(chunk.rowCount, maxRows - rowCount);
    const children = plans.map((plan, col) => columnData(chunk, col, plan, length));
    batches.push(
      new arrow.RecordBatch(
        schema,
        arrow.makeData({ type: new arrow.Struct(schema.fields), length, nullCount: 0, children }),
      ),
    );
    rowCount += length;
  }
  const table = new arrow.Table(schema, batches);
  return { ipc: arrow.tableToIPC(table, "stream"), rowCount };
}

/** Arrow field names must be unique for the client to address columns by name. */
function uniqueName(name: string, index: number, all: string[]): string {
  return all.indexOf(name) === index ? name : `${name}_${index + 1}`;
}

function columnData(chunk: DuckDBDataChunk, col: number, plan: ColumnPlan, length: number): arrow.Data {
  const vector = duckdb.data_chunk_get_vector(chunk.chunk, col);
  const { nullBitmap, nullCount } = validity(vector, length);
  switch (plan.kind) {
    case "fixed": {
      const bytes = duckdb.vector_get_data(vector, length * plan.byteWidth).slice();
      const { ArrayType } = plan.type as unknown as {
        ArrayType: new (buffer: ArrayBuffer, offset: number, length: number) => ArrayBufferView;
      };
      const data = new ArrayType(bytes.buffer, 0, length);
      return arrow.makeData({ type: plan.type as arrow.Int, length, nullCount, nullBitmap, data } as never);
    }
    case "decimal":
      return arrow.makeData({
        type: plan.type,
        length,
        nullCount,
        nullBitmap,
        data: widenDecimal(
          duckdb.vector_get_data(vector, length * plan.sourceByteWidth),
          plan.sourceByteWidth,
          length,
        ),
      });
    case "bool":
      return arrow.makeData({
        type: plan.type,
        length,
        nullCount,
        nullBitmap,
        data: packBooleans(duckdb.vector_get_data(vector, length), length),
      });
    case "utf8":
    case "binary":
      return variableWidth(chunk, col, plan, length, nullBitmap, nullCount);
    case "nested": {
      const v = chunk.getColumnVector(col);
      const colType = v.type;
      const builder = arrow.makeBuilder({ type: plan.type, nullValues: [null, undefined] });
      for (let i = 0; i < length; i++) builder.append(nestedValueToJs(v.getItem(i), colType) as never);
      return builder.finish().flush();
    }
  }
}

function validity(
  vector: duckdb.Vector,
  length: number,
): { nullBitmap: Uint8Array | undefined; nullCount: number } {
  const mask = duckdb.vector_get_validity(vector, Math.ceil(length / 64) * 8);
  if (!mask) return { nullBitmap: undefined, nullCount: 0 };
  const bitmap = mask.slice(0, Math.ceil(length / 8));
  let valid = 0;
  for (let i = 0; i < length; i++) valid += (bitmap[i >> 3]! >> (i & 7)) & 1;
  return valid === length
    ? { nullBitmap: undefined, nullCount: 0 }
    : { nullBitmap: bitmap, nullCount: length - valid };
}

/** DuckDB stores DECIMAL in 2/4/8/16 bytes by width; Arrow wants 16-byte little-endian. */
function widenDecimal(source: Uint8Array, width: 2 | 4 | 8 | 16, length: number): Uint32Array {
  const out = new Int32Array(length * 4);
  if (width === 16) {
    out.set(new Int32Array(source.slice().buffer, 0, length * 4));
  } else if (width === 8) {
    const words = new Int32Array(source.slice().buffer, 0, length * 2);
    for (let i = 0; i < length; i++) {
      const hi = words[2 * i + 1]!;
      const sign = hi < 0 ? -1 : 0;
      out[4 * i] = words[2 * i]!;
      out[4 * i + 1] = hi;
      out[4 * i + 2] = sign;
      out[4 * i + 3] = sign;
    }
  } else {
    const values =
      width === 4
        ? new Int32Array(source.slice().buffer, 0, length)
        : new Int16Array(source.slice().buffer, 0, length);
    for (let i = 0; i < length; i++) {
      const v = values[i]!;
      const sign = v < 0 ? -1 : 0;
      out[4 * i] = v;
      out[4 * i + 1] = sign;
      out[4 * i + 2] = sign;
      out[4 * i + 3] = sign;
    }
  }
  return new Uint32Array(out.buffer);
}

function packBooleans(bytes: Uint8Array, length: number): Uint8Array {
  const bits = new Uint8Array(Math.ceil(length / 8));
  for (let i = 0; i < length; i++) if (bytes[i]) bits[i >> 3]! |= 1 << (i & 7);
  return bits;
}

function variableWidth(
  chunk: DuckDBDataChunk,
  col: number,
  plan: Extract<ColumnPlan, { kind: "utf8" | "binary" }>,
  length: number,
  nullBitmap: Uint8Array | undefined,
  nullCount: number,
): arrow.Data {
  const v = chunk.getColumnVector(col);
  const parts: Uint8Array[] = [];
  const valueOffsets = new Int32Array(length + 1);
  let total = 0;
  for (let i = 0; i < length; i++) {
    const item = v.getItem(i);
    if (item !== null) {
      const bytes =
        plan.kind === "binary" && typeof item === "object" && "bytes" in item
          ? (item.bytes as Uint8Array)
          : Buffer.from(String(item), "utf8");
      parts.push(bytes);
      total += bytes.byteLength;
    }
    valueOffsets[i + 1] = total;
  }
  const data = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    data.set(p, at);
    at += p.byteLength;
  }
  return arrow.makeData({ type: plan.type as arrow.Utf8, length, nullCount, nullBitmap, valueOffsets, data });
}
