export type ExportFormat = "csv" | "xlsx" | "parquet";

/** A whole table of the database, or the result of a query. */
export type ExportSource = { table: string } | { sql: string };

export interface ExportOptions {
  format: ExportFormat;
  /**
   * CSV that Excel opens correctly by double-click: UTF-8 BOM (so Cyrillic is not garbled) and,
   * for locales that write decimal commas (ru, ky ...), ";" between fields and "," in numbers.
   */
  excelFriendly?: boolean;
  /** CSV delimiter; overrides the one excelFriendly would choose. */
  delimiter?: "," | ";" | "\t" | "|";
  /** BCP 47 locale of the reader's Excel, e.g. "ru", "ky", "en". Only used with excelFriendly. */
  locale?: string;
}

/** Provenance of an exported table, from workbench_meta.table_meta. */
export interface ExportedProvenance {
  table: string;
  datasetId: string | null;
  title: string | null;
  synthetic: boolean;
  sourceIds: string[];
}

export interface ExportResult {
  file: string;
  format: ExportFormat;
  rows: number;
  elapsedMs: number;
  warnings: string[];
  /** Present when the source is a table with recorded provenance; the caller shows "synthetic" where set. */
  provenance?: ExportedProvenance;
}
