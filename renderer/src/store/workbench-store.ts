import { create } from "zustand";
import type { EngineClient } from "../../../shared/protocol/engine-client.ts";
import type { CatalogTable } from "../../../shared/protocol/methods.ts";

type ConnectionState = { status: "connecting" } | { status: "ready" } | { status: "failed"; message: string };

interface WorkbenchState {
  client: EngineClient | null;
  connection: ConnectionState;
  catalog: CatalogTable[];
  /** DuckDB's function names, for SQL completion. */
  functions: string[];
  connected(client: EngineClient): Promise<void>;
  connectionFailed(message: string): void;
  refreshCatalog(): Promise<void>;
}

/** The engine connection and the catalog of the workspace database. */
export const useWorkbench = create<WorkbenchState>((set, get) => ({
  client: null,
  connection: { status: "connecting" },
  catalog: [],
  functions: [],

  async connected(client) {
    set({ client, connection: { status: "ready" } });
    await get().refreshCatalog();
    client.call("catalog.functions", {}).then(
      (r) => set({ functions: r.names }),
      () => undefined,
    );
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
}));

export function quoteIdent(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}
