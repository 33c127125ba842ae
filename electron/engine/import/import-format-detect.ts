import { extname } from "node:path";
import { ImportError } from "./import-error.ts";
import type { ImportFormat } from "./import-types.ts";

/**
 * Decides the format from the content first (magic bytes cannot lie, extensions can),
 * then from the extension, then from the first character of a text file.
 */
export function detectFormat(path: string, head: Uint8Array): ImportFormat {
  const ext = extname(path).toLowerCase();
  if (startsWith(head, [0x50, 0x41, 0x52, 0x31])) return "parquet";
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new ImportError(
      "UNSUPPORTED_FORMAT",
      path,
      "this is an Excel 97–2003 (.xls) workbook; open it in Excel or LibreOffice and save it as .xlsx",
    );
  }
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
    if (ext === ".ods") {
      throw new ImportError(
        "UNSUPPORTED_FORMAT",
        path,
        "OpenDocument spreadsheets are not supported; save the file as .xlsx",
      );
    }
    return "xlsx";
  }
  if (ext === ".parquet" || ext === ".pq") return "parquet";
  if (ext === ".xlsx" || ext === ".xlsm") return "xlsx";
  if (ext === ".ndjson" || ext === ".jsonl") return "ndjson";
  const first = firstSignificantByte(head, 0);
  if (ext === ".json" || (!TEXT_TABLE_EXTENSIONS.has(ext) && (first === 0x5b || first === 0x7b))) {
    return looksLikeNdjson(head) ? "ndjson" : "json";
  }
  return "csv";
}

const TEXT_TABLE_EXTENSIONS = new Set([".csv", ".tsv", ".tab", ".txt", ".dat"]);

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

/** Whitespace, NUL (UTF-16 high bytes) and BOM bytes are skipped so the check works in any encoding. */
function isInsignificant(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0x00 || byte >= 0xef;
}

function firstSignificantByte(bytes: Uint8Array, from: number): number | undefined {
  for (let i = from; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (!isInsignificant(byte)) return byte;
  }
  return undefined;
}

/** NDJSON: a line that starts with "{" follows a line that ended with "}". */
function looksLikeNdjson(head: Uint8Array): boolean {
  if (firstSignificantByte(head, 0) !== 0x7b) return false;
  let lastSignificant: number | undefined;
  for (let i = 0; i < head.length; i++) {
    const byte = head[i]!;
    if (byte === 0x0a) {
      if (lastSignificant === 0x7d && firstSignificantByte(head, i + 1) === 0x7b) return true;
      continue;
    }
    if (!isInsignificant(byte)) lastSignificant = byte;
  }
  return false;
}
