import type { SourcePosition } from "../../../shared/protocol/envelope.ts";
import type { ColumnInfo } from "../../../shared/protocol/methods.ts";

export interface CellResult {
  resultId: string | null;
  columns: ColumnInfo[];
  rowCount: number;
  elapsedMs: number;
  statementType: string;
  /** Arrow IPC bytes of the first window (rows from offset 0). */
  firstWindow: Uint8Array;
}

export interface CellError {
  message: string;
  position?: SourcePosition;
}

export type CellStatus = "idle" | "queued" | "running" | "done" | "error" | "cancelled";

/** What running a cell left behind; kept by cell id so a rename does not lose it. */
export interface CellRuntime {
  status: CellStatus;
  result: CellResult | null;
  error: CellError | null;
  /** Output of chart and gap cells, in their own shape. */
  output?: unknown;
}

export const idleRuntime: CellRuntime = { status: "idle", result: null, error: null };
