import { z } from "zod";
import { ColumnInfoSchema, RowWindowSchema, WindowLimit } from "./common-schemas.ts";

const ResultId = z.string().min(1).max(200);

export const ColumnProfileSchema = z.object({
  column: z.string(),
  type: z.string(),
  rows: z.number(),
  nulls: z.number(),
  distinct: z.number(),
  min: z.string().nullable(),
  max: z.string().nullable(),
  /** Equal-width bins for numbers and dates (dates in epoch seconds). */
  histogram: z.array(z.object({ lo: z.number(), hi: z.number(), count: z.number() })),
  /** Most frequent values for other types. */
  topValues: z.array(z.object({ value: z.string(), count: z.number() })),
});
export type ColumnProfile = z.infer<typeof ColumnProfileSchema>;

/** Working with a materialised result: sorting it in DuckDB and profiling its columns. */
export const resultMethods = {
  "result.sort": {
    params: z
      .object({
        resultId: ResultId,
        by: z.array(z.object({ column: z.string().max(500), descending: z.boolean() }).strict()).max(10),
        windowSize: WindowLimit.optional(),
      })
      .strict(),
    result: z.object({
      resultId: z.string(),
      columns: z.array(ColumnInfoSchema),
      rowCount: z.number().int().nonnegative(),
      elapsedMs: z.number(),
      window: RowWindowSchema,
    }),
  },
  "result.profile": {
    params: z.object({ resultId: ResultId, column: z.string().max(500) }).strict(),
    result: ColumnProfileSchema,
  },
} as const;
