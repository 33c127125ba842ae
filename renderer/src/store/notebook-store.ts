import { create } from "zustand";
import {
  buildCellGraph,
  type CellGraph,
  markStale,
  type RunRequest,
  runPlan,
} from "../../../shared/notebook/cell-graph.ts";
import { cellNameProblem, uniqueCellName } from "../../../shared/notebook/cell-name.ts";
import { cellUses } from "../../../shared/notebook/cell-uses.ts";
import type { Cell, CellKind, InputValue, Notebook } from "../../../shared/notebook/notebook-schema.ts";
import { EngineCallError } from "../../../shared/protocol/engine-client.ts";
import type { CellAnalysis } from "../../../shared/protocol/methods-notebook.ts";
import { t } from "../i18n/t.ts";
import { cellRunner } from "./cell-runners.ts";
import { type CellRuntime, idleRuntime } from "./cell-types.ts";
import { emptyHistory, type History, record, redo, type Snapshot, undo } from "./notebook-history.ts";
import { useWorkbench } from "./workbench-store.ts";

export interface FileProblem {
  message: string;
  line?: number;
  column?: number;
}

interface NotebookState {
  path: string | null;
  draftId: string | null;
  title: string;
  cells: Cell[];
  dirty: boolean;
  fileProblem: FileProblem | null;
  runtime: Record<string, CellRuntime>;
  analysis: Record<string, CellAnalysis>;
  graph: CellGraph | null;
  stale: string[];
  selectedId: string | null;
  /** Jupyter's two modes: editing a cell's text, or commanding the notebook. */
  editing: boolean;
  autoRun: boolean;
  history: History;

  load(notebook: Notebook, path: string | null, draftId: string | null): Promise<void>;
  setTitle(title: string): void;
  addCell(kind: CellKind, at?: { after?: string; before?: string }, source?: string): string;
  deleteCell(id: string): void;
  moveCell(id: string, toIndex: number): void;
  changeKind(id: string, kind: CellKind): void;
  renameCell(id: string, name: string): string | null;
  setSource(id: string, source: string): void;
  setCellOptions(id: string, options: unknown): void;
  setInputValue(id: string, value: InputValue): void;
  toggleHideInSlides(id: string): void;
  select(id: string | null, editing?: boolean): void;
  setEditing(editing: boolean): void;
  setAutoRun(on: boolean): void;
  run(request: RunRequest | { mode: "cell"; id: string }): Promise<void>;
  cancel(id?: string): void;
  undo(): void;
  redo(): void;
  analyze(): Promise<void>;
  markSaved(path: string): void;
}

const running = new Map<string, AbortController>();
/** Bumped by Cancel: runs started before it stop at their next cell. */
let cancelEpoch = 0;
let analyzeTimer: ReturnType<typeof setTimeout> | null = null;

const newId = () => `c-${crypto.randomUUID().slice(0, 8)}`;

function blankCell(kind: CellKind, name: string, source = ""): Cell {
  const base = { id: newId(), name, source };
  switch (kind) {
    case "input":
      return { ...base, kind, options: { control: "number", value: 0 } };
    case "chart":
      return { ...base, kind, options: { spec: null } };
    case "gap":
      return { ...base, kind, options: { config: null } };
    default:
      return { ...base, kind };
  }
}

const NAME_BASE: Record<CellKind, string> = {
  sql: "query",
  markdown: "note",
  input: "input",
  chart: "chart",
  gap: "gap",
};

export const useNotebook = create<NotebookState>((set, get) => {
  const snapshot = (): Snapshot => ({ title: get().title, cells: get().cells });
  const client = () => useWorkbench.getState().client;

  /** Applies a document change: records undo, marks dirty, re-analyses. */
  const change = (
    cells: Cell[],
    opts: { editedCellId?: string; title?: string; staleNames?: string[] } = {},
  ) => {
    const history = record(get().history, snapshot(), opts.editedCellId ?? null);
    const graph = get().graph;
    const stale =
      graph && opts.staleNames?.length
        ? [...markStale(graph, new Set(get().stale), ...opts.staleNames)]
        : get().stale;
    set({ cells, history, dirty: true, stale, ...(opts.title !== undefined ? { title: opts.title } : {}) });
    scheduleAnalyze();
  };

  const scheduleAnalyze = () => {
    if (analyzeTimer) clearTimeout(analyzeTimer);
    analyzeTimer = setTimeout(() => void get().analyze(), 250);
  };

  const patchRuntime = (id: string, patch: Partial<CellRuntime>) =>
    set((s) => ({ runtime: { ...s.runtime, [id]: { ...(s.runtime[id] ?? idleRuntime), ...patch } } }));

  const params = (): Record<string, InputValue> => {
    const out: Record<string, InputValue> = {};
    for (const c of get().cells) if (c.kind === "input") out[c.name] = c.options.value;
    return out;
  };

  return {
    path: null,
    draftId: null,
    title: "",
    cells: [],
    dirty: false,
    fileProblem: null,
    runtime: {},
    analysis: {},
    graph: null,
    stale: [],
    selectedId: null,
    editing: false,
    autoRun: true,
    history: emptyHistory(),

    async load(notebook, path, draftId) {
      get().cancel();
      await client()?.call("notebook.clearResults", {});
      const runnable = notebook.cells
        .filter((c) => c.kind !== "markdown" && c.kind !== "input")
        .map((c) => c.name);
      set({
        path,
        draftId,
        title: notebook.title,
        cells: notebook.cells,
        dirty: false,
        fileProblem: null,
        runtime: {},
        analysis: {},
        graph: null,
        stale: runnable,
        selectedId: notebook.cells[0]?.id ?? null,
        editing: false,
        history: emptyHistory(),
      });
      await get().analyze();
      // Bundled data is local and quick: a notebook opens with its results, like a report.
      if (get().autoRun) void get().run({ mode: "all" });
    },

    setTitle(title) {
      change(get().cells, { title });
    },

    addCell(kind, at = {}, source = "") {
      const taken = new Set(get().cells.map((c) => c.name));
      const cell = blankCell(kind, uniqueCellName(NAME_BASE[kind], taken), source);
      const cells = [...get().cells];
      const anchor = at.after ?? at.before;
      const index = anchor ? cells.findIndex((c) => c.id === anchor) : -1;
      if (index < 0) cells.push(cell);
      else cells.splice(at.after ? index + 1 : index, 0, cell);
      change(cells);
      set({ selectedId: cell.id });
      return cell.id;
    },

    deleteCell(id) {
      const cell = get().cells.find((c) => c.id === id);
      if (!cell) return;
      get().cancel(id);
      const cells = get().cells.filter((c) => c.id !== id);
      const index = get().cells.indexOf(cell);
      change(cells, { staleNames: [cell.name] });
      set({ selectedId: cells[Math.min(index, cells.length - 1)]?.id ?? null });
      void client()?.call("notebook.dropCell", { name: cell.name });
    },

    moveCell(id, toIndex) {
      const cells = [...get().cells];
      const from = cells.findIndex((c) => c.id === id);
      if (from < 0) return;
      const [cell] = cells.splice(from, 1);
      cells.splice(Math.max(0, Math.min(toIndex, cells.length)), 0, cell!);
      change(cells);
    },

    changeKind(id, kind) {
      const cells = get().cells.map((c) =>
        c.id === id && c.kind !== kind ? { ...blankCell(kind, c.name, c.source), id: c.id } : c,
      );
      change(cells, { staleNames: [get().cells.find((c) => c.id === id)?.name ?? ""] });
      patchRuntime(id, { ...idleRuntime });
    },

    renameCell(id, name) {
      const cell = get().cells.find((c) => c.id === id);
      if (!cell || cell.name === name) return null;
      const problem = cellNameProblem(name);
      if (problem) return problem;
      if (get().cells.some((c) => c.name === name)) return t("notebook.nameTaken", { name });
      change(get().cells.map((c) => (c.id === id ? { ...c, name } : c)));
      void client()?.call("notebook.renameCell", { from: cell.name, to: name });
      return null;
    },

    setSource(id, source) {
      const cell = get().cells.find((c) => c.id === id);
      if (!cell || cell.source === source) return;
      change(
        get().cells.map((c) => (c.id === id ? { ...c, source } : c)),
        { editedCellId: id, staleNames: [cell.name] },
      );
    },

    setCellOptions(id, options) {
      const cell = get().cells.find((c) => c.id === id);
      if (!cell) return;
      change(
        get().cells.map((c) => (c.id === id ? ({ ...c, options } as Cell) : c)),
        { staleNames: [cell.name] },
      );
    },

    setInputValue(id, value) {
      const cell = get().cells.find((c) => c.id === id);
      if (cell?.kind !== "input") return;
      change(
        get().cells.map((c) =>
          c.id === id && c.kind === "input" ? { ...c, options: { ...c.options, value } } : c,
        ),
        {
          editedCellId: id,
          staleNames: [cell.name],
        },
      );
      if (get().autoRun) void get().run({ mode: "stale" });
    },

    toggleHideInSlides(id) {
      change(get().cells.map((c) => (c.id === id ? { ...c, hideInSlides: !c.hideInSlides } : c)));
    },

    select(id, editing = false) {
      set({ selectedId: id, editing });
    },

    setEditing(editing) {
      set({ editing });
    },

    setAutoRun(on) {
      set({ autoRun: on });
    },

    async run(request) {
      const c = client();
      if (!c) return;
      if (analyzeTimer) {
        clearTimeout(analyzeTimer);
        analyzeTimer = null;
        await get().analyze();
      }
      const graph = get().graph;
      if (!graph) return;
      const byName = (name: string) => get().cells.find((x) => x.name === name);
      const resolved: RunRequest =
        request.mode === "cell" && "id" in request
          ? {
              mode: "cell",
              name: get().cells.find((x) => x.id === request.id)?.name ?? "",
              withDependents: get().autoRun,
            }
          : (request as RunRequest);
      const plan = runPlan(graph, resolved, new Set(get().stale));
      for (const b of plan.blocked) {
        const cell = byName(b.name);
        if (cell) patchRuntime(cell.id, { status: "error", error: { message: b.reason }, result: null });
      }
      const epoch = cancelEpoch;
      for (const name of plan.run) {
        const cell = byName(name);
        if (cell) patchRuntime(cell.id, { status: "queued" });
      }
      const failed = new Set<string>();
      for (const name of plan.run) {
        const cell = byName(name);
        if (!cell) continue;
        if (epoch !== cancelEpoch) {
          patchRuntime(cell.id, { status: "cancelled" });
          continue;
        }
        const upstreamFailed = graph.upstream.get(name)?.find((u) => failed.has(u));
        if (upstreamFailed) {
          failed.add(name);
          patchRuntime(cell.id, {
            status: "error",
            error: { message: t("notebook.upstreamFailed", { name: upstreamFailed }) },
          });
          continue;
        }
        const runner = cellRunner(cell.kind);
        if (!runner) continue;
        const controller = new AbortController();
        running.set(cell.id, controller);
        patchRuntime(cell.id, { status: "running", error: null });
        try {
          const out = await runner(cell, { client: c, params: params(), signal: controller.signal });
          patchRuntime(cell.id, { status: "done", ...out });
          set((s) => ({ stale: s.stale.filter((n) => n !== name) }));
        } catch (e) {
          failed.add(name);
          if (e instanceof EngineCallError && e.code === "cancelled") {
            patchRuntime(cell.id, { status: "cancelled" });
            cancelEpoch++;
          } else {
            const message = e instanceof Error ? e.message : String(e);
            patchRuntime(cell.id, {
              status: "error",
              result: null,
              error: { message, position: e instanceof EngineCallError ? e.position : undefined },
            });
          }
        } finally {
          running.delete(cell.id);
        }
      }
      void useWorkbench.getState().refreshCatalog();
    },

    cancel(id) {
      if (id) {
        running.get(id)?.abort();
        return;
      }
      cancelEpoch++;
      for (const c of running.values()) c.abort();
    },

    undo() {
      const r = undo(get().history, snapshot());
      if (!r) return;
      set({ history: r.history, cells: r.snapshot.cells, title: r.snapshot.title, dirty: true });
      scheduleAnalyze();
    },

    redo() {
      const r = redo(get().history, snapshot());
      if (!r) return;
      set({ history: r.history, cells: r.snapshot.cells, title: r.snapshot.title, dirty: true });
      scheduleAnalyze();
    },

    async analyze() {
      const c = client();
      if (!c) return;
      const cells = get().cells;
      const request = cells
        .filter((x) => !cellNameProblem(x.name))
        .map((x) => ({
          name: x.name,
          kind: x.kind,
          source: x.kind === "sql" ? x.source : undefined,
          uses: cellUses(x),
        }));
      try {
        const r = await c.call("notebook.analyze", { cells: request });
        if (get().cells !== cells) return; // edited meanwhile; a newer analysis follows
        const analysis = Object.fromEntries(r.cells.map((a) => [a.name, a]));
        const graph = buildCellGraph(
          r.cells.map((a) => ({
            name: a.name,
            kind: cells.find((x) => x.name === a.name)?.kind ?? "sql",
            tables: a.tables,
            params: a.params,
            opaque: a.opaque.length > 0 || a.syntaxError !== null,
          })),
          r.catalogTables,
        );
        set({ analysis, graph });
      } catch (e) {
        console.error("Notebook analysis failed", e);
      }
    },

    markSaved(path) {
      set({ path, dirty: false, draftId: null });
    },
  };
});
