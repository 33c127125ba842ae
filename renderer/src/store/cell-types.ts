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

export type CellStatus = "idle" | "running" | "done" | "error" | "cancelled";

export interface SqlCellState {
  id: string;
  kind: "sql";
  source: string;
  status: CellStatus;
  result: CellResult | null;
  error: CellError | null;
}
