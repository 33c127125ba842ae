import { basename } from "node:path";

export type ImportErrorCode =
  | "FILE_NOT_FOUND"
  | "FILE_UNREADABLE"
  | "EMPTY_FILE"
  | "BINARY_FILE"
  | "UNSUPPORTED_FORMAT"
  | "ENCODING"
  | "RAGGED_ROWS"
  | "TYPE_MISMATCH"
  | "LINE_TOO_LONG"
  | "TOO_MANY_COLUMNS"
  | "MALFORMED"
  | "SHEET_NOT_FOUND"
  | "INVALID_OPTION"
  | "TABLE_EXISTS"
  | "CANCELLED";

/** Where in the file a problem is; every part optional because formats know different things. */
export interface ImportErrorPlace {
  /** 1-based line of a text file, or 1-based sheet row of a workbook. */
  line?: number;
  /** 1-based record number, for formats without lines (Parquet, a JSON array). */
  row?: number;
  column?: string;
  /** Workbook cell address such as "Sheet1!C7". */
  cell?: string;
}

/** A failed import, with a message that says which file and where in it. */
export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly file: string;
  readonly line?: number;
  readonly row?: number;
  readonly column?: string;
  readonly cell?: string;

  constructor(code: ImportErrorCode, file: string, problem: string, place: ImportErrorPlace = {}) {
    super(`${describePlace(file, place)}: ${problem}`);
    this.name = "ImportError";
    this.code = code;
    this.file = file;
    this.line = place.line;
    this.row = place.row;
    this.column = place.column;
    this.cell = place.cell;
  }
}

/** "data.csv, line 3, column "Доля"" — the prefix of every import message. */
function describePlace(file: string, place: ImportErrorPlace): string {
  const parts = [basename(file)];
  if (place.cell !== undefined) parts.push(`cell ${place.cell}`);
  else if (place.line !== undefined) parts.push(`line ${place.line}`);
  else if (place.row !== undefined) parts.push(`row ${place.row}`);
  if (place.column !== undefined) parts.push(`column "${place.column}"`);
  return parts.join(", ");
}

export function cancelledError(file: string): ImportError {
  return new ImportError("CANCELLED", file, "import cancelled; no table was created");
}

export function throwIfCancelled(file: string, signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancelledError(file);
}
