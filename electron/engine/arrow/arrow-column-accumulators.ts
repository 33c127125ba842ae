import type { DuckDBDataChunk } from "@duckdb/node-api";
import duckdb from "@duckdb/node-bindings";
import * as arrow from "apache-arrow";
import type { ColumnPlan } from "./arrow-type-for-duckdb.ts";
import { nestedValueToJs } from "./nested-value-to-js.ts";

/**
 * One Arrow column gathered from many DuckDB chunks, so a window of 100k rows is one record
 * batch instead of 49 (fewer IPC messages to write and to read, contiguous arrays for the client).
 * Fixed-width values and validity bits are copied straight from DuckDB's vector memory into
 * buffers sized once (or grown by doubling when the row count is not known up front).
 */
export interface ColumnAccumulator {
  /** Appends the first `count` rows of column `col` of the chunk. */
  append(chunk: DuckDBDataChunk, col: number, count: number): void;
  /** The column so far as Arrow data; the accumulator starts empty again. */
  finish(): arrow.Data;
}

export function columnAccumulator(plan: ColumnPlan, capacity: number): ColumnAccumulator {
  switch (plan.kind) {
    case "fixed":
      return new FixedWidthColumn(plan.type, plan.byteWidth, capacity);
    case "decimal":
      return new DecimalColumn(plan.type, plan.sourceByteWidth, capacity);
    case "bool":
      return new BoolColumn(plan.type, capacity);
    case "utf8":
    case "binary":
      return new VariableWidthColumn(plan, capacity);
    case "nested":
      return new NestedColumn(plan.type);
  }
}

/**
 * `bytes` with room for at least `needed` bytes, contents kept: the first allocation takes
 * `preferred` (the expected size), later ones double, so appends stay linear.
 */
function withRoom(bytes: Uint8Array, needed: number, preferred: number, fill = 0): Uint8Array {
  if (needed <= bytes.byteLength) return bytes;
  const size = Math.max(needed, bytes.byteLength === 0 ? preferred : bytes.byteLength * 2);
  const next = new Uint8Array(size);
  if (fill !== 0) next.fill(fill, bytes.byteLength);
  next.set(bytes);
  return next;
}

/**
 * Arrow validity bits (1 = valid) over the rows appended so far. DuckDB's mask has the same bit
 * layout, but a chunk may start at any bit of ours, so only bytes that hold a NULL are walked;
 * the bitmap is not even allocated until the first NULL.
 */
class Validity {
  private bits: Uint8Array = new Uint8Array(0);
  private nulls = 0;

  constructor(private readonly capacity: number) {}

  append(vector: duckdb.Vector, count: number, at: number): void {
    const mask = duckdb.vector_get_validity(vector, Math.ceil(count / 64) * 8);
    if (!mask) return;
    const maskBytes = Math.ceil(count / 8);
    for (let b = 0; b < maskBytes; b++) {
      const byte = mask[b]!;
      if (byte === 0xff) continue;
      const end = Math.min(8, count - b * 8);
      for (let bit = 0; bit < end; bit++) {
        if ((byte >> bit) & 1) continue;
        const row = at + b * 8 + bit;
        this.bits = withRoom(this.bits, (row >> 3) + 1, Math.ceil(this.capacity / 8), 0xff);
        this.bits[row >> 3]! &= ~(1 << (row & 7));
        this.nulls++;
      }
    }
  }

  /** The bitmap for `length` rows, or none when every row is valid; then starts over. */
  take(length: number): { nullBitmap: Uint8Array | undefined; nullCount: number } {
    const out =
      this.nulls === 0
        ? { nullBitmap: undefined, nullCount: 0 }
        : { nullBitmap: withRoom(this.bits, Math.ceil(length / 8), 0, 0xff), nullCount: this.nulls };
    this.bits = new Uint8Array(0);
    this.nulls = 0;
    return out;
  }
}

type TypedArrayType = new (buffer: ArrayBuffer, offset: number, length: number) => ArrayBufferView;

class FixedWidthColumn implements ColumnAccumulator {
  private bytes: Uint8Array;
  private length = 0;
  private readonly validity: Validity;

  constructor(
    private readonly type: arrow.DataType,
    private readonly byteWidth: number,
    private readonly capacity: number,
  ) {
    this.bytes = new Uint8Array(0);
    this.validity = new Validity(capacity);
  }

  append(chunk: DuckDBDataChunk, col: number, count: number): void {
    const vector = duckdb.data_chunk_get_vector(chunk.chunk, col);
    const width = this.byteWidth;
    this.bytes = withRoom(this.bytes, (this.length + count) * width, this.capacity * width);
    this.bytes.set(duckdb.vector_get_data(vector, count * width), this.length * width);
    this.validity.append(vector, count, this.length);
    this.length += count;
  }

  finish(): arrow.Data {
    const { ArrayType } = this.type as unknown as { ArrayType: TypedArrayType };
    const length = this.length;
    const data = new ArrayType(this.bytes.buffer as ArrayBuffer, 0, length);
    const out = arrow.makeData({
      type: this.type as arrow.Int,
      length,
      data,
      ...this.validity.take(length),
    } as never);
    this.bytes = new Uint8Array(0);
    this.length = 0;
    return out;
  }
}

/** DuckDB stores DECIMAL in 2/4/8/16 bytes by width; Arrow wants 16-byte little-endian. */
class DecimalColumn implements ColumnAccumulator {
  private words: Int32Array;
  private length = 0;
  private readonly validity: Validity;

  constructor(
    private readonly type: arrow.Decimal,
    private readonly sourceByteWidth: 2 | 4 | 8 | 16,
    private readonly capacity: number,
  ) {
    this.words = new Int32Array(0);
    this.validity = new Validity(capacity);
  }

  append(chunk: DuckDBDataChunk, col: number, count: number): void {
    const vector = duckdb.data_chunk_get_vector(chunk.chunk, col);
    if ((this.length + count) * 4 > this.words.length) {
      const preferred = this.words.length === 0 ? this.capacity * 4 : this.words.length * 2;
      const next = new Int32Array(Math.max((this.length + count) * 4, preferred));
      next.set(this.words);
      this.words = next;
    }
    widenDecimal(
      duckdb.vector_get_data(vector, count * this.sourceByteWidth),
      this.sourceByteWidth,
      count,
      this.words,
      this.length * 4,
    );
    this.validity.append(vector, count, this.length);
    this.length += count;
  }

  finish(): arrow.Data {
    const length = this.length;
    const data = new Uint32Array(this.words.buffer, 0, length * 4);
    const out = arrow.makeData({ type: this.type, length, data, ...this.validity.take(length) });
    this.words = new Int32Array(0);
    this.length = 0;
    return out;
  }
}

function widenDecimal(
  source: Uint8Array,
  width: 2 | 4 | 8 | 16,
  count: number,
  out: Int32Array,
  at: number,
): void {
  // A copy: DuckDB's vector memory need not be aligned for the wider views.
  const aligned = source.slice(0, count * width).buffer;
  if (width === 16) {
    out.set(new Int32Array(aligned, 0, count * 4), at);
    return;
  }
  if (width === 8) {
    const words = new Int32Array(aligned, 0, count * 2);
    for (let i = 0; i < count; i++) {
      const hi = words[2 * i + 1]!;
      const sign = hi < 0 ? -1 : 0;
      out[at + 4 * i] = words[2 * i]!;
      out[at + 4 * i + 1] = hi;
      out[at + 4 * i + 2] = sign;
      out[at + 4 * i + 3] = sign;
    }
    return;
  }
  const values = width === 4 ? new Int32Array(aligned, 0, count) : new Int16Array(aligned, 0, count);
  for (let i = 0; i < count; i++) {
    const v = values[i]!;
    const sign = v < 0 ? -1 : 0;
    out[at + 4 * i] = v;
    out[at + 4 * i + 1] = sign;
    out[at + 4 * i + 2] = sign;
    out[at + 4 * i + 3] = sign;
  }
}

/** DuckDB's byte per value packed into Arrow's bitmap. */
class BoolColumn implements ColumnAccumulator {
  private bits: Uint8Array;
  private length = 0;
  private readonly validity: Validity;

  constructor(
    private readonly type: arrow.Bool,
    private readonly capacity: number,
  ) {
    this.bits = new Uint8Array(0);
    this.validity = new Validity(capacity);
  }

  append(chunk: DuckDBDataChunk, col: number, count: number): void {
    const vector = duckdb.data_chunk_get_vector(chunk.chunk, col);
    this.bits = withRoom(this.bits, Math.ceil((this.length + count) / 8), Math.ceil(this.capacity / 8));
    const bytes = duckdb.vector_get_data(vector, count);
    for (let i = 0; i < count; i++) {
      const row = this.length + i;
      if (bytes[i]) this.bits[row >> 3]! |= 1 << (row & 7);
    }
    this.validity.append(vector, count, this.length);
    this.length += count;
  }

  finish(): arrow.Data {
    const length = this.length;
    const data = this.bits.subarray(0, Math.ceil(length / 8));
    const out = arrow.makeData({ type: this.type, length, data, ...this.validity.take(length) });
    this.bits = new Uint8Array(0);
    this.length = 0;
    return out;
  }
}

/** Strings and blobs have no shared layout: read value by value, UTF-8 encoded. */
class VariableWidthColumn implements ColumnAccumulator {
  private parts: Uint8Array[] = [];
  private offsets: Int32Array;
  private total = 0;
  private length = 0;
  private readonly validity: Validity;

  constructor(
    private readonly plan: Extract<ColumnPlan, { kind: "utf8" | "binary" }>,
    private readonly capacity: number,
  ) {
    this.offsets = new Int32Array(0);
    this.validity = new Validity(capacity);
  }

  append(chunk: DuckDBDataChunk, col: number, count: number): void {
    if (this.length + count + 1 > this.offsets.length) {
      const preferred = this.offsets.length === 0 ? this.capacity + 1 : this.offsets.length * 2;
      const next = new Int32Array(Math.max(this.length + count + 1, preferred));
      next.set(this.offsets);
      this.offsets = next;
    }
    const v = chunk.getColumnVector(col);
    for (let i = 0; i < count; i++) {
      const item = v.getItem(i);
      if (item !== null) {
        const bytes =
          this.plan.kind === "binary" && typeof item === "object" && "bytes" in item
            ? (item.bytes as Uint8Array)
            : Buffer.from(String(item), "utf8");
        this.parts.push(bytes);
        this.total += bytes.byteLength;
      }
      this.offsets[this.length + i + 1] = this.total;
    }
    this.validity.append(duckdb.data_chunk_get_vector(chunk.chunk, col), count, this.length);
    this.length += count;
  }

  finish(): arrow.Data {
    const length = this.length;
    const data = new Uint8Array(this.total);
    let at = 0;
    for (const p of this.parts) {
      data.set(p, at);
      at += p.byteLength;
    }
    const out = arrow.makeData({
      type: this.plan.type as arrow.Utf8,
      length,
      valueOffsets: length === 0 ? new Int32Array(1) : this.offsets.subarray(0, length + 1),
      data,
      ...this.validity.take(length),
    });
    this.parts = [];
    this.offsets = new Int32Array(0);
    this.total = 0;
    this.length = 0;
    return out;
  }
}

/** Lists, structs and maps: converted values appended to an Arrow builder. */
class NestedColumn implements ColumnAccumulator {
  private builder: arrow.Builder;

  constructor(private readonly type: arrow.DataType) {
    this.builder = this.newBuilder();
  }

  append(chunk: DuckDBDataChunk, col: number, count: number): void {
    const v = chunk.getColumnVector(col);
    const colType = v.type;
    for (let i = 0; i < count; i++) this.builder.append(nestedValueToJs(v.getItem(i), colType) as never);
  }

  finish(): arrow.Data {
    const data = this.builder.finish().flush();
    this.builder = this.newBuilder();
    return data;
  }

  private newBuilder(): arrow.Builder {
    return arrow.makeBuilder({ type: this.type, nullValues: [null, undefined] });
  }
}
