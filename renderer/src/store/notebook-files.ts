import { create } from "zustand";
import type { Notebook } from "../../../shared/notebook/notebook-schema.ts";
import type { ResultOf } from "../../../shared/protocol/methods.ts";
import { t } from "../i18n/t.ts";
import { useNotebook } from "./notebook-store.ts";
import { useWorkbench } from "./workbench-store.ts";

type RecoveryItem = ResultOf<"notebook.recoveryCheck">["items"][number];

interface FilesState {
  recovery: RecoveryItem[];
  message: { ok: boolean; text: string } | null;
  startup(): Promise<void>;
  open(path: string): Promise<boolean>;
  newNotebook(): Promise<void>;
  save(): Promise<boolean>;
  saveAs(path: string): Promise<boolean>;
  restore(key: string): Promise<void>;
  discard(key: string): Promise<void>;
  dismissMessage(): void;
}

const AUTOSAVE_MS = 4000;
let autosaveStarted = false;

const client = () => useWorkbench.getState().client!;

function currentNotebook(): Notebook {
  const s = useNotebook.getState();
  return { version: 1, title: s.title, cells: s.cells };
}

/** Notebook files: open, save (atomic, in the engine), autosave to a recovery file, restore. */
export const useFiles = create<FilesState>((set, get) => ({
  recovery: [],
  message: null,

  async startup() {
    const [starter, recent, recovery] = await Promise.all([
      client().call("notebook.starter", {}),
      client().call("notebook.recent", {}),
      client().call("notebook.recoveryCheck", {}),
    ]);
    set({ recovery: recovery.items });
    const last = recent.recent.find((r) => r.exists)?.path;
    const first = starter.firstStart ? starter.path : (last ?? starter.path);
    if (!first || !(await get().open(first))) await get().newNotebook();
    if (!autosaveStarted) {
      autosaveStarted = true;
      setInterval(() => void autosave(), AUTOSAVE_MS);
    }
  },

  async open(path) {
    const r = await client().call("notebook.open", { path });
    if (!r.ok) {
      const where = r.error.line
        ? ` (${t("file.lineColumn", { line: r.error.line, column: r.error.column ?? 1 })})`
        : "";
      set({ message: { ok: false, text: t("file.openFailed", { path, message: r.error.message + where }) } });
      return false;
    }
    await useNotebook.getState().load(r.notebook, r.path, null);
    if (r.migratedFrom !== null)
      set({ message: { ok: true, text: t("file.migrated", { from: r.migratedFrom }) } });
    return true;
  },

  async newNotebook() {
    const r = await client().call("notebook.new", { title: t("file.untitled") });
    await useNotebook.getState().load(r.notebook, null, r.draftId);
  },

  async save() {
    const s = useNotebook.getState();
    if (!s.path) return false;
    try {
      await client().call("notebook.save", {
        path: s.path,
        notebook: currentNotebook(),
        draftId: s.draftId ?? undefined,
      });
      s.markSaved(s.path);
      set({ message: { ok: true, text: t("file.saved", { path: s.path }) } });
      return true;
    } catch (e) {
      set({ message: { ok: false, text: e instanceof Error ? e.message : String(e) } });
      return false;
    }
  },

  async saveAs(path) {
    const s = useNotebook.getState();
    try {
      const r = await client().call("notebook.saveAs", {
        path,
        notebook: currentNotebook(),
        draftId: s.draftId ?? undefined,
        previousPath: s.path ?? undefined,
      });
      s.markSaved(r.path);
      set({ message: { ok: true, text: t("file.saved", { path: r.path }) } });
      return true;
    } catch (e) {
      set({ message: { ok: false, text: e instanceof Error ? e.message : String(e) } });
      return false;
    }
  },

  async restore(key) {
    const r = await client().call("notebook.recoveryRestore", { key });
    await useNotebook.getState().load(r.notebook, r.path, r.draftId);
    useNotebook.setState({ dirty: true });
    set((s) => ({ recovery: s.recovery.filter((i) => i.key !== key) }));
  },

  async discard(key) {
    await client().call("notebook.recoveryDiscard", { key });
    set((s) => ({ recovery: s.recovery.filter((i) => i.key !== key) }));
  },

  dismissMessage() {
    set({ message: null });
  },
}));

async function autosave(): Promise<void> {
  const s = useNotebook.getState();
  if (!s.dirty || (!s.path && !s.draftId)) return;
  try {
    await client().call(
      "notebook.autosave",
      s.path
        ? { path: s.path, notebook: currentNotebook() }
        : { draftId: s.draftId!, notebook: currentNotebook() },
    );
  } catch (e) {
    // Names being edited may be invalid for a moment; the next tick tries again.
    console.warn("Autosave skipped:", e instanceof Error ? e.message : e);
  }
}
