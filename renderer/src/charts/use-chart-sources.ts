import { useMemo } from "react";
import type { ColumnInfo } from "../../../shared/protocol/methods.ts";
import { useNotebook } from "../store/notebook-store.ts";
import { useWorkbench } from "../store/workbench-store.ts";

/** A table or cell a chart can read, with its columns when they are known. */
export interface ChartSourceOption {
  name: string;
  kind: "table" | "cell";
  /** Null for a cell that has not run yet (its columns come from its result). */
  columns: ColumnInfo[] | null;
  /** The cell's id, to run it from the builder. */
  cellId?: string;
  synthetic: boolean;
}

/**
 * What the builder offers as data: the notebook's SQL cells (their result columns, as SQL
 * completion uses them) and the workspace's tables (from the catalog).
 */
export function useChartSources(selfId: string): ChartSourceOption[] {
  const catalog = useWorkbench((s) => s.catalog);
  const cells = useNotebook((s) => s.cells);
  const runtime = useNotebook((s) => s.runtime);
  return useMemo(() => {
    const out: ChartSourceOption[] = [];
    for (const cell of cells) {
      if (cell.id === selfId || cell.kind !== "sql") continue;
      const result = runtime[cell.id]?.result;
      out.push({
        name: cell.name,
        kind: "cell",
        columns: result ? result.columns : null,
        cellId: cell.id,
        synthetic: false,
      });
    }
    const cellNames = new Set(out.map((o) => o.name));
    for (const table of catalog) {
      // Charts name their source bare, which reaches the main schema (and cell results) only.
      if (table.schema !== "main" || cellNames.has(table.name)) continue;
      out.push({
        name: table.name,
        kind: "table",
        columns: table.columns,
        synthetic: table.meta?.synthetic ?? false,
      });
    }
    return out;
  }, [catalog, cells, runtime, selfId]);
}
