import { z } from "zod";
import { ArrowBytes, ColumnInfoSchema, SqlText } from "./common-schemas.ts";

const FilePath = z.string().min(1).max(4096);

const CsvDialectOverrides = z
  .object({
    delimiter: z.enum([",", ";", "\t", "|"]),
    quote: z.enum(['"', "'"]),
    header: z.boolean(),
    skipRows: z.number().int().min(0).max(10_000),
    decimalSeparator: z.enum([".", ","]),
    thousandsSeparator: z.enum(["", " ", ".", ","]),
    dateFormat: z.string().max(64).nullable(),
    timestampFormat: z.string().max(64).nullable(),
  })
  .partial()
  .strict();

/** What the user may override in the import dialog; anything left out is detected. */
export const ImportOverridesSchema = z
  .object({
    format: z.enum(["csv", "xlsx", "parquet", "json", "ndjson"]),
    encoding: z.enum(["utf-8", "utf-16le", "utf-16be", "windows-1251", "koi8-r"]),
    csv: CsvDialectOverrides,
    xlsx: z
      .object({
        sheet: z.string().max(200),
        headerRow: z.number().int().min(1).max(10_000),
        headerRowCount: z.number().int().min(1).max(20),
      })
      .partial()
      .strict(),
  })
  .partial()
  .strict();
export type ImportOverridesWire = z.infer<typeof ImportOverridesSchema>;

/** The detected options as the engine reports them (same shape as the overrides, all filled). */
const DetectedOptions = z.record(z.string(), z.unknown());

const ColumnTypes = z.record(z.string().max(500), z.string().max(200));

export const FileEntrySchema = z.object({
  name: z.string(),
  kind: z.enum(["dir", "file"]),
  size: z.number().nullable(),
  modified: z.string().nullable(),
});
export type FileEntry = z.infer<typeof FileEntrySchema>;

/** Files in and out: browsing the local disk, importing data files, exporting tables. */
export const ioMethods = {
  "files.browse": {
    params: z.object({ dir: FilePath.optional() }).strict(),
    result: z.object({ dir: z.string(), parent: z.string().nullable(), entries: z.array(FileEntrySchema) }),
  },
  /** Web mode has no file paths for dropped files: their bytes come up in chunks. */
  "files.upload": {
    params: z
      .object({
        uploadId: z.string().regex(/^[a-z0-9-]{8,64}$/),
        name: z.string().min(1).max(255),
        offset: z.number().int().nonnegative(),
        chunk: ArrowBytes,
        final: z.boolean(),
      })
      .strict(),
    result: z.object({ path: z.string(), received: z.number() }),
  },
  "import.preview": {
    params: z.object({ path: FilePath, options: ImportOverridesSchema.optional() }).strict(),
    result: z.object({
      detected: DetectedOptions,
      columns: z.array(ColumnInfoSchema),
      rows: z.array(z.array(z.unknown())),
      warnings: z.array(z.string()),
      sheets: z.array(z.string()).optional(),
      suggestedTable: z.string(),
    }),
  },
  "import.run": {
    params: z
      .object({
        path: FilePath,
        table: z.string().min(1).max(120).optional(),
        replace: z.boolean().optional(),
        options: ImportOverridesSchema.optional(),
        columnTypes: ColumnTypes.optional(),
      })
      .strict(),
    result: z.object({
      table: z.string(),
      rows: z.number(),
      columns: z.array(ColumnInfoSchema),
      elapsedMs: z.number(),
      warnings: z.array(z.string()),
    }),
  },
  "export.table": {
    params: z
      .object({
        source: z.union([
          z.object({ table: z.string().min(1).max(200) }).strict(),
          z.object({ resultId: z.string().min(1).max(200) }).strict(),
          z.object({ sql: SqlText }).strict(),
        ]),
        path: FilePath,
        format: z.enum(["csv", "xlsx", "parquet"]),
        excelFriendly: z.boolean().optional(),
        locale: z.string().max(20).optional(),
      })
      .strict(),
    result: z.object({
      file: z.string(),
      format: z.string(),
      rows: z.number(),
      elapsedMs: z.number(),
      warnings: z.array(z.string()),
      synthetic: z.boolean(),
    }),
  },
} as const;
