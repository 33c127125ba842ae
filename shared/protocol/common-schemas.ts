import { z } from "zod";

/** Arrow IPC stream bytes; travel as frame attachments, never as JSON. */
export const ArrowBytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, "expected Arrow IPC bytes");

export const ColumnInfoSchema = z.object({ name: z.string(), type: z.string() });
export type ColumnInfo = z.infer<typeof ColumnInfoSchema>;

export const RowWindowSchema = z.object({
  offset: z.number().int().nonnegative(),
  rowCount: z.number().int().nonnegative(),
  arrow: ArrowBytes,
});
export type RowWindow = z.infer<typeof RowWindowSchema>;

export const SqlText = z.string().max(1_000_000);
export const WindowLimit = z.number().int().min(1).max(100_000);
