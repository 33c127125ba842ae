import { z } from "zod";
import { CELL_KINDS, InputValueSchema, NotebookSchema } from "../notebook/notebook-schema.ts";
import { ColumnInfoSchema, RowWindowSchema, SqlText, WindowLimit } from "./common-schemas.ts";
import { SourcePositionSchema } from "./envelope.ts";

const CellNameParam = z.string().min(1).max(200);
/** A notebook file relative to the workspace's notebooks folder (`osh-ict-overview.json`). */
const NotebookPath = z.string().min(1).max(1000);
/** Names the autosave of a notebook that has never been saved. */
const DraftId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, "a draft id is 1-64 letters, digits or dashes");
const RecoveryKey = z.string().min(1).max(500);

export const CellProblemSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("invalid_name"), message: z.string() }),
  z.object({ kind: z.literal("duplicate_name"), message: z.string() }),
  z.object({ kind: z.literal("shadows_table"), message: z.string() }),
  z.object({ kind: z.literal("missing"), names: z.array(z.string()), message: z.string() }),
  z.object({ kind: z.literal("wrong_kind"), ref: z.string(), message: z.string() }),
  z.object({ kind: z.literal("cycle"), members: z.array(z.string()), message: z.string() }),
]);

export const CellAnalysisSchema = z.object({
  name: z.string(),
  /** Tables the cell reads that may be cells, lowercase. */
  tables: z.array(z.string()),
  /** `$name` parameters it uses. */
  params: z.array(z.string()),
  /** Statements whose references are not tracked (not queries), with where they start. */
  opaque: z.array(z.object({ position: SourcePositionSchema, reason: z.string() })),
  syntaxError: z.object({ message: z.string(), position: SourcePositionSchema.optional() }).nullable(),
  problems: z.array(CellProblemSchema),
  /** Why the cell cannot run now (its own problem or one upstream), or null. */
  blocked: z.string().nullable(),
});
export type CellAnalysis = z.infer<typeof CellAnalysisSchema>;

export const CellRunResultSchema = z.object({
  /** The cell's name when its result was materialised (fetch windows with sql.fetch), else null. */
  resultId: z.string().nullable(),
  columns: z.array(ColumnInfoSchema),
  rowCount: z.number().int().nonnegative(),
  elapsedMs: z.number(),
  statementType: z.string(),
  window: RowWindowSchema,
});

const SavedSchema = z.object({ path: z.string(), modifiedMs: z.number() });

export const NotebookParseErrorSchema = z.object({
  kind: z.enum(["syntax", "future", "invalid"]),
  message: z.string(),
  line: z.number().int().positive().optional(),
  column: z.number().int().positive().optional(),
  path: z.string().optional(),
});

export const RecoveryItemSchema = z.object({
  key: z.string(),
  path: z.string().nullable(),
  draftId: z.string().nullable(),
  title: z.string().nullable(),
  autosavedMs: z.number(),
  savedModifiedMs: z.number().nullable(),
  problem: z.string().nullable(),
});

/** Notebook cells (analysis, runs, results) and notebook files (open, save, autosave, recovery). */
export const notebookMethods = {
  "notebook.analyze": {
    params: z
      .object({
        cells: z
          .array(
            z
              .object({
                name: CellNameParam,
                kind: z.enum(CELL_KINDS),
                /** SQL cells: the SQL, analysed by DuckDB's parser. */
                source: SqlText.optional(),
                /** Chart and gap cells: what they read, as their own code knows it. */
                uses: z
                  .object({ tables: z.array(z.string().max(200)), params: z.array(z.string().max(200)) })
                  .strict()
                  .optional(),
              })
              .strict(),
          )
          .max(5000),
      })
      .strict(),
    result: z.object({
      cells: z.array(CellAnalysisSchema),
      /** Runnable cells that can be ordered, dependencies first. */
      order: z.array(z.string()),
      /** Table names plain SQL resolves to outside the notebook (for the client's cell-graph). */
      catalogTables: z.array(z.string()),
    }),
  },
  "notebook.runCell": {
    params: z
      .object({
        name: CellNameParam,
        sql: SqlText,
        /** Every input cell's value by name; only those the SQL uses are bound. */
        params: z.record(z.string().max(200), InputValueSchema),
        windowSize: WindowLimit.optional(),
      })
      .strict(),
    result: CellRunResultSchema,
  },
  "notebook.dropCell": {
    params: z.object({ name: CellNameParam }).strict(),
    result: z.object({ dropped: z.boolean() }),
  },
  "notebook.renameCell": {
    params: z.object({ from: CellNameParam, to: CellNameParam }).strict(),
    result: z.object({ renamed: z.boolean() }),
  },
  "notebook.clearResults": {
    params: z.object({}).strict(),
    result: z.object({ dropped: z.array(z.string()) }),
  },
  "notebook.inputChoices": {
    params: z
      .object({
        table: z.string().min(1).max(200),
        column: z.string().min(1).max(500),
        limit: z.number().int().min(1).max(10_000).optional(),
      })
      .strict(),
    result: z.object({ values: z.array(InputValueSchema), truncated: z.boolean() }),
  },
  "notebook.list": {
    params: z.object({}).strict(),
    result: z.object({
      notebooks: z.array(
        z.object({
          path: z.string(),
          title: z.string().nullable(),
          modifiedMs: z.number(),
          sizeBytes: z.number(),
          problem: z.string().nullable(),
        }),
      ),
    }),
  },
  "notebook.open": {
    params: z.object({ path: NotebookPath }).strict(),
    result: z.discriminatedUnion("ok", [
      z.object({
        ok: z.literal(true),
        path: z.string(),
        notebook: NotebookSchema,
        modifiedMs: z.number(),
        /** The file's older format version, when it was migrated on load (save writes the new one). */
        migratedFrom: z.number().nullable(),
      }),
      z.object({ ok: z.literal(false), path: z.string(), error: NotebookParseErrorSchema }),
    ]),
  },
  "notebook.save": {
    params: z.object({ path: NotebookPath, notebook: NotebookSchema, draftId: DraftId.optional() }).strict(),
    result: SavedSchema,
  },
  "notebook.saveAs": {
    params: z
      .object({
        path: NotebookPath,
        notebook: NotebookSchema,
        /** Replace an existing file at `path` (the user confirmed). */
        overwrite: z.boolean().optional(),
        draftId: DraftId.optional(),
        /** The file the notebook was saved as before, whose autosave this save supersedes. */
        previousPath: NotebookPath.optional(),
      })
      .strict(),
    result: SavedSchema,
  },
  "notebook.new": {
    params: z.object({ title: z.string().max(300).optional() }).strict(),
    result: z.object({ notebook: NotebookSchema, draftId: z.string() }),
  },
  "notebook.autosave": {
    params: z
      .object({ path: NotebookPath.optional(), draftId: DraftId.optional(), notebook: NotebookSchema })
      .strict()
      .refine((p) => (p.path === undefined) !== (p.draftId === undefined), {
        message: "give either the notebook's path or, for an unsaved notebook, its draftId",
      }),
    result: z.object({ key: z.string(), autosavedMs: z.number() }),
  },
  "notebook.recoveryCheck": {
    params: z.object({}).strict(),
    result: z.object({ items: z.array(RecoveryItemSchema) }),
  },
  "notebook.recoveryRestore": {
    params: z.object({ key: RecoveryKey }).strict(),
    result: z.object({
      notebook: NotebookSchema,
      path: z.string().nullable(),
      draftId: z.string().nullable(),
    }),
  },
  "notebook.recoveryDiscard": {
    params: z.object({ key: RecoveryKey }).strict(),
    result: z.object({ discarded: z.boolean() }),
  },
  "notebook.recent": {
    params: z.object({}).strict(),
    result: z.object({
      recent: z.array(
        z.object({
          path: z.string(),
          title: z.string().nullable(),
          openedMs: z.number(),
          exists: z.boolean(),
        }),
      ),
    }),
  },
  "notebook.starter": {
    params: z.object({}).strict(),
    result: z.object({
      /** The starter notebook in the workspace, or null when the user has since removed it. */
      path: z.string().nullable(),
      /** True on the workspace's first start: the UI opens `path`. */
      firstStart: z.boolean(),
    }),
  },
} as const;

export type NotebookMethodName = keyof typeof notebookMethods;
