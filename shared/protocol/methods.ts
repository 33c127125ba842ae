import { z } from "zod";
import { ColumnInfoSchema, RowWindowSchema, SqlText, WindowLimit } from "./common-schemas.ts";
import { chartMethods } from "./methods-charts.ts";
import { gapMethods } from "./methods-gap.ts";
import { ioMethods } from "./methods-io.ts";
import { notebookMethods } from "./methods-notebook.ts";
import { reportMethods } from "./methods-report.ts";
import { resultMethods } from "./methods-results.ts";

export type { ColumnInfo, RowWindow } from "./common-schemas.ts";

export const TableMetaSchema = z.object({
  datasetId: z.string().nullable(),
  title: z.string().nullable(),
  description: z.string().nullable(),
  synthetic: z.boolean(),
  sourceIds: z.array(z.string()),
  origin: z.string().nullable(),
});
export type TableMeta = z.infer<typeof TableMetaSchema>;

export const SourceRecordSchema = z.object({
  sourceId: z.string(),
  publisher: z.string().nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  retrieved: z.string().nullable(),
  licence: z.string().nullable(),
  note: z.string().nullable(),
});
export type SourceRecord = z.infer<typeof SourceRecordSchema>;

export const CatalogTableSchema = z.object({
  schema: z.string(),
  name: z.string(),
  kind: z.enum(["table", "view"]),
  rowCount: z.number().nullable(),
  columns: z.array(ColumnInfoSchema),
  meta: TableMetaSchema.nullable(),
});
export type CatalogTable = z.infer<typeof CatalogTableSchema>;

/** Engine basics: info, catalog, ad-hoc SQL and its result windows. */
export const coreMethods = {
  "engine.info": {
    params: z.object({}).strict(),
    result: z.object({
      appVersion: z.string(),
      duckdbVersion: z.string(),
      threads: z.number(),
      memoryLimit: z.string(),
      workspaceDir: z.string(),
      databasePath: z.string(),
    }),
  },
  "catalog.list": {
    params: z.object({}).strict(),
    result: z.object({ tables: z.array(CatalogTableSchema) }),
  },
  "catalog.provenance": {
    params: z.object({ table: z.string().min(1).max(200) }).strict(),
    result: z.object({ sources: z.array(SourceRecordSchema) }),
  },
  "catalog.functions": {
    params: z.object({}).strict(),
    result: z.object({ names: z.array(z.string()) }),
  },
  "sql.run": {
    params: z
      .object({
        sql: SqlText,
        /** Rows of the first window to send with the answer. */
        windowSize: WindowLimit.optional(),
      })
      .strict(),
    result: z.object({
      resultId: z.string().nullable(),
      columns: z.array(ColumnInfoSchema),
      rowCount: z.number().int().nonnegative(),
      elapsedMs: z.number(),
      statementType: z.string(),
      window: RowWindowSchema,
    }),
  },
  "sql.fetch": {
    params: z
      .object({
        resultId: z.string().min(1).max(200),
        offset: z.number().int().nonnegative(),
        limit: WindowLimit,
      })
      .strict(),
    result: RowWindowSchema,
  },
  "sql.release": {
    params: z.object({ resultId: z.string().min(1).max(200) }).strict(),
    result: z.object({ released: z.boolean() }),
  },
} as const;

/**
 * Every engine method: its params and its result. The engine validates params on arrival,
 * the client validates results; both sides share these schemas and nothing else. Each area
 * keeps its methods in its own file (methods-<area>.ts), joined here.
 */
export const methods = {
  ...coreMethods,
  ...resultMethods,
  ...ioMethods,
  ...notebookMethods,
  ...chartMethods,
  ...reportMethods,
  ...gapMethods,
} as const;

export type MethodTable = typeof methods;
export type MethodName = keyof MethodTable;
export type ParamsOf<M extends MethodName> = z.input<MethodTable[M]["params"]>;
export type ResultOf<M extends MethodName> = z.infer<MethodTable[M]["result"]>;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(methods, name);
}
