import { basename } from "node:path";

export type ExportErrorCode =
  | "SOURCE_NOT_FOUND"
  | "INVALID_SQL"
  | "INVALID_OPTION"
  | "XLSX_TOO_MANY_ROWS"
  | "XLSX_TOO_MANY_COLUMNS"
  | "WRITE_FAILED";

/** A failed export; the message names the target file and, where it matters, the table. */
export class ExportError extends Error {
  readonly code: ExportErrorCode;
  readonly file: string;
  readonly table?: string;

  constructor(code: ExportErrorCode, file: string, problem: string, table?: string) {
    super(`${basename(file)}: ${problem}`);
    this.name = "ExportError";
    this.code = code;
    this.file = file;
    this.table = table;
  }
}
