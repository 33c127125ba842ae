import type { StringKey } from "../i18n/strings-en.ts";
import { useFiles } from "../store/notebook-files.ts";
import { useNotebook } from "../store/notebook-store.ts";
import { useUi } from "../store/ui-store.ts";
import { formatSql } from "./format-sql.ts";
import type { Binding } from "./keymap.ts";

export interface Command {
  id: string;
  label: StringKey;
  /** Default bindings; the user's own replace them (keymap overrides). */
  keys: Binding[];
  /** "command": only outside the editors (Jupyter's command mode); "global": anywhere. */
  scope: "command" | "global";
  run(): void;
}

const nb = () => useNotebook.getState();
const selected = () => nb().cells.find((c) => c.id === nb().selectedId) ?? null;
const selectedIndex = () => nb().cells.findIndex((c) => c.id === nb().selectedId);

function moveSelection(delta: number): void {
  const cells = nb().cells;
  const next = cells[Math.max(0, Math.min(cells.length - 1, selectedIndex() + delta))];
  if (next) nb().select(next.id);
}

/** Everything the notebook can do from the keyboard or the command palette. */
export const COMMANDS: Command[] = [
  {
    id: "palette",
    label: "cmd.palette",
    keys: ["Ctrl+Shift+KeyP"],
    scope: "global",
    run: () => useUi.getState().openDialog({ kind: "palette" }),
  },
  { id: "save", label: "cmd.save", keys: ["Ctrl+KeyS"], scope: "global", run: () => void saveOrAsk() },
  {
    id: "saveAs",
    label: "cmd.saveAs",
    keys: ["Ctrl+Shift+KeyS"],
    scope: "global",
    run: () => useUi.getState().openDialog({ kind: "save-as" }),
  },
  {
    id: "open",
    label: "cmd.open",
    keys: ["Ctrl+KeyO"],
    scope: "global",
    run: () => useUi.getState().openDialog({ kind: "open-notebook" }),
  },
  {
    id: "new",
    label: "cmd.new",
    keys: [],
    scope: "global",
    run: () => void useFiles.getState().newNotebook(),
  },
  {
    id: "runAll",
    label: "cmd.runAll",
    keys: ["Ctrl+Shift+Enter"],
    scope: "global",
    run: () => void nb().run({ mode: "all" }),
  },
  {
    id: "runStale",
    label: "cmd.runStale",
    keys: [],
    scope: "global",
    run: () => void nb().run({ mode: "stale" }),
  },
  {
    id: "runFrom",
    label: "cmd.runFrom",
    keys: [],
    scope: "command",
    run: () => {
      const c = selected();
      if (c) void nb().run({ mode: "from", name: c.name });
    },
  },
  {
    id: "runCell",
    label: "cmd.runCell",
    keys: ["Ctrl+Enter"],
    scope: "command",
    run: () => {
      const c = selected();
      if (c) void nb().run({ mode: "cell", id: c.id });
    },
  },
  {
    id: "runAndNext",
    label: "cmd.runAndNext",
    keys: ["Shift+Enter"],
    scope: "command",
    run: () => {
      const c = selected();
      if (c) void nb().run({ mode: "cell", id: c.id });
      moveSelection(1);
    },
  },
  { id: "cancel", label: "cmd.cancel", keys: ["KeyI KeyI"], scope: "command", run: () => nb().cancel() },
  { id: "edit", label: "cmd.edit", keys: ["Enter"], scope: "command", run: () => nb().setEditing(true) },
  { id: "up", label: "cmd.up", keys: ["ArrowUp", "KeyK"], scope: "command", run: () => moveSelection(-1) },
  {
    id: "down",
    label: "cmd.down",
    keys: ["ArrowDown", "KeyJ"],
    scope: "command",
    run: () => moveSelection(1),
  },
  {
    id: "insertAbove",
    label: "cmd.insertAbove",
    keys: ["KeyA"],
    scope: "command",
    run: () => nb().addCell("sql", { before: nb().selectedId ?? undefined }),
  },
  {
    id: "insertBelow",
    label: "cmd.insertBelow",
    keys: ["KeyB"],
    scope: "command",
    run: () => nb().addCell("sql", { after: nb().selectedId ?? undefined }),
  },
  {
    id: "delete",
    label: "cmd.delete",
    keys: ["KeyD KeyD"],
    scope: "command",
    run: () => {
      const c = selected();
      if (c) nb().deleteCell(c.id);
    },
  },
  {
    id: "formatSql",
    label: "cmd.formatSql",
    keys: ["Shift+Alt+KeyF"],
    scope: "command",
    run: () => {
      const c = selected();
      if (c?.kind !== "sql") return;
      try {
        nb().setSource(c.id, formatSql(c.source));
      } catch {
        // Not parseable yet: nothing to format.
      }
    },
  },
  {
    id: "toMarkdown",
    label: "cmd.toMarkdown",
    keys: ["KeyM"],
    scope: "command",
    run: () => changeKind("markdown"),
  },
  { id: "toSql", label: "cmd.toSql", keys: ["KeyY"], scope: "command", run: () => changeKind("sql") },
  {
    id: "addInput",
    label: "cmd.addInput",
    keys: [],
    scope: "command",
    run: () => nb().addCell("input", { after: nb().selectedId ?? undefined }),
  },
  {
    id: "addChart",
    label: "cmd.addChart",
    keys: [],
    scope: "command",
    run: () => nb().addCell("chart", { after: nb().selectedId ?? undefined }),
  },
  {
    id: "addGap",
    label: "cmd.addGap",
    keys: [],
    scope: "command",
    run: () => nb().addCell("gap", { after: nb().selectedId ?? undefined }),
  },
  {
    id: "moveUp",
    label: "cmd.moveUp",
    keys: ["Ctrl+Shift+ArrowUp"],
    scope: "command",
    run: () => moveBy(-1),
  },
  {
    id: "moveDown",
    label: "cmd.moveDown",
    keys: ["Ctrl+Shift+ArrowDown"],
    scope: "command",
    run: () => moveBy(1),
  },
  { id: "undo", label: "cmd.undo", keys: ["Ctrl+KeyZ", "KeyZ"], scope: "command", run: () => nb().undo() },
  {
    id: "redo",
    label: "cmd.redo",
    keys: ["Ctrl+Shift+KeyZ", "Ctrl+KeyY", "Shift+KeyZ"],
    scope: "command",
    run: () => nb().redo(),
  },
  {
    id: "import",
    label: "cmd.import",
    keys: [],
    scope: "global",
    run: () => useUi.getState().openDialog({ kind: "import" }),
  },
];

function changeKind(kind: "markdown" | "sql"): void {
  const c = selected();
  if (c) nb().changeKind(c.id, kind);
}

function moveBy(delta: number): void {
  const c = selected();
  if (c) nb().moveCell(c.id, selectedIndex() + delta);
}

async function saveOrAsk(): Promise<void> {
  if (nb().path) await useFiles.getState().save();
  else useUi.getState().openDialog({ kind: "save-as" });
}
