import { createReadStream, createWriteStream } from "node:fs";
import { open, writeFile } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import { cancelledError } from "./import-error.ts";
import type { TextEncodingName } from "./import-types.ts";

export interface ReencodeOptions {
  encoding: TextEncodingName;
  /** Called after each chunk with bytes of the source read so far. */
  onBytes?: (bytesDone: number) => void;
  signal?: AbortSignal;
}

const CHUNK_BYTES = 1024 * 1024;

/**
 * Streams a file through a TextDecoder into a UTF-8 copy, chunk by chunk, so a large file is
 * never held in memory. Lines stay where they were, so DuckDB's line numbers still hold.
 */
export async function reencodeFileToUtf8(
  source: string,
  target: string,
  options: ReencodeOptions,
): Promise<void> {
  const decoder = new TextDecoder(options.encoding);
  let bytesDone = 0;
  async function* decode(chunks: AsyncIterable<Buffer>): AsyncGenerator<string> {
    for await (const chunk of chunks) {
      bytesDone += chunk.length;
      options.onBytes?.(bytesDone);
      const text = decoder.decode(chunk, { stream: true });
      if (text.length > 0) yield text;
    }
    const rest = decoder.decode();
    if (rest.length > 0) yield rest;
  }
  try {
    await pipeline(
      createReadStream(source, { highWaterMark: CHUNK_BYTES }),
      decode,
      createWriteStream(target),
      options.signal ? { signal: options.signal } : {},
    );
  } catch (error) {
    if (options.signal?.aborted) throw cancelledError(source);
    throw error;
  }
}

/**
 * Preview copy: only the first `maxBytes`, re-encoded, cut after the last complete line so the
 * preview never shows a half row. Returns whether the copy is the whole file.
 */
export async function writeUtf8Head(
  source: string,
  target: string,
  encoding: TextEncodingName,
  maxBytes: number,
): Promise<{ complete: boolean }> {
  const handle = await open(source, "r");
  try {
    const buffer = new Uint8Array(maxBytes + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const complete = bytesRead <= maxBytes;
    let text = new TextDecoder(encoding).decode(buffer.subarray(0, Math.min(bytesRead, maxBytes)));
    if (!complete) {
      const lastNewline = text.lastIndexOf("\n");
      if (lastNewline > 0) text = text.slice(0, lastNewline + 1);
    }
    await writeFile(target, text, "utf8");
    return { complete };
  } finally {
    await handle.close();
  }
}
