import { create } from "zustand";
import type { EngineClient } from "../../../shared/protocol/engine-client.ts";
import type { ResultOf } from "../../../shared/protocol/methods.ts";
import type { RoadmapAction } from "../../../shared/protocol/methods-gap.ts";

type GapOptions = ResultOf<"gap.options">;

interface GapDataState {
  /** Targets, framework, units, indicators and method docs; null until loaded. */
  options: GapOptions | null;
  actions: RoadmapAction[] | null;
  error: string | null;
  /** Loads what is not loaded yet (every gap cell asks; one request goes out). */
  ensure(client: EngineClient): void;
  refreshOptions(client: EngineClient): Promise<void>;
  refreshActions(client: EngineClient): Promise<void>;
}

let optionsRequest: Promise<void> | null = null;
let actionsRequest: Promise<void> | null = null;

/** What every gap cell of the workspace shares: the pick lists and the roadmap actions. */
export const useGapData = create<GapDataState>((set, get) => ({
  options: null,
  actions: null,
  error: null,

  ensure(client) {
    if (get().options === null && optionsRequest === null) {
      optionsRequest = get()
        .refreshOptions(client)
        .finally(() => {
          optionsRequest = null;
        });
    }
    if (get().actions === null && actionsRequest === null) {
      actionsRequest = get()
        .refreshActions(client)
        .finally(() => {
          actionsRequest = null;
        });
    }
  },

  async refreshOptions(client) {
    try {
      set({ options: await client.call("gap.options", {}), error: null });
    } catch (e) {
      set({ error: e instanceof Error ? e.message : String(e) });
    }
  },

  async refreshActions(client) {
    try {
      set({ actions: (await client.call("gap.actions.list", {})).actions, error: null });
    } catch (e) {
      set({ error: e instanceof Error ? e.message : String(e) });
    }
  },
}));
