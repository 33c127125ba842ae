import { findBinaryContent } from "./binary-content-detect.ts";
import { guessCyrillicCodepage } from "./cyrillic-codepage-score.ts";
import { ImportError } from "./import-error.ts";
import type { TextEncodingName } from "./import-types.ts";

export interface EncodingDetection {
  encoding: TextEncodingName;
  /** Byte-order mark at the start; TextDecoder drops it, DuckDB skips the UTF-8 one itself. */
  hasBom: boolean;
  /** Set when the guess is a heuristic worth telling the user about. */
  note?: string;
}

/**
 * BOM first, then UTF-16 without BOM (NUL in every other byte), then binary garbage, then strict
 * UTF-8, and only then the Cyrillic single-byte code pages, told apart by how Russian the text reads.
 */
export function detectTextEncoding(path: string, head: Uint8Array, tail: Uint8Array): EncodingDetection {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: "utf-8", hasBom: true };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: "utf-16le", hasBom: true };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: "utf-16be", hasBom: true };
  const utf16 = guessBomlessUtf16(head);
  if (utf16) return { encoding: utf16, hasBom: false, note: `no byte-order mark; read as ${utf16}` };
  for (const [sample, offset] of [
    [head, 0],
    [tail, -1],
  ] as const) {
    const binaryAt = findBinaryContent(sample);
    if (binaryAt !== undefined) {
      const where = offset === 0 ? `at byte ${binaryAt}` : "near the end";
      throw new ImportError(
        "BINARY_FILE",
        path,
        `this does not look like a text table: binary data ${where}. Is it a compressed or corrupted file?`,
      );
    }
  }
  if (isValidUtf8(head, false) && isValidUtf8(tail, true)) return { encoding: "utf-8", hasBom: false };
  const sample = new Uint8Array(head.length + tail.length);
  sample.set(head);
  sample.set(tail, head.length);
  const { codepage, scores } = guessCyrillicCodepage(sample);
  if (scores[codepage].letters === 0) {
    return {
      encoding: "windows-1251",
      hasBom: false,
      note: "not UTF-8 and no Cyrillic letters found; read as windows-1251 — check the text",
    };
  }
  return { encoding: codepage, hasBom: false, note: `not UTF-8; Cyrillic text reads best as ${codepage}` };
}

/**
 * In UTF-16 text the high byte of each character is nearly always 0x00 (Latin, digits,
 * punctuation) or 0x04 (Cyrillic): odd offsets for LE, even for BE. Neither byte occurs in
 * single-byte text, so a high share of them is decisive.
 */
function guessBomlessUtf16(head: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const pairs = Math.floor(Math.min(head.length, 4096) / 2);
  if (pairs < 2) return undefined;
  let evenHigh = 0;
  let oddHigh = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0x00 || head[2 * i] === 0x04) evenHigh++;
    if (head[2 * i + 1] === 0x00 || head[2 * i + 1] === 0x04) oddHigh++;
  }
  if (oddHigh > pairs * 0.6 && evenHigh < pairs * 0.05) return "utf-16le";
  if (evenHigh > pairs * 0.6 && oddHigh < pairs * 0.05) return "utf-16be";
  return undefined;
}

/**
 * Strict UTF-8 check of a sample cut out of a file: a sequence cut at the end is fine (stream mode
 * holds it back) and so are continuation bytes at the start of a tail sample.
 */
function isValidUtf8(bytes: Uint8Array, startsMidFile: boolean): boolean {
  let start = 0;
  if (startsMidFile) {
    while (start < 3 && start < bytes.length && (bytes[start]! & 0xc0) === 0x80) start++;
  }
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(start), { stream: true });
    return true;
  } catch {
    return false;
  }
}
