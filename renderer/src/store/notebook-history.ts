import type { Cell } from "../../../shared/notebook/notebook-schema.ts";

/** What undo restores: the notebook's title and cells (runtime state is not undone). */
export interface Snapshot {
  title: string;
  cells: Cell[];
}

export interface History {
  undo: Snapshot[];
  redo: Snapshot[];
  /** Typing in one cell coalesces into one undo step until another cell or action. */
  lastEditedCellId: string | null;
}

const LIMIT = 200;

export const emptyHistory = (): History => ({ undo: [], redo: [], lastEditedCellId: null });

/** Records `before` as an undo step; a run of edits to the same cell makes one step. */
export function record(h: History, before: Snapshot, editedCellId: string | null = null): History {
  if (editedCellId !== null && editedCellId === h.lastEditedCellId) return h;
  return { undo: [...h.undo.slice(-LIMIT + 1), before], redo: [], lastEditedCellId: editedCellId };
}

export function undo(h: History, current: Snapshot): { history: History; snapshot: Snapshot } | null {
  const snapshot = h.undo[h.undo.length - 1];
  if (!snapshot) return null;
  return {
    history: { undo: h.undo.slice(0, -1), redo: [...h.redo, current], lastEditedCellId: null },
    snapshot,
  };
}

export function redo(h: History, current: Snapshot): { history: History; snapshot: Snapshot } | null {
  const snapshot = h.redo[h.redo.length - 1];
  if (!snapshot) return null;
  return {
    history: { undo: [...h.undo, current], redo: h.redo.slice(0, -1), lastEditedCellId: null },
    snapshot,
  };
}
