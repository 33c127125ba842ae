/** File formats the importer reads. */
export type ImportFormat = "csv" | "xlsx" | "parquet" | "json" | "ndjson";

/** Text encodings the importer can decode (everything is handed to DuckDB as UTF-8). */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1251" | "koi8-r";

export type CsvDelimiter = "," | ";" | "\t" | "|";
export type CsvQuote = '"' | "'";
export type DecimalSeparator = "." | ",";
/** "" = none. " " also matches the no-break (U+00A0) and narrow no-break (U+202F) spaces Excel writes. */
export type ThousandsSeparator = "" | " " | "." | ",";

/** How a delimited text file is laid out. Every field is detected and can be overridden. */
export interface CsvDialect {
  delimiter: CsvDelimiter;
  quote: CsvQuote;
  header: boolean;
  /** Lines above the header (titles such as "Таблица 1. ..."), skipped. */
  skipRows: number;
  decimalSeparator: DecimalSeparator;
  thousandsSeparator: ThousandsSeparator;
  /** strptime format of DATE columns (e.g. "%d.%m.%Y"); null = let DuckDB detect. */
  dateFormat: string | null;
  /** strptime format of TIMESTAMP columns; null = let DuckDB detect. */
  timestampFormat: string | null;
}

/** Which part of a workbook becomes the table. Rows are 1-based as Excel shows them. */
export interface XlsxLayout {
  sheet: string;
  headerRow: number;
  /** Header rows from headerRow down; several rows (merged group headers) become "Parent / Child" names. */
  headerRowCount: number;
}

/** Everything the importer decided about a file; pass it back (edited) as overrides. */
export type ImportOptions =
  | { format: "csv"; encoding: TextEncodingName; csv: CsvDialect }
  | { format: "json" | "ndjson"; encoding: TextEncodingName }
  | { format: "xlsx"; xlsx: XlsxLayout }
  | { format: "parquet" };

/** What the user changed; anything missing is detected. A full ImportOptions is also valid here. */
export interface ImportOverrides {
  format?: ImportFormat;
  encoding?: TextEncodingName;
  csv?: Partial<CsvDialect>;
  xlsx?: Partial<XlsxLayout>;
}

export interface ImportColumn {
  name: string;
  /** DuckDB type name, e.g. "BIGINT", "DOUBLE", "VARCHAR", "DATE". */
  type: string;
}

export interface ImportPreview {
  detected: ImportOptions;
  columns: ImportColumn[];
  /** The first rows as JSON-safe values (BIGINT as string, dates as ISO text). */
  rows: unknown[][];
  warnings: string[];
  /** XLSX only: the workbook's worksheet names, for the sheet picker. */
  sheets?: string[];
}

export type ImportPhase = "reading" | "reencoding" | "loading" | "finalizing";

export interface ImportProgress {
  phase: ImportPhase;
  /** Bytes of the source file processed so far, where known. */
  bytesDone?: number;
  bytesTotal?: number;
}

export interface ImportRequest {
  /** Target table name; sanitised from the file name when absent. */
  table?: string;
  /** Replace an existing table of that name; otherwise an existing table is an error. */
  replace?: boolean;
  options?: ImportOverrides;
  /** Column name -> DuckDB type the user chose in the preview. */
  columnTypes?: Record<string, string>;
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
}

export interface ImportResult {
  table: string;
  rows: number;
  columns: ImportColumn[];
  elapsedMs: number;
  detected: ImportOptions;
  warnings: string[];
}
