import type { NotebookMethodName } from "../../../shared/protocol/methods-notebook.ts";
import { resolveDatasetsDir } from "../datasets/resolve-datasets-dir.ts";
import type { Engine } from "../engine.ts";
import type { HandlersFor } from "../handler-types.ts";
import { clearCellResults, dropCellResult, renameCellResult } from "./cell-results.ts";
import { runNotebookCell } from "./cell-runner.ts";
import { inputChoices } from "./input-choices.ts";
import { analyzeNotebook } from "./notebook-analyze.ts";
import { readNotebookFile } from "./notebook-file-read.ts";
import { resolveNotebookPath } from "./notebook-paths.ts";
import { NotebookStore } from "./notebook-store.ts";
import { installStarterNotebook } from "./starter-notebook.ts";

const stores = new WeakMap<Engine, Promise<NotebookStore>>();

/** One store per engine, over its workspace; leftovers of a crash are swept before first use. */
function storeFor(engine: Engine): Promise<NotebookStore> {
  let store = stores.get(engine);
  if (!store) {
    store = (async () => {
      const s = new NotebookStore((await engine.info()).workspaceDir);
      await s.sweepLeftovers();
      return s;
    })();
    store.catch(() => stores.delete(engine));
    stores.set(engine, store);
  }
  return store;
}

async function canonicalPath(store: NotebookStore, requested: string): Promise<string> {
  return (await resolveNotebookPath(store.dir, requested)).relative;
}

export const notebookHandlers: HandlersFor<NotebookMethodName> = {
  "notebook.analyze": (engine, p) => analyzeNotebook(engine, p.cells),
  "notebook.runCell": (engine, p, ctx) =>
    runNotebookCell(engine, {
      name: p.name,
      sql: p.sql,
      params: p.params,
      windowSize: p.windowSize,
      signal: ctx.signal,
    }),
  "notebook.dropCell": async (engine, p) => ({ dropped: await dropCellResult(engine, p.name) }),
  "notebook.renameCell": async (engine, p) => ({ renamed: await renameCellResult(engine, p.from, p.to) }),
  "notebook.clearResults": async (engine) => ({ dropped: await clearCellResults(engine) }),
  "notebook.inputChoices": (engine, p) => inputChoices(engine, p.table, p.column, p.limit ?? 200),
  "notebook.list": async (engine) => ({ notebooks: await (await storeFor(engine)).list() }),
  "notebook.open": async (engine, p) => (await storeFor(engine)).open(p.path),
  "notebook.save": async (engine, p) => (await storeFor(engine)).save(p.path, p.notebook, p.draftId),
  "notebook.saveAs": async (engine, p) => {
    const store = await storeFor(engine);
    const previousPath = p.previousPath ? await canonicalPath(store, p.previousPath) : undefined;
    return store.saveAs(p.path, p.notebook, { overwrite: p.overwrite, draftId: p.draftId, previousPath });
  },
  "notebook.new": async (engine, p) => (await storeFor(engine)).create(p.title ?? "Untitled notebook"),
  "notebook.autosave": async (engine, p) => {
    const store = await storeFor(engine);
    const owner =
      p.path !== undefined ? { path: await canonicalPath(store, p.path) } : { draftId: p.draftId! };
    return store.recovery.autosave(owner, p.notebook);
  },
  "notebook.recoveryCheck": async (engine) => ({ items: await (await storeFor(engine)).recovery.check() }),
  "notebook.recoveryRestore": async (engine, p) => (await storeFor(engine)).recovery.restore(p.key),
  "notebook.recoveryDiscard": async (engine, p) => ({
    discarded: await (await storeFor(engine)).recovery.discard(p.key),
  }),
  "notebook.recent": async (engine) => {
    const store = await storeFor(engine);
    const recent = [];
    for (const entry of await store.recent.list()) {
      const read = await resolveNotebookPath(store.dir, entry.path)
        .then((p) => readNotebookFile(p.absolute, p.relative))
        .catch(() => null);
      recent.push({
        path: entry.path,
        openedMs: entry.openedMs,
        exists: read !== null,
        title: read?.ok ? read.notebook.title : null,
      });
    }
    return { recent };
  },
  "notebook.starter": async (engine) => installStarterNotebook(await storeFor(engine), resolveDatasetsDir()),
};
