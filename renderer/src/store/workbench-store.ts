import { create } from "zustand";
import { EngineCallError, type EngineClient } from "../../../shared/protocol/engine-client.ts";
import type { CatalogTable } from "../../../shared/protocol/methods.ts";
import type { SqlCellState } from "./cell-types.ts";

type ConnectionState = { status: "connecting" } | { status: "ready" } | { status: "failed"; message: string };

interface WorkbenchState {
  client: EngineClient | null;
  connection: ConnectionState;
  catalog: CatalogTable[];
  cells: SqlCellState[];
  connected(client: EngineClient): Promise<void>;
  connectionFailed(message: string): void;
  refreshCatalog(): Promise<void>;
  addSqlCell(source?: string): string;
  deleteCell(id: string): void;
  setSource(id: string, source: string): void;
  runCell(id: string): Promise<void>;
  cancelCell(id: string): void;
}

/** Running calls by cell, so Cancel and Esc can stop them. */
const running = new Map<string, AbortController>();
let cellSeq = 0;

const newCell = (source: string): SqlCellState => ({
  id: `cell-${++cellSeq}`,
  kind: "sql",
  source,
  status: "idle",
  result: null,
  error: null,
});

export const useWorkbench = create<WorkbenchState>((set, get) => {
  const patchCell = (id: string, patch: Partial<SqlCellState>) =>
    set((s) => ({ cells: s.cells.map((c) => (c.id === id ? { ...c, ...patch } : c)) }));

  return {
    client: null,
    connection: { status: "connecting" },
    catalog: [],
    cells: [newCell("SELECT *\nFROM duckdb_settings()\nLIMIT 100")],

    async connected(client) {
      set({ client, connection: { status: "ready" } });
      await get().refreshCatalog();
      const first = get().catalog.find((t) => t.schema === "main");
      const only = get().cells[0];
      if (first && only && only.status === "idle" && get().cells.length === 1) {
        patchCell(only.id, { source: `SELECT *\nFROM ${quoteIdent(first.name)}\nLIMIT 1000` });
      }
    },

    connectionFailed(message) {
      set({ connection: { status: "failed", message } });
    },

    async refreshCatalog() {
      const client = get().client;
      if (!client) return;
      const { tables } = await client.call("catalog.list", {});
      set({ catalog: tables });
    },

    addSqlCell(source = "") {
      const cell = newCell(source);
      set((s) => ({ cells: [...s.cells, cell] }));
      return cell.id;
    },

    deleteCell(id) {
      get().cancelCell(id);
      const cell = get().cells.find((c) => c.id === id);
      if (cell?.result?.resultId) void get().client?.call("sql.release", { resultId: cell.result.resultId });
      set((s) => ({ cells: s.cells.filter((c) => c.id !== id) }));
    },

    setSource(id, source) {
      patchCell(id, { source });
    },

    async runCell(id) {
      const client = get().client;
      const cell = get().cells.find((c) => c.id === id);
      if (!client || !cell || cell.status === "running") return;
      const previous = cell.result?.resultId;
      const controller = new AbortController();
      running.set(id, controller);
      patchCell(id, { status: "running", error: null });
      try {
        const r = await client.call(
          "sql.run",
          { sql: cell.source, windowSize: 200 },
          { signal: controller.signal },
        );
        patchCell(id, {
          status: "done",
          result: {
            resultId: r.resultId,
            columns: r.columns,
            rowCount: r.rowCount,
            elapsedMs: r.elapsedMs,
            statementType: r.statementType,
            firstWindow: r.window.arrow,
          },
        });
        if (previous) void client.call("sql.release", { resultId: previous });
        if (r.statementType !== "SELECT") void get().refreshCatalog();
      } catch (e) {
        if (e instanceof EngineCallError && e.code === "cancelled") {
          patchCell(id, { status: "cancelled" });
        } else {
          const message = e instanceof Error ? e.message : String(e);
          const position = e instanceof EngineCallError ? e.position : undefined;
          patchCell(id, { status: "error", error: { message, position } });
        }
      } finally {
        running.delete(id);
      }
    },

    cancelCell(id) {
      running.get(id)?.abort();
    },
  };
});

export function quoteIdent(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}
