import { open, stat } from "node:fs/promises";
import { ImportError } from "./import-error.ts";

/** The first and last bytes of a file: enough to tell format, encoding and dialect without reading it whole. */
export interface FileProbe {
  path: string;
  size: number;
  head: Uint8Array;
  /** The last bytes when the file is larger than the head (a late Cyrillic line can decide the encoding). */
  tail: Uint8Array;
}

const HEAD_BYTES = 256 * 1024;
const TAIL_BYTES = 64 * 1024;

export async function probeFile(path: string): Promise<FileProbe> {
  const info = await stat(path).catch((error: unknown) => {
    throw fileAccessError(path, error);
  });
  if (info.isDirectory()) throw new ImportError("FILE_UNREADABLE", path, "this is a folder, not a file");
  if (info.size === 0) throw new ImportError("EMPTY_FILE", path, "the file is empty (0 bytes)");
  const handle = await open(path, "r").catch((error: unknown) => {
    throw fileAccessError(path, error);
  });
  try {
    const head = new Uint8Array(Math.min(HEAD_BYTES, info.size));
    await handle.read(head, 0, head.length, 0);
    const tailLength = Math.min(TAIL_BYTES, info.size - head.length);
    const tail = new Uint8Array(Math.max(tailLength, 0));
    if (tail.length > 0) await handle.read(tail, 0, tail.length, info.size - tail.length);
    return { path, size: info.size, head, tail };
  } finally {
    await handle.close();
  }
}

function fileAccessError(path: string, error: unknown): ImportError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return new ImportError("FILE_NOT_FOUND", path, `file not found (${path})`);
  if (code === "EACCES" || code === "EPERM") {
    return new ImportError("FILE_UNREADABLE", path, "no permission to read this file");
  }
  return new ImportError("FILE_UNREADABLE", path, `cannot read the file: ${(error as Error).message}`);
}
