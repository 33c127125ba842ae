import { type Envelope, EnvelopeSchema } from "./envelope.ts";

/**
 * One frame = [u32 little-endian header length][UTF-8 JSON header][binary attachments].
 * Binary values (Arrow IPC bytes) travel as attachments instead of JSON number arrays; in the
 * header they are replaced by {"$bin": index} and their lengths are listed in "bins".
 * Every attachment starts 8-byte aligned in the frame (the header is padded with JSON whitespace,
 * attachments are followed by unreferenced padding entries): Arrow readers copy any buffer that
 * is not aligned for its element type, which for result windows meant a copy of every column.
 */
const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { fatal: true });
const ALIGN = 8;
const PADDING = new Uint8Array(ALIGN);

export class FrameError extends Error {}

export function encodeFrame(envelope: Envelope): Uint8Array {
  const bins: Uint8Array[] = [];
  const body = JSON.stringify(envelope, (_key, value: unknown) => {
    if (value instanceof Uint8Array) {
      const index = bins.length;
      bins.push(value);
      const pad = (ALIGN - (value.byteLength % ALIGN)) % ALIGN;
      if (pad > 0) bins.push(PADDING.subarray(0, pad));
      return { $bin: index };
    }
    if (typeof value === "bigint") return value.toString();
    return value;
  });
  let header = encoder.encode(JSON.stringify({ bins: bins.map((b) => b.byteLength), body }));
  const headerPad = (ALIGN - ((4 + header.byteLength) % ALIGN)) % ALIGN;
  if (bins.length > 0 && headerPad > 0) {
    const padded = new Uint8Array(header.byteLength + headerPad).fill(0x20);
    padded.set(header);
    header = padded;
  }
  const total = 4 + header.byteLength + bins.reduce((n, b) => n + b.byteLength, 0);
  const out = new Uint8Array(total);
  new DataView(out.buffer).setUint32(0, header.byteLength, true);
  out.set(header, 4);
  let at = 4 + header.byteLength;
  for (const b of bins) {
    out.set(b, at);
    at += b.byteLength;
  }
  return out;
}

function isBinRef(value: unknown): value is { $bin: number } {
  return (
    typeof value === "object" &&
    value !== null &&
    Object.keys(value).length === 1 &&
    typeof (value as { $bin?: unknown }).$bin === "number"
  );
}

/** Parses and validates a frame; throws FrameError with a reason a person can read. */
export function decodeFrame(frame: Uint8Array): Envelope {
  if (frame.byteLength < 4) throw new FrameError(`frame too short (${frame.byteLength} bytes)`);
  const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
  const headerLength = view.getUint32(0, true);
  if (headerLength > frame.byteLength - 4) throw new FrameError("frame header length exceeds the frame");
  let header: { bins: number[]; body: string };
  try {
    header = JSON.parse(decoder.decode(frame.subarray(4, 4 + headerLength)));
  } catch (e) {
    throw new FrameError(`frame header is not valid UTF-8 JSON: ${(e as Error).message}`);
  }
  if (!Array.isArray(header.bins) || typeof header.body !== "string") {
    throw new FrameError("frame header lacks bins/body");
  }
  const bins: Uint8Array[] = [];
  let at = 4 + headerLength;
  for (const len of header.bins) {
    if (!Number.isInteger(len) || len < 0 || at + len > frame.byteLength) {
      throw new FrameError("frame attachment lengths exceed the frame");
    }
    bins.push(frame.subarray(at, at + len));
    at += len;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(header.body, (_key, value: unknown) => {
      if (isBinRef(value)) {
        const bin = bins[value.$bin];
        if (!bin) throw new FrameError(`attachment ${value.$bin} missing`);
        return bin;
      }
      return value;
    });
  } catch (e) {
    throw new FrameError(`frame body is not valid JSON: ${(e as Error).message}`);
  }
  const result = EnvelopeSchema.safeParse(parsed);
  if (!result.success)
    throw new FrameError(`not a protocol envelope: ${result.error.issues[0]?.message ?? ""}`);
  return result.data;
}

/** Best effort id of a broken frame so the error reply can be matched to its request. */
export function peekRequestId(frame: Uint8Array): number | null {
  try {
    const text = new TextDecoder().decode(frame.subarray(0, 4096));
    const m = /\\?"id\\?":(\d+)/.exec(text);
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}
